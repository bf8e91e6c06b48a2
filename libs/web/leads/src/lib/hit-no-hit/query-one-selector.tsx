import { useLazyQuery } from '@apollo/client/react';
import { QUERY_SELECTOR_QUERY, type QuerySelectorInput } from '@taskforce/web-data-access';
import { Card, useLingui } from '@taskforce/web-ui';
import { SelectorForm } from './selector-form';
import { SELECTOR_KIND_LABEL_IDS } from './selector-fields';
import { SelectorMatchText } from './selector-match-text';

/** "Does another agency hold this selector?" for one selector typed by hand; the answer is announced (aria-live). */
export function QueryOneSelector({ onQueried }: { onQueried: () => void }) {
  const { _ } = useLingui();
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
    <Card title={_('hitNoHit.queryOne')} headingLevel={2} data-testid="query-one-selector">
      <SelectorForm onSubmit={onSubmit} busy={loading} error={error} submitLabel={_('hitNoHit.query')} testId="query-selector" />
      <div aria-live="polite" data-testid="query-selector-result">
        {match && !loading && !error && (
          <p>
            {_('hitNoHit.kindAnswer', { kind: _(SELECTOR_KIND_LABEL_IDS[match.kind]) })} <SelectorMatchText hit={match.hit} holders={match.holders} />
          </p>
        )}
      </div>
    </Card>
  );
}
