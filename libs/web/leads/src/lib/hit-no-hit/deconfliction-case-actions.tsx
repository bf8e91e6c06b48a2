import { useMutation, useQuery } from '@apollo/client/react';
import { SharingPurpose } from '@taskforce/domain';
import {
  apiErrorParts,
  apiErrorText,
  DECIDE_DECONFLICTION_LEAD_REQUEST_MUTATION,
  DECONFLICTION_LEAD_REQUEST_PREVIEW_QUERY,
  PROPOSE_DECONFLICTION_CONTACT_MUTATION,
  REQUEST_DECONFLICTION_LEAD_MUTATION,
  type DeconflictionCaseData,
  type DeconflictionLeadRequestData,
} from '@taskforce/web-data-access';
import { Alert, Button, formatDateTime, labelFrom, Link, LoadingState, messageId, pathTo, SelectField, SharingOutcomeBadge, TextAreaField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';
import { categoryListText, SHARING_PURPOSE_LABEL_IDS } from '../lead-messages';
import { ReasonList } from '../lead-parts';
import { DecisionItem } from '../share-lead-dialog';

const STATUS_IDS: Readonly<Record<string, string>> = {
  PENDING: messageId('deconfliction.request.status.pending'),
  SHARED: messageId('deconfliction.request.status.shared'),
  REFUSED_BY_LAW: messageId('deconfliction.request.status.refusedByLaw'),
  DECLINED: messageId('deconfliction.request.status.declined'),
};

type Open = 'none' | 'contact' | 'request';

/**
 * What a liaison officer does from one deconfliction case: the contacts proposed by either side, the requests for the
 * holder's lead, "Propose contact" (both sides) and "Request the lead" (the querying side, while none is pending); on
 * the holder side, each pending request with the sharing decision's preview and Approve / Decline with a reason.
 */
export function DeconflictionCaseActions({ item }: { item: DeconflictionCaseData }) {
  const { _ } = useLingui();
  const [open, setOpen] = useState<Open>('none');
  const holder = item.side === 'HOLDER';
  const other = holder ? item.queryingAgency : item.holderAgency;
  const pending = item.leadRequests.some((r) => r.status === 'PENDING');
  return (
    <div className="tf-stack" data-testid="deconfliction-case-actions">
      {item.contacts.length > 0 && (
        <ul className="tf-list" aria-label={_('deconfliction.contacts.title')}>
          {item.contacts.map((contact) => (
            <li key={contact.id} data-testid="deconfliction-contact">
              <strong>{_('deconfliction.contacts.from', { agency: contact.fromAgency.acronym })}</strong> {contact.message}{' '}
              <span className="tf-muted tf-small">{formatDateTime(contact.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {item.leadRequests.map((request) => (
        <LeadRequest key={request.id} request={request} holder={holder} />
      ))}
      <div className="tf-form-actions">
        <Button size="sm" aria-expanded={open === 'contact'} onClick={() => setOpen(open === 'contact' ? 'none' : 'contact')} data-testid="deconfliction-propose-contact">
          {_('deconfliction.actions.proposeContact')}
        </Button>
        {!holder && !pending && (
          <Button size="sm" aria-expanded={open === 'request'} onClick={() => setOpen(open === 'request' ? 'none' : 'request')} data-testid="deconfliction-request-lead">
            {_('deconfliction.actions.requestLead')}
          </Button>
        )}
      </div>
      {open === 'contact' && (
        <>
          {holder && !item.holderKnown && (
            <Alert tone="warning" data-testid="deconfliction-disclosure-warning">
              {_('deconfliction.contact.revealsHolder', { agency: other.acronym })}
            </Alert>
          )}
          <ContactForm caseId={item.id} agency={other.acronym} onDone={() => setOpen('none')} />
        </>
      )}
      {open === 'request' && <RequestForm caseId={item.id} agency={other.acronym} onDone={() => setOpen('none')} />}
    </div>
  );
}

function ContactForm({ caseId, agency, onDone }: { caseId: string; agency: string; onDone: () => void }) {
  const { _ } = useLingui();
  const [message, setMessage] = useState('');
  const [propose, state] = useMutation(PROPOSE_DECONFLICTION_CONTACT_MUTATION);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await propose({ variables: { input: { caseId, message } } });
      onDone();
    } catch {
      // Shown below from `state.error`.
    }
  };
  return (
    <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="deconfliction-contact-form">
      <TextAreaField label={_('deconfliction.contact.message', { agency })} required value={message} onChange={(e) => setMessage(e.currentTarget.value)} data-testid="deconfliction-contact-message" />
      {state.error && <Alert>{apiErrorText(_, apiErrorParts(state.error), messageId('deconfliction.contact.failed'))}</Alert>}
      <div>
        <Button type="submit" variant="primary" busy={state.loading} data-testid="deconfliction-contact-send">
          {_('deconfliction.contact.send')}
        </Button>
      </div>
    </form>
  );
}

function RequestForm({ caseId, agency, onDone }: { caseId: string; agency: string; onDone: () => void }) {
  const { _ } = useLingui();
  const [reason, setReason] = useState('');
  const [purpose, setPurpose] = useState<SharingPurpose>(SharingPurpose.INVESTIGATION);
  const [send, state] = useMutation(REQUEST_DECONFLICTION_LEAD_MUTATION);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await send({ variables: { input: { caseId, reason, purpose } } });
      onDone();
    } catch {
      // Shown below from `state.error`.
    }
  };
  return (
    <form className="tf-stack" onSubmit={onSubmit} noValidate data-testid="deconfliction-request-form">
      <p className="tf-small tf-muted">{_('deconfliction.request.explain', { agency })}</p>
      <SelectField
        label={_('shareDialog.purpose')}
        required
        value={purpose}
        options={Object.values(SharingPurpose).map((value) => ({ value, label: labelFrom(_, SHARING_PURPOSE_LABEL_IDS, value) }))}
        onChange={(e) => setPurpose(e.currentTarget.value as SharingPurpose)}
        data-testid="deconfliction-request-purpose"
      />
      <TextAreaField label={_('deconfliction.request.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="deconfliction-request-reason" />
      {state.error && <Alert>{apiErrorText(_, apiErrorParts(state.error), messageId('deconfliction.request.failed'))}</Alert>}
      <div>
        <Button type="submit" variant="primary" busy={state.loading} data-testid="deconfliction-request-send">
          {_('deconfliction.request.send')}
        </Button>
      </div>
    </form>
  );
}

/** One request as the viewer's side sees it; for the holder, a pending one comes with its review. */
function LeadRequest({ request, holder }: { request: DeconflictionLeadRequestData; holder: boolean }) {
  const { _ } = useLingui();
  return (
    <section className="tf-decision" data-testid="deconfliction-lead-request" data-status={request.status}>
      <header className="tf-decision__header">
        <strong>{_('deconfliction.request.title', { agency: request.requestingAgency.acronym })}</strong>
        <span data-testid="deconfliction-request-status">{labelFrom(_, STATUS_IDS, request.status)}</span>
        {request.outcome && <SharingOutcomeBadge outcome={request.outcome} />}
      </header>
      <p className="tf-small">
        {labelFrom(_, SHARING_PURPOSE_LABEL_IDS, request.purpose)} — {request.reason} <span className="tf-muted">{formatDateTime(request.requestedAt)}</span>
      </p>
      {request.decisionReason && <p className="tf-small">{_('deconfliction.request.decisionReason', { reason: request.decisionReason })}</p>}
      {request.redactedCategories.length > 0 && (
        <p className="tf-decision__removed">
          {_('shareDialog.removedFor')} <strong>{categoryListText(_, request.redactedCategories)}</strong>
        </p>
      )}
      <ReasonList reasons={request.reasons} />
      {request.sharedLeadId && !holder && (
        <Link to={pathTo('lead', { id: request.sharedLeadId })} data-testid="deconfliction-open-shared-lead">
          {_('deconfliction.request.openLead')}
        </Link>
      )}
      {holder && request.status === 'PENDING' && <LeadRequestReview request={request} />}
    </section>
  );
}

/** The holder's review of a pending request: the sharing decision it would get now, then Approve or Decline with a reason. */
function LeadRequestReview({ request }: { request: DeconflictionLeadRequestData }) {
  const { _ } = useLingui();
  const [reason, setReason] = useState('');
  const preview = useQuery(DECONFLICTION_LEAD_REQUEST_PREVIEW_QUERY, { variables: { requestId: request.id }, fetchPolicy: 'network-only' });
  const [decide, state] = useMutation(DECIDE_DECONFLICTION_LEAD_REQUEST_MUTATION);
  const onDecide = async (approve: boolean) => {
    try {
      await decide({ variables: { input: { requestId: request.id, approve, reason } } });
    } catch {
      // Shown below from `state.error`.
    }
  };
  const decision = preview.data?.deconflictionLeadRequestPreview;
  return (
    <div className="tf-stack" data-testid="deconfliction-request-review">
      <h4 className="tf-section-title">{_('deconfliction.request.preview')}</h4>
      {preview.loading && !decision && <LoadingState label={_('deconfliction.request.previewLoading')} />}
      {preview.error && <Alert>{apiErrorText(_, apiErrorParts(preview.error), messageId('shareDialog.previewFailed'))}</Alert>}
      {decision && (
        <div data-testid="deconfliction-request-preview">
          <DecisionItem decision={decision} />
        </div>
      )}
      <TextAreaField label={_('deconfliction.request.decisionReasonLabel', { agency: request.requestingAgency.acronym })} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="deconfliction-decision-reason" />
      {state.error && <Alert>{apiErrorText(_, apiErrorParts(state.error), messageId('deconfliction.request.decideFailed'))}</Alert>}
      <div className="tf-form-actions">
        <Button variant="primary" busy={state.loading} disabled={!decision} onClick={() => void onDecide(true)} data-testid="deconfliction-approve">
          {_('deconfliction.request.approve')}
        </Button>
        <Button busy={state.loading} onClick={() => void onDecide(false)} data-testid="deconfliction-decline">
          {_('deconfliction.request.decline')}
        </Button>
      </div>
    </div>
  );
}
