import { useMutation, useQuery } from '@apollo/client/react';
import {
  DELETE_OPERATION_MESSAGE_MUTATION,
  describeApiError,
  EDIT_OPERATION_MESSAGE_MUTATION,
  invalidFields,
  MARK_OPERATION_MESSAGES_READ_MUTATION,
  newIdempotencyKey,
  OPERATION_MESSAGES_QUERY,
  POST_OPERATION_MESSAGE_MUTATION,
  useRealtimeEvent,
  useRealtimeReconnect,
  type OperationMessageData,
} from '@taskforce/web-data-access';
import { HANDLING_CONDITION_MAX_LENGTH, HandlingCode } from '@taskforce/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  copyWithMarkings,
  DEFAULT_MARKINGS,
  formatDateTime,
  HandlingMarking,
  LoadError,
  MarkingPicker,
  markingsInput,
  TextAreaField,
  TlpBadge,
  useLingui,
  type Markings,
} from '@taskforce/web-ui';
import { useCallback, useState, type FormEvent } from 'react';

/** Threads, or replies of one thread, loaded at a time: the latest, then earlier ones on demand. */
const PAGE = 50;

/**
 * A joint operation's channel on its page: the threads (newest last; the latest 50, and 50 earlier ones each time
 * "Load earlier threads" is pressed), each opening to its replies, a form to post
 * (TLP label, default TLP:AMBER, and an optional handling code), edits and deletions of one's own messages, and the
 * count of messages posted since one last read the channel ("Mark as read"). Live: every `operation.message` of this
 * operation refetches the open views (Apollo merges by id, so a reconnect's refetch loses and doubles nothing).
 * Mentions: `@RO-DIOC` notifies that agency's liaison officers, `@name@agency.org` that person.
 */
