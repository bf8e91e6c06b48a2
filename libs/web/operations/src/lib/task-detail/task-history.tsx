import type { TaskEventData } from '@taskforce/web-data-access';
import { formatDateTime, labelOf, TASK_STATUS_LABELS } from '@taskforce/web-ui';

function describeEvent(event: TaskEventData): string {
  const status = (value: string | null) => (value ? labelOf(TASK_STATUS_LABELS, value) : '—');
  switch (event.action) {
    case 'CREATED':
      return 'created the task';
    case 'ASSIGNED':
      return event.detail ? `assigned the task: ${event.detail}` : 'assigned the task';
    case 'STATUS_CHANGED':
      return `moved it from ${status(event.fromStatus)} to ${status(event.toStatus)}`;
    case 'COMMENTED':
      return 'commented';
    case 'ACKNOWLEDGED':
      return 'acknowledged the task for the assignee agency';
    case 'EDITED':
      return event.detail ? `edited the task (${event.detail})` : 'edited the task';
    case 'ESCALATED':
      return `escalated it to the coordinators (${event.detail ?? 'not acknowledged in time'})`;
    default:
      return event.detail ?? String(event.action).toLowerCase();
  }
}

/** The history of a task, oldest first: who did what, and when. */
export function TaskHistory({ history }: { history: readonly TaskEventData[] }) {
  return (
    <section className="tf-detail-section" aria-labelledby="task-history-title">
      <h3 id="task-history-title" className="tf-detail-section__title">
        History
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
                  <span className="tf-muted">({event.actor.agency.acronym})</span> {describeEvent(event)}
                </>
              ) : (
                <>
                  <strong>The workspace</strong> <span className="tf-muted">(automatic)</span> {describeEvent(event)}
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
