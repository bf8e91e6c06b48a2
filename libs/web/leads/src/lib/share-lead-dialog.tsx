import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { SharingOutcome, SharingPurpose } from '@taskforce/domain';
import {
  AGENCIES_QUERY,
  apiErrorParts,
  apiErrorText,
  OPERATIONS_QUERY,
  PREVIEW_LEAD_SHARE_QUERY,
  SHARE_LEAD_MUTATION,
  type LeadShareData,
  type ShareLeadInput,
  type SharingPreviewData,
} from '@taskforce/web-data-access';
import {
  AgencyBadge,
  Alert,
  Button,
  Drawer,
  labelFrom,
  LoadingState,
  messageId,
  SelectField,
  SharingOutcomeBadge,
  useLingui,
} from '@taskforce/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { LegalBasisText, ReasonList } from './lead-parts';
import { categoryListText, SHARING_PURPOSE_LABEL_IDS } from './lead-messages';
import { LeadShareStatusBadge } from './lead-status-labels';

interface ShareLeadDialogProps {
  leadId: string;
  /** The originating agency: it is not offered as a recipient. */
  originatingAgencyId: string;
  /** The agency sharing (the viewer's): not offered either. Differs from the originator for an onward share. */
  senderAgencyId: string;
  /**
   * Agencies that hold the lead already (share ACTIVE) or wait for the originator's approval (PENDING_APPROVAL), as
   * far as the viewer sees its shares: marked in the list and not offered again.
   */
  holders?: ReadonlyMap<string, 'ACTIVE' | 'PENDING_APPROVAL'>;
  onClose: () => void;
  /** Called after shareLead answered, so the lead page can show the new shares. */
  onShared: () => void;
}

type Mode = 'agencies' | 'operation';

const PURPOSES = Object.values(SharingPurpose);

/**
 * Sharing a lead: pick recipient agencies (or every agency of a joint operation) and a purpose, see the decision
 * for each recipient (previewLeadShare: outcome, removed categories, legal basis, every reason), then confirm
 * (shareLead) and see what was recorded.
 */
