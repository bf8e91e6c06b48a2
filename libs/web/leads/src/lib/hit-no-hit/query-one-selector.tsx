import { useLazyQuery } from '@apollo/client/react';
import { QUERY_SELECTOR_QUERY, type QuerySelectorInput } from '@taskforce/web-data-access';
import { Card } from '@taskforce/web-ui';
import { SelectorForm } from './selector-form';
import { SELECTOR_KIND_LABELS } from './selector-fields';
import { SelectorMatchText } from './selector-match-text';

/** "Does another agency hold this selector?" for one selector typed by hand; the answer is announced (aria-live). */
export function QueryOneSelector({ onQueried }: { onQueried: () => void }) {
  const [query, { data, loading, error }] = useLazyQuery(QUERY_SELECTOR_QUERY, { fetchPolicy: 'network-only' });

  const onSubmit = async (input: QuerySelectorInput) => {
    try {
      const result = await query({ variables: { input } });
      if (result.error) throw result.error;
    } finally {
      onQueried();
    }
  };

  const match = data?.querySelector;
  return (
    <Card title="Query one selector" headingLevel={2} data-testid="query-one-selector">
      <SelectorForm onSubmit={onSubmit} busy={loading} error={error} submitLabel="Query" testId="query-selector" />
      <div aria-live="polite" data-testid="query-selector-result">
        {match && !loading && !error && (
          <p>
            {SELECTOR_KIND_LABELS[match.kind]}: <SelectorMatchText hit={match.hit} holders={match.holders} />
          </p>
        )}
      </div>
    </Card>
  );
}
