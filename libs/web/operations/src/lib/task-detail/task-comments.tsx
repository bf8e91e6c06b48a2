import { useMutation } from '@apollo/client/react';
import {
  ADD_TASK_COMMENT_MUTATION,
  apiErrorParts,
  apiErrorText,
  useSubmissionKeys,
  type TaskCommentData,
} from '@taskforce/web-data-access';
import { Button, EmptyState, formatDateTime, messageId, TextAreaField, useLingui } from '@taskforce/web-ui';
import { useState, type FormEvent } from 'react';

interface TaskCommentsProps {
  taskId: string;
  comments: readonly TaskCommentData[];
  canComment: boolean;
  onCommented: () => void;
}

/** The comments on a task, oldest first, and the form to add one. */
export function TaskComments({ taskId, comments, canComment, onCommented }: TaskCommentsProps) {
  const { _ } = useLingui();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addComment, { loading }] = useMutation(ADD_TASK_COMMENT_MUTATION);
  // One key per comment submitted: a retry of the same text after an error cannot post it twice.
  const submissionKeys = useSubmissionKeys();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(_('board.comments.empty'));
      return;
    }
    setError(null);
    const values = { taskId, body: body.trim() };
    try {
      await addComment({ variables: { input: { ...values, idempotencyKey: submissionKeys.keyFor(values) } } });
      submissionKeys.succeeded();
      setBody('');
      onCommented();
    } catch (caught: unknown) {
      setError(apiErrorText(_, apiErrorParts(caught), messageId('board.comments.failed')));
    }
  };

  return (
    <section className="tf-detail-section" aria-labelledby="task-comments-title">
      <h3 id="task-comments-title" className="tf-detail-section__title">
        {_('board.comments.title', { count: comments.length })}
      </h3>
      {comments.length === 0 ? (
        <EmptyState>{_('board.comments.none')}</EmptyState>
      ) : (
        <ol className="tf-comments" data-testid="task-comments">
          {comments.map((comment) => (
            <li key={comment.id} className="tf-comment">
              <p className="tf-comment__meta">
                <strong>{comment.author.displayName}</strong>{' '}
                <span className="tf-muted">({comment.author.agency.acronym})</span> ·{' '}
                <time className="tf-muted" dateTime={comment.createdAt}>
                  {formatDateTime(comment.createdAt)}
                </time>
              </p>
              <p className="tf-comment__body">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <form className="tf-stack tf-mt" onSubmit={onSubmit} data-testid="comment-form">
          <TextAreaField
            label={_('board.comments.label')}
            rows={3}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            error={error ?? undefined}
            data-testid="comment-body"
          />
          <div>
            <Button type="submit" size="sm" variant="primary" busy={loading} data-testid="comment-submit">
              {_('board.comments.submit')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="tf-muted tf-small">{_('board.comments.notAllowed')}</p>
      )}
    </section>
  );
}
