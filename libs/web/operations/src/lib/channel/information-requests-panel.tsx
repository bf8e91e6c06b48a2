import { useMutation, useQuery } from '@apollo/client/react';
import {
  ACKNOWLEDGE_INFORMATION_REQUEST_MUTATION,
  ANSWER_INFORMATION_REQUEST_MUTATION,
  describeApiError,
  INFORMATION_REQUESTS_QUERY,
  invalidFields,
  newIdempotencyKey,
  SEND_INFORMATION_REQUEST_MUTATION,
  useRealtimeEvent,
  useRealtimeReconnect,
  type InformationRequestData,
} from '@taskforce/web-data-access';
import { TaskPriority } from '@taskforce/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  copyWithMarkings,
  DEFAULT_MARKINGS,
  endOfLocalDayIso,
  formatDateTime,
  HandlingMarking,
  LoadError,
  MarkingPicker,
  markingsInput,
  messageId,
  SelectField,
  TextAreaField,
  TextField,
  TlpBadge,
  todayInputValue,
  useLingui,
  type Markings,
} from '@taskforce/web-ui';
import { useCallback, useState, type FormEvent } from 'react';
import { AttachedFiles } from './attached-files';

/** Message ids (catalogue `operation`) of the priorities a request may have. */
const PRIORITY_TEXT: Record<TaskPriority, string> = {
  [TaskPriority.LOW]: messageId('requests.priority.low'),
  [TaskPriority.MEDIUM]: messageId('requests.priority.medium'),
  [TaskPriority.HIGH]: messageId('requests.priority.high'),
  [TaskPriority.URGENT]: messageId('requests.priority.urgent'),
};
const STATUS_TEXT: Record<InformationRequestData['status'], string> = {
  SENT: messageId('requests.status.sent'),
  ACKNOWLEDGED: messageId('requests.status.acknowledged'),
  ANSWERED: messageId('requests.status.answered'),
};

/** An agency the request can be addressed to. */
export interface RequestAddressee {
  id: string;
  acronym: string;
  name: string;
}

/**
 * Requests for information on a joint operation's page: those the viewer's agency sent and received (every one for a
 * coordinator), each with its markings, due date and status; the addressed agency's people acknowledge receipt and
 * answer; a form sends a new request to another agency of the operation. Live: every `information.request` of this
 * operation refetches the list (the socket carries ids and status only).
 */
export function InformationRequestsPanel({ operationId, viewerAgencyId, agencies, readOnly }: { operationId: string; viewerAgencyId: string | null; agencies: readonly RequestAddressee[]; readOnly: boolean }) {
  const { _ } = useLingui();
  const { data, error, refetch } = useQuery(INFORMATION_REQUESTS_QUERY, { variables: { operationId }, fetchPolicy: 'cache-and-network' });
  const reload = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useRealtimeEvent('information.request', (event) => {
    if (event.operationId === operationId) reload();
  });
  useRealtimeReconnect(reload);
  const requests = data?.informationRequests ?? [];
  const waiting = requests.filter((r) => r.viewerCanRespond && r.status === 'SENT').length;
  const addressees = agencies.filter((agency) => agency.id !== viewerAgencyId);
  return (
    <Card
      title={
        <>
          {_('requests.title')}{' '}
          {waiting > 0 && (
            <Badge tone="accent" data-testid="requests-waiting">
              {_('requests.waiting', { count: waiting })}
            </Badge>
          )}
        </>
      }
      headingLevel={2}
      className="tf-section tf-requests"
      data-testid="information-requests"
    >
      <p className="tf-small tf-muted">
        {_('requests.intro')}
      </p>
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('requests.loadFailed'), _)}</LoadError>}
      {requests.length === 0 && !error ? (
        <p className="tf-muted" data-testid="requests-empty">
          {_('requests.empty')}
        </p>
      ) : (
        <ol className="tf-channel__list" aria-label={_('requests.title')}>
          {requests.map((request) => (
            <li key={request.id} data-testid="information-request" data-request-id={request.id} data-status={request.status}>
              <RequestItem request={request} readOnly={readOnly} onChanged={reload} />
            </li>
          ))}
        </ol>
      )}
      {!readOnly && addressees.length > 0 && <SendRequestForm operationId={operationId} addressees={addressees} onSent={reload} />}
    </Card>
  );
}