export function ShareLeadDialog({ leadId, originatingAgencyId, senderAgencyId, holders = new Map(), onClose, onShared }: ShareLeadDialogProps) {
  const { _ } = useLingui();
  const agencies = useQuery(AGENCIES_QUERY, { fetchPolicy: 'cache-first' });
  const operations = useQuery(OPERATIONS_QUERY, { fetchPolicy: 'cache-first' });
  const [mode, setMode] = useState<Mode>('agencies');
  const [recipientIds, setRecipientIds] = useState<string[]>([]);
  const [operationId, setOperationId] = useState('');
  const [purpose, setPurpose] = useState<SharingPurpose>(SharingPurpose.INVESTIGATION);
  const [formError, setFormError] = useState<string | null>(null);
  const purposeOptions = PURPOSES.map((value) => ({ value, label: labelFrom(_, SHARING_PURPOSE_LABEL_IDS, value) }));
  const [previewFor, setPreviewFor] = useState<ShareLeadInput | null>(null);
  const [results, setResults] = useState<LeadShareData[] | null>(null);
  const [runPreview, preview] = useLazyQuery(PREVIEW_LEAD_SHARE_QUERY, { fetchPolicy: 'network-only' });
  const [shareLead, share] = useMutation(SHARE_LEAD_MUTATION);
  const groupId = useId();

  const candidates = (agencies.data?.agencies ?? []).filter((agency) => agency.id !== originatingAgencyId && agency.id !== senderAgencyId);

  const input = (): ShareLeadInput | null => {
    if (mode === 'agencies') {
      if (recipientIds.length === 0) return null;
      return { leadId, recipientAgencyIds: recipientIds, purpose };
    }
    return operationId ? { leadId, operationId, purpose } : null;
  };

  const resetPreview = () => {
    setPreviewFor(null);
    setResults(null);
  };

  const onPreview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = input();
    if (!value) {
      setFormError(mode === 'agencies' ? _('shareDialog.chooseRecipient') : _('shareDialog.chooseOperation'));
      return;
    }
    setFormError(null);
    setResults(null);
    setPreviewFor(value);
    await runPreview({ variables: { input: value } }).catch(() => undefined);
  };

  const onConfirm = async () => {
    if (!previewFor) return;
    try {
      const answer = await shareLead({ variables: { input: previewFor } });
      setResults(answer.data?.shareLead ?? []);
      onShared();
    } catch {
      // Shown below from `share.error`.
    }
  };

  const decisions = previewFor ? (preview.data?.previewLeadShare ?? []) : [];
  const anyShareable = decisions.some((decision) => decision.outcome !== SharingOutcome.DENY && !decision.existingShareStatus);

  return (
    <Drawer title={_('shareDialog.title')} onClose={onClose} data-testid="share-dialog">
      <form className="tf-stack" onSubmit={onPreview} noValidate>
        <fieldset className="tf-fieldset">
          <legend className="tf-field__label">{_('shareDialog.recipients')}</legend>
          <div className="tf-radio-row">
            <label className="tf-checkbox">
              <input
                type="radio"
                name={`${groupId}-mode`}
                checked={mode === 'agencies'}
                onChange={() => {
                  setMode('agencies');
                  resetPreview();
                }}
                data-testid="share-mode-agencies"
              />
              {_('shareDialog.mode.agencies')}
            </label>
            <label className="tf-checkbox">
              <input
                type="radio"
                name={`${groupId}-mode`}
                checked={mode === 'operation'}
                onChange={() => {
                  setMode('operation');
                  resetPreview();
                }}
                data-testid="share-mode-operation"
              />
              {_('shareDialog.mode.operation')}
            </label>
          </div>
          {mode === 'agencies' &&
            (agencies.loading && !agencies.data ? (
              <LoadingState label={_('shareDialog.loadingAgencies')} />
            ) : (
              <ul className="tf-recipient-list" aria-label={_('shareDialog.recipientAgencies')}>
                {candidates.map((agency) => (
                  <li key={agency.id}>
                    <label className="tf-checkbox">
                      <input
                        type="checkbox"
                        value={agency.id}
                        checked={recipientIds.includes(agency.id)}
                        disabled={holders.has(agency.id)}
                        data-testid="share-recipient"
                        data-acronym={agency.acronym}
                        data-held={holders.get(agency.id)}
                        onChange={(event) => {
                          const checked = event.currentTarget.checked;
                          setRecipientIds((ids) => (checked ? [...ids, agency.id] : ids.filter((id) => id !== agency.id)));
                          resetPreview();
                        }}
                      />
                      <span>
                        {agency.name} <AgencyBadge agency={agency} />
                        {holders.has(agency.id) && (
                          <span className="tf-small tf-muted" data-testid="share-recipient-held">
                            {' '}
                            {holders.get(agency.id) === 'ACTIVE' ? _('shareDialog.holdsAlready') : _('shareDialog.awaitingApproval')}
                          </span>
                        )}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            ))}
          {mode === 'operation' && (
            <SelectField
              label={_('shareDialog.operation')}
              value={operationId}
              placeholder={_('shareDialog.operationPlaceholder')}
              options={(operations.data?.operations ?? []).map((operation) => ({ value: operation.id, label: operation.name }))}
              onChange={(event) => {
                setOperationId(event.currentTarget.value);
                resetPreview();
              }}
              data-testid="share-operation"
            />
          )}
        </fieldset>
        <SelectField
          label={_('shareDialog.purpose')}
          required
          value={purpose}
          options={purposeOptions}
          onChange={(event) => {
            setPurpose(event.currentTarget.value as SharingPurpose);
            resetPreview();
          }}
          data-testid="share-purpose"
        />
        {formError && <Alert>{formError}</Alert>}
        <div>
          <Button type="submit" variant="secondary" busy={preview.loading} data-testid="share-preview">
            {_('shareDialog.preview')}
          </Button>
        </div>
      </form>

      {previewFor && preview.error && <Alert>{apiErrorText(_, apiErrorParts(preview.error), messageId('shareDialog.previewFailed'))}</Alert>}
      {previewFor && decisions.length > 0 && (
        <section className="tf-share-preview" aria-labelledby={`${groupId}-preview`} data-testid="share-preview-result">
          <h3 id={`${groupId}-preview`} className="tf-section-title">
            {_('shareDialog.decisions')}
          </h3>
          <ul className="tf-decision-list">
            {decisions.map((decision) => (
              <li key={decision.recipientAgency.id}>
                <DecisionItem decision={decision} />
              </li>
            ))}
          </ul>
          {!results && (
            <div className="tf-form-actions">
              <Button variant="primary" onClick={onConfirm} busy={share.loading} disabled={!anyShareable} data-testid="share-confirm">
                {_('shareDialog.confirm')}
              </Button>
              {!anyShareable && <span className="tf-muted tf-small">{_('shareDialog.nothingToShare')}</span>}
            </div>
          )}
        </section>
      )}
      {share.error && <Alert>{apiErrorText(_, apiErrorParts(share.error), messageId('shareDialog.shareFailed'))}</Alert>}
      {results && (
        <Alert tone="success" data-testid="share-results">
          {results.length === 0 ? (
            _('shareDialog.nothingShared')
          ) : (
            <>
              <strong>{_('shareDialog.shared')}</strong>
              <ul className="tf-share-results">
                {results.map((result) => (
                  <li key={result.id} data-testid="share-result" data-acronym={result.recipientAgency.acronym}>
                    {result.recipientAgency.acronym}: <LeadShareStatusBadge status={result.status} />{' '}
                    <span className="tf-small">{result.summary}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Alert>
      )}
    </Drawer>
  );
}

/** One recipient's sharing decision: outcome, categories removed, legal basis, reasons and conditions. */
export function DecisionItem({ decision }: { decision: SharingPreviewData }) {
  const { _ } = useLingui();
  return (
    <article className="tf-decision" data-testid="share-decision" data-acronym={decision.recipientAgency.acronym} data-outcome={decision.outcome}>
      <header className="tf-decision__header">
        <AgencyBadge agency={decision.recipientAgency} />
        <span>{decision.recipientAgency.name}</span>
        <SharingOutcomeBadge outcome={decision.outcome} />
        {decision.existingShareStatus && (
          <span className="tf-small tf-muted">
            {_('shareDialog.alreadyShared')} <LeadShareStatusBadge status={decision.existingShareStatus} />
          </span>
        )}
      </header>
      <p className="tf-small">{decision.summary}</p>
      {decision.redactedCategories.length > 0 && (
        <p className="tf-decision__removed" data-testid="decision-removed">
          {_('shareDialog.removedFor')} <strong>{categoryListText(_, decision.redactedCategories)}</strong>
        </p>
      )}
      <p className="tf-small">
        <strong>{_('shareDialog.legalBasis')}</strong> <LegalBasisText basis={decision.legalBasis} />
      </p>
      <ReasonList reasons={decision.reasons} />
      <ReasonList reasons={decision.conditions} label={_('lead.reasons.conditions')} />
    </article>
  );
}
