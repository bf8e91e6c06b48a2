import type { TaskEventData } from '@taskforce/web-data-access';
import { formatDateTime, labelFrom, messageId, TASK_STATUS_LABEL_IDS, useLingui } from '@taskforce/web-ui';
import type { Translate } from '../board/board-labels';

/** What the event's actor did, in the active language; `detail` is the server's own words (shown as written). */
function describeEvent(_: Translate, event: TaskEventData): string {
  const status = (value: string | null) => (value ? labelFrom(_, TASK_STATUS_LABEL_IDS, value) : '—');
  switch (event.action) {
    case 'CREATED':
      return _('board.history.created');
    case 'ASSIGNED':
      return event.detail ? _('board.history.assignedDetail', { detail: event.detail }) : _('board.history.assigned');
    case 'STATUS_CHANGED':
      return _('board.history.moved', { from: status(event.fromStatus), to: status(event.toStatus) });
    case 'COMMENTED':
      return _('board.history.commented');
    case 'ACKNOWLEDGED':
      return _('board.history.acknowledged');
    case 'EDITED':
      return event.detail ? _('board.history.editedDetail', { detail: event.detail }) : _('board.history.edited');
    case 'ESCALATED':
      return _('board.history.escalated', { detail: event.detail ?? _(messageId('board.history.notAcknowledgedInTime')) });
    default:
      return event.detail ?? String(event.action).toLowerCase();
  }
}

/** The history of a task, oldest first: who did what, and when. */
export function TaskHistory({ history }: { history: readonly TaskEventData[] }) {
  const { _ } = useLingui();
  return (
    <section className="tf-detail-section" aria-labelledby="task-history-title">
      <h3 id="task-history-title" className="tf-detail-section__title">
        {_('board.history.title')}
      </h3>
      <ol className="tf-timeline" data-testid="task-history">
        {history.map((event) => (
          <li key={event.id} className="tf-timeline__item">
            <time className="tf-muted tf-small" dateTime={event.at}>
              {formatDateTime(event.at)}
            </time>
            <p>
              {event.actor ? (
                <>
                  <strong>{event.actor.displayName}</strong>{' '}
                  <span className="tf-muted">({event.actor.agency.acronym})</span> {describeEvent(_, event)}
                </>
              ) : (
                <>
                  <strong>{_('board.history.workspace')}</strong> <span className="tf-muted">{_('board.history.automatic')}</span> {describeEvent(_, event)}
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