/** One request: route, markings, due date, status, the answer, its files; Acknowledge and Answer for the addressed agency. */
function RequestItem({ request, readOnly, onChanged }: { request: InformationRequestData; readOnly: boolean; onChanged: () => void }) {
  const { _ } = useLingui();
  const [answering, setAnswering] = useState(false);
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [acknowledge, { loading: acknowledging }] = useMutation(ACKNOWLEDGE_INFORMATION_REQUEST_MUTATION);
  const [send, { loading: sending }] = useMutation(ANSWER_INFORMATION_REQUEST_MUTATION);
  const onAcknowledge = async () => {
    setProblem(null);
    try {
      await acknowledge({ variables: { id: request.id } });
      onChanged();
    } catch (caught) {
      setProblem(describeApiError(caught, _('requests.acknowledgeFailed'), _));
    }
  };
  const onAnswer = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await send({ variables: { input: { requestId: request.id, body: answer } } });
      setAnswering(false);
      onChanged();
    } catch (caught) {
      setProblem(invalidFields(caught, _)['body'] ?? describeApiError(caught, _('requests.answerFailed'), _));
    }
  };
  const open = !readOnly && request.viewerCanRespond;
  return (
    <article className="tf-channel__message" aria-label={_('requests.itemLabel', { subject: request.subject })}>
      <header className="tf-channel__meta tf-small">
        <strong data-testid="request-subject">{request.subject}</strong>{' '}
        <span className="tf-muted" data-testid="request-route">
          {request.fromAgency.acronym} → {request.toAgency.acronym}
        </span>{' '}
        <TlpBadge tlp={request.tlp} />{' '}
        <HandlingMarking code={request.handlingCode} restriction={request.handlingCondition} testId="request-handling-code" />{' '}
        {request.priority === TaskPriority.URGENT && <Badge tone="danger">{_('requests.priority.urgent')}</Badge>}
        <span className="tf-muted">
          {' '}
          {_('requests.sentBy', { name: request.sender.displayName, time: formatDateTime(request.createdAt) })}
          {request.dueAt && <> · {_('requests.due', { time: formatDateTime(request.dueAt) })}</>}
        </span>
      </header>
      <p className="tf-channel__body" onCopy={copyWithMarkings(request.tlp, request.handlingCode)}>
        {request.body}
      </p>
      <p className="tf-small" data-testid="request-status">
        <Badge tone={request.status === 'ANSWERED' ? 'success' : request.overdue ? 'danger' : 'neutral'}>{request.overdue ? _('requests.status.overdue') : STATUS_TEXT[request.status] ? _(STATUS_TEXT[request.status]) : request.status}</Badge>
        {request.acknowledgedAt && request.acknowledgedBy && (
          <span className="tf-muted">
            {' '}
            {_('requests.acknowledgedBy', { name: request.acknowledgedBy.displayName, time: formatDateTime(request.acknowledgedAt) })}
          </span>
        )}
        {request.escalatedAt && <span className="tf-muted"> {_('requests.escalated', { time: formatDateTime(request.escalatedAt) })}</span>}
      </p>
      {request.answer && (
        <blockquote className="tf-channel__body" data-testid="request-answer" onCopy={copyWithMarkings(request.tlp, request.handlingCode)}>
          {request.answer}
          {request.answeredBy && request.answeredAt && (
            <footer className="tf-small tf-muted">
              {request.answeredBy.displayName}, {formatDateTime(request.answeredAt)}
            </footer>
          )}
        </blockquote>
      )}
      <AttachedFiles
        target={{ attachedKind: 'INFORMATION_REQUEST', attachedId: request.id }}
        canAttach={!readOnly && request.status !== 'ANSWERED'}
        label={_('requests.files', { subject: request.subject })}
      />
      {open && (
        <div className="tf-channel__actions">
          {request.status === 'SENT' && (
            <Button size="sm" busy={acknowledging} onClick={() => void onAcknowledge()} data-testid="request-acknowledge">
              {_('requests.acknowledge')}
            </Button>
          )}
          {!answering && (
            <Button size="sm" variant="ghost" onClick={() => setAnswering(true)} data-testid="request-answer-open">
              {_('requests.answer')}
            </Button>
          )}
        </div>
      )}
      {open && answering && (
        <form onSubmit={(event) => void onAnswer(event)} noValidate data-testid="request-answer-form">
          <TextAreaField label={_('requests.answer')} value={answer} onChange={(event) => setAnswer(event.target.value)} rows={3} data-testid="request-answer-body" />
          <Button type="submit" size="sm" busy={sending} data-testid="request-answer-send">
            {_('requests.sendAnswer')}
          </Button>{' '}
          <Button size="sm" variant="ghost" onClick={() => setAnswering(false)}>
            {_('requests.cancel')}
          </Button>
        </form>
      )}
      {problem && <Alert>{problem}</Alert>}
    </article>
  );
}