export function OperationChannel({ operationId, readOnly }: { operationId: string; readOnly: boolean }) {
  const { _ } = useLingui();
  const [openThread, setOpenThread] = useState<string | null>(null);
  // A refetch merges into the pages held (Apollo's default would overwrite them with the latest page).
  const { data, error, refetch, fetchMore } = useQuery(OPERATION_MESSAGES_QUERY, {
    variables: { operationId, first: PAGE },
    fetchPolicy: 'cache-and-network',
    refetchWritePolicy: 'merge',
  });
  const [earlier, setEarlier] = useState<{ loading: boolean; problem: string | null; exhausted: boolean }>({ loading: false, problem: null, exhausted: false });
  const [markRead, { loading: marking }] = useMutation(MARK_OPERATION_MESSAGES_READ_MUTATION);
  const reload = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useRealtimeEvent('operation.message', (event) => {
    if (event.operationId === operationId) reload();
  });
  useRealtimeReconnect(reload);

  const unread = data?.operationUnreadMessageCount ?? 0;
  const messages = data?.operationMessages ?? [];
  // Nothing tells how many threads are older than those held: a full page may have more before it, a short one has not.
  const hasEarlier = !earlier.exhausted && messages.length >= PAGE;
  const loadEarlier = async () => {
    setEarlier({ loading: true, problem: null, exhausted: false });
    try {
      const page = await fetchMore({ variables: { beforeSeq: messages[0].seq, first: PAGE } });
      setEarlier({ loading: false, problem: null, exhausted: (page.data?.operationMessages.length ?? 0) < PAGE });
    } catch (caught) {
      setEarlier({ loading: false, problem: describeApiError(caught, _('channel.earlierThreadsFailed'), _), exhausted: false });
    }
  };
  return (
    <Card
      title={
        <>
          {_('channel.title')}{' '}
          {unread > 0 && (
            <Badge tone="accent" data-testid="channel-unread">
              {_('channel.unread', { count: unread })}
            </Badge>
          )}
        </>
      }
      headingLevel={2}
      className="tf-section tf-channel"
      data-testid="operation-channel"
      actions={
        unread > 0 ? (
          <Button
            size="sm"
            variant="ghost"
            busy={marking}
            onClick={() => void markRead({ variables: { operationId } }).then(reload, () => undefined)}
            data-testid="channel-mark-read"
          >
            {_('channel.markRead')}
          </Button>
        ) : undefined
      }
    >
      <p className="tf-small tf-muted">
        {_('channel.intro')}
      </p>
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('channel.loadFailed'), _)}</LoadError>}
      {hasEarlier && (
        <Button size="sm" variant="ghost" busy={earlier.loading} onClick={() => void loadEarlier()} data-testid="channel-load-earlier-threads">
          {_('channel.loadEarlierThreads')}
        </Button>
      )}
      {earlier.problem && <Alert>{earlier.problem}</Alert>}
      {messages.length === 0 && !error ? (
        <p className="tf-muted" data-testid="channel-empty">
          {_('channel.empty')}
        </p>
      ) : (
        <ol className="tf-channel__list" aria-label={_('channel.threads')}>
          {messages.map((message) => (
            <li key={message.id} data-testid="channel-message" data-message-id={message.id}>
              <Message message={message} readOnly={readOnly} onChanged={reload} />
              <Button size="sm" variant="ghost" onClick={() => setOpenThread(openThread === message.id ? null : message.id)} aria-expanded={openThread === message.id} data-testid="channel-thread-toggle">
                {_('channel.replyCount', { count: message.replyCount })}
                {openThread === message.id ? _('channel.hideThread') : readOnly ? '' : _('channel.replyToThread')}
              </Button>
              {openThread === message.id && <Thread operationId={operationId} threadId={message.id} readOnly={readOnly} />}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && <PostForm operationId={operationId} threadId={null} onPosted={reload} />}
    </Card>
  );
}

/**
 * The replies of one thread, live, with a reply form: the latest 50, and 50 earlier ones each time "Load earlier
 * replies" is pressed, until the thread's first message is reached. A live event refetches the latest page, or the one
 * message edited or deleted; the pages loaded stay (the cache adds them together).
 */
function Thread({ operationId, threadId, readOnly }: { operationId: string; threadId: string; readOnly: boolean }) {
  const { _ } = useLingui();
  // A refetch merges into the pages held (Apollo's default would overwrite them with the latest page).
  const { data, error, refetch, fetchMore } = useQuery(OPERATION_MESSAGES_QUERY, {
    variables: { operationId, threadId, first: PAGE },
    fetchPolicy: 'cache-and-network',
    refetchWritePolicy: 'merge',
  });
  const [earlier, setEarlier] = useState<{ loading: boolean; problem: string | null }>({ loading: false, problem: null });
  const reload = useCallback(() => {
    void refetch().catch(() => undefined);
  }, [refetch]);
  useRealtimeEvent('operation.message', (event) => {
    if (event.operationId !== operationId || (event.threadId !== threadId && event.id !== threadId)) return;
    if (event.change === 'POSTED') reload();
    else void fetchMore({ variables: { beforeSeq: event.seq + 1, first: 1 } }).catch(() => undefined);
  });
  const messages = data?.operationMessages ?? [];
  const replies = messages.filter((m) => m.id !== threadId);
  // The thread's first message is its oldest: until it is loaded, there are earlier replies.
  const hasEarlier = messages.length > 0 && !messages.some((m) => m.id === threadId);
  const loadEarlier = async () => {
    setEarlier({ loading: true, problem: null });
    try {
      await fetchMore({ variables: { beforeSeq: messages[0].seq, first: PAGE } });
      setEarlier({ loading: false, problem: null });
    } catch (caught) {
      setEarlier({ loading: false, problem: describeApiError(caught, _('channel.earlierRepliesFailed'), _) });
    }
  };
  return (
    <div className="tf-channel__thread" data-testid="channel-thread">
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('channel.threadFailed'), _)}</LoadError>}
      {hasEarlier && (
        <Button size="sm" variant="ghost" busy={earlier.loading} onClick={() => void loadEarlier()} data-testid="channel-load-earlier">
          {_('channel.loadEarlierReplies')}
        </Button>
      )}
      {earlier.problem && <Alert>{earlier.problem}</Alert>}
      <ol className="tf-channel__list" aria-label={_('channel.replies')}>
        {replies.map((reply) => (
          <li key={reply.id} data-testid="channel-reply">
            <Message message={reply} readOnly={readOnly} onChanged={reload} />
          </li>
        ))}
      </ol>
      {!readOnly && <PostForm operationId={operationId} threadId={threadId} onPosted={reload} />}
    </div>
  );
}

