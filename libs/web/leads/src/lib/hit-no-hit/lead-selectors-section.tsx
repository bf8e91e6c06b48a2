import { useMutation } from '@apollo/client/react';
import {
  ADD_LEAD_SELECTOR_MUTATION,
  apiErrorParts,
  apiErrorText,
  REMOVE_LEAD_SELECTOR_MUTATION,
  type LeadDetailData,
  type QuerySelectorInput,
  type SelectorMatchData,
} from '@taskforce/web-data-access';
import { Alert, Button, Card, EmptyState, formatDateTime, messageId, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { LeadHitMode } from './lead-hit-mode';
import { SELECTOR_KIND_LABEL_IDS } from './selector-fields';
import { SelectorForm } from './selector-form';
import { SelectorMatchText } from './selector-match-text';

/**
 * The selectors of a lead (phone numbers, e-mails, documents…) for its originating agency: the list with a remove
 * button, a form to add one (matched at once against other agencies', the answer shown), and the hit mode. Shown
 * to the originating agency only (recipients get no hit mode from the server); `onChanged` reloads the lead.
 */
export function LeadSelectorsSection({ lead, canEdit, onChanged }: { lead: LeadDetailData; canEdit: boolean; onChanged: () => void }) {
  const { _ } = useLingui();
  const [add, adding] = useMutation(ADD_LEAD_SELECTOR_MUTATION);
  const [remove, removing] = useMutation(REMOVE_LEAD_SELECTOR_MUTATION);
  const [lastMatch, setLastMatch] = useState<SelectorMatchData | null>(null);
  const leadId = lead.id;
  const refresh = onChanged;

  const onAdd = async (input: QuerySelectorInput) => {
    const result = await add({ variables: { input: { ...input, leadId } } });
    setLastMatch(result.data?.addLeadSelector.match ?? null);
    refresh();
  };

  const onRemove = async (id: string) => {
    try {
      await remove({ variables: { id } });
      refresh();
    } catch {
      // Shown from `removing.error`.
    }
  };

  return (
    <Card title={_('selector.section.title')} headingLevel={2} data-testid="lead-selectors">
      <div className="tf-stack">
      <p className="tf-muted tf-small">{_('selector.section.intro')}</p>
      {removing.error && <Alert>{apiErrorText(_, apiErrorParts(removing.error), messageId('selector.removeFailed'))}</Alert>}
      {lead.selectors.length === 0 ? (
        <EmptyState>{_('selector.section.none')}</EmptyState>
      ) : (
        <ul aria-label={_('selector.section.list')}>
          {lead.selectors.map((selector) => (
            <li key={selector.id} data-testid="lead-selector">
              <span className="tf-muted tf-small">{_('hitNoHit.kindAnswer', { kind: _(SELECTOR_KIND_LABEL_IDS[selector.kind]) })}</span> <strong>{selector.display}</strong>{' '}
              <span className="tf-muted tf-small">{formatDateTime(selector.createdAt)}</span>
              {canEdit && (
                <>
                  {' '}
                  <Button size="sm" onClick={() => void onRemove(selector.id)} busy={removing.loading} aria-label={_('selector.removeNamed', { display: selector.display })} data-testid="remove-selector">
                    {_('leadForm.remove')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <>
          <h3>{_('selector.add')}</h3>
          <SelectorForm onSubmit={onAdd} busy={adding.loading} error={adding.error} submitLabel={_('selector.addAndMatch')} testId="add-selector" />
          <p aria-live="polite" data-testid="add-selector-match">
            {lastMatch && <SelectorMatchText hit={lastMatch.hit} holders={lastMatch.holders} />}
          </p>
        </>
      )}
      {lead.hitMode && <LeadHitMode key={`${lead.hitMode.mode}-${lead.hitMode.isDefault}`} leadId={leadId} hitMode={lead.hitMode} onChanged={refresh} />}
      </div>
    </Card>
  );
}