/** Sends a request to another agency of the operation. A resend after a lost answer reuses the idempotency key. */
function SendRequestForm({ operationId, addressees, onSent }: { operationId: string; addressees: readonly RequestAddressee[]; onSent: () => void }) {
  const { _ } = useLingui();
  const empty = { toAgencyId: '', subject: '', body: '', priority: TaskPriority.MEDIUM as `${TaskPriority}`, dueDate: '' };
  const [values, setValues] = useState(empty);
  const [markings, setMarkings] = useState<Markings>(DEFAULT_MARKINGS);
  const [key, setKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [sendRequest, { loading }] = useMutation(SEND_INFORMATION_REQUEST_MUTATION);
  const set = <K extends keyof typeof empty>(name: K, value: (typeof empty)[K]) => setValues((current) => ({ ...current, [name]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems({});
    setFailure(null);
    setSent(null);
    if (!values.toAgencyId) {
      setProblems({ toAgencyId: _('requests.chooseAgencyError') });
      return;
    }
    try {
      await sendRequest({
        variables: {
          input: {
            operationId,
            toAgencyId: values.toAgencyId,
            subject: values.subject,
            body: values.body,
            priority: values.priority as TaskPriority,
            dueAt: endOfLocalDayIso(values.dueDate),
            ...markingsInput(markings),
            idempotencyKey: key,
          },
        },
      });
      setSent(addressees.find((agency) => agency.id === values.toAgencyId)?.acronym ?? _('requests.theAgency'));
      setValues(empty);
      setMarkings(DEFAULT_MARKINGS);
      setKey(newIdempotencyKey());
      onSent();
    } catch (caught) {
      const fields = invalidFields(caught, _);
      if (Object.keys(fields).length) setProblems(fields);
      else setFailure(describeApiError(caught, _('requests.sendFailed'), _));
    }
  };
  return (
    <form className="tf-channel__form" onSubmit={(event) => void submit(event)} noValidate data-testid="request-form">
      <h3 className="tf-small">{_('requests.formTitle')}</h3>
      <div className="tf-channel__markings">
        <SelectField
          label={_('requests.to')}
          required
          value={values.toAgencyId}
          onChange={(event) => set('toAgencyId', event.target.value)}
          options={addressees.map((agency) => ({ value: agency.id, label: `${agency.acronym} — ${agency.name}` }))}
          placeholder={_('requests.chooseAgency')}
          error={problems['toAgencyId']}
          data-testid="request-to"
        />
        <SelectField
          label={_('requests.priority')}
          value={values.priority}
          onChange={(event) => set('priority', event.target.value as `${TaskPriority}`)}
          options={Object.values(TaskPriority).map((priority) => ({ value: priority, label: _(PRIORITY_TEXT[priority]) }))} error={problems['priority']} data-testid="request-priority" />
        <TextField label={_('requests.dueDate')} type="date" min={todayInputValue()} value={values.dueDate} onChange={(event) => set('dueDate', event.target.value)} error={problems['dueAt']} data-testid="request-due-date" />
      </div>
      <TextField label={_('requests.subject')} required value={values.subject} onChange={(event) => set('subject', event.target.value)} error={problems['subject']} data-testid="request-subject-input" />
      <TextAreaField label={_('requests.request')} required value={values.body} onChange={(event) => set('body', event.target.value)} rows={3} error={problems['body']} data-testid="request-body" />
      <div className="tf-channel__markings">
        <MarkingPicker value={markings} onChange={setMarkings} problems={problems} testId="request" />
      </div>
      {failure && <Alert>{failure}</Alert>}
      {sent && (
        <p role="status" className="tf-small" data-testid="request-sent">
          {_('requests.sent', { agency: sent })}
        </p>
      )}
      <Button type="submit" busy={loading} data-testid="request-send">
        {_('requests.send')}
      </Button>
    </form>
  );
}