/** One message: author, agency, markings, time, body ("message deleted" once deleted), and its author's edit and delete. */
function Message({ message, readOnly, onChanged }: { message: OperationMessageData; readOnly: boolean; onChanged: () => void }) {
  const { _ } = useLingui();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(message.body ?? '');
  const [restriction, setRestriction] = useState(message.handlingCondition ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [restrictionProblem, setRestrictionProblem] = useState<string | null>(null);
  const h3 = message.handlingCode === HandlingCode.H3;
  const [edit, { loading: saving }] = useMutation(EDIT_OPERATION_MESSAGE_MUTATION);
  const [remove, { loading: removing }] = useMutation(DELETE_OPERATION_MESSAGE_MUTATION);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setRestrictionProblem(null);
    try {
      // The restriction goes only when changed: a message marked H3 before restrictions were recorded stays editable.
      const restated = h3 && restriction !== (message.handlingCondition ?? '');
      await edit({ variables: { input: { id: message.id, body, ...(restated ? { handlingCondition: restriction } : {}) } } });
      setEditing(false);
      onChanged();
    } catch (caught) {
      const fields = invalidFields(caught, _);
      setRestrictionProblem(fields['handlingCondition'] ?? null);
      setProblem(fields['body'] ?? (fields['handlingCondition'] ? null : describeApiError(caught, _('channel.saveFailed'), _)));
    }
  };
  const onDelete = async () => {
    setProblem(null);
    try {
      await remove({ variables: { id: message.id } });
      onChanged();
    } catch (caught) {
      setProblem(describeApiError(caught, _('channel.deleteFailed'), _));
    }
  };
  return (
    <article className="tf-channel__message" aria-label={_('channel.messageFrom', { name: message.author.displayName })}>
      <header className="tf-channel__meta tf-small">
        <strong>{message.author.displayName}</strong> <span className="tf-muted">{message.authorAgency.acronym}</span> <TlpBadge tlp={message.tlp} />{' '}
        <HandlingMarking code={message.handlingCode} restriction={message.handlingCondition} testId="channel-handling-code" />{' '}
        <time dateTime={message.createdAt} className="tf-muted">
          {formatDateTime(message.createdAt)}
        </time>
        {message.editedAt && !message.deletedAt && <span className="tf-muted"> {_('channel.edited')}</span>}
      </header>
      {message.deletedAt ? (
        <p className="tf-muted" data-testid="channel-message-deleted">
          {_('channel.deleted')}
        </p>
      ) : editing ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          <TextAreaField label={_('channel.editMessage')} value={body} onChange={(event) => setBody(event.target.value)} rows={3} error={problem ?? undefined} />
          {h3 && (
            <TextAreaField
              label={_('channel.restriction')}
              value={restriction}
              onChange={(event) => setRestriction(event.target.value)}
              rows={2}
              maxLength={HANDLING_CONDITION_MAX_LENGTH}
              required
              error={restrictionProblem ?? undefined}
              data-testid="channel-edit-restriction"
            />
          )}
          <Button type="submit" size="sm" busy={saving}>
            {_('channel.save')}
          </Button>{' '}
          <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
            {_('channel.cancel')}
          </Button>
        </form>
      ) : (
        <p className="tf-channel__body" data-testid="channel-message-body" onCopy={copyWithMarkings(message.tlp, message.handlingCode)}>
          {message.body}
        </p>
      )}
      {!readOnly && !editing && !message.deletedAt && (message.viewerCanEdit || message.viewerCanDelete) && (
        <div className="tf-channel__actions">
          {message.viewerCanEdit && (
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)} data-testid="channel-edit">
              {_('channel.edit')}
            </Button>
          )}
          {message.viewerCanDelete && (
            <Button size="sm" variant="ghost" busy={removing} onClick={() => void onDelete()} data-testid="channel-delete">
              {_('channel.delete')}
            </Button>
          )}
        </div>
      )}
      {problem && !editing && <Alert>{problem}</Alert>}
    </article>
  );
}

/** Posts a message (or, with `threadId`, a reply). A resend after a lost answer reuses the idempotency key. */
function PostForm({ operationId, threadId, onPosted }: { operationId: string; threadId: string | null; onPosted: () => void }) {
  const { _ } = useLingui();
  const [body, setBody] = useState('');
  const [markings, setMarkings] = useState<Markings>(DEFAULT_MARKINGS);
  const [key, setKey] = useState(newIdempotencyKey);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [post, { loading }] = useMutation(POST_OPERATION_MESSAGE_MUTATION);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems({});
    setFailure(null);
    try {
      await post({ variables: { input: { operationId, threadId, body, ...markingsInput(markings), idempotencyKey: key } } });
      setBody('');
      setKey(newIdempotencyKey());
      onPosted();
    } catch (caught) {
      const fields = invalidFields(caught, _);
      if (Object.keys(fields).length) setProblems(fields);
      else setFailure(describeApiError(caught, _('channel.sendFailed'), _));
    }
  };
  const what = threadId ? _('channel.reply') : _('channel.message');
  return (
    <form className="tf-channel__form" onSubmit={(event) => void submit(event)} noValidate data-testid={threadId ? 'channel-reply-form' : 'channel-post-form'}>
      <TextAreaField label={what} value={body} onChange={(event) => setBody(event.target.value)} rows={threadId ? 2 : 3} error={problems['body']} data-testid="channel-body" />
      <div className="tf-channel__markings">
        <MarkingPicker value={markings} onChange={setMarkings} problems={problems} testId="channel" />
      </div>
      {failure && <Alert>{failure}</Alert>}
      <Button type="submit" busy={loading} data-testid="channel-send">
        {threadId ? _('channel.sendReply') : _('channel.sendMessage')}
      </Button>
    </form>
  );
}
