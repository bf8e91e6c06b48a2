import type { OperationEventData } from '@taskforce/web-data-access';
import { Card, formatDateTime, labelFrom, OPERATION_STATUS_LABEL_IDS, useLingui } from '@taskforce/web-ui';
import { describeHistoryEntry } from './operation-controls';

/** "2026-12-04 17:32 UTC", the instant as agencies in other time zones will quote it. */
function utcStamp(iso: string): string {
  const normalised = new Date(iso).toISOString();
  return `${normalised.slice(0, 10)} ${normalised.slice(11, 16)} UTC`;
}

/**
 * The history of a joint operation, newest first: who did what, when (in UTC and in the reader's time) and why.
 */
export function OperationHistory({ history }: { history: readonly OperationEventData[] }) {
  const { _ } = useLingui();
  const entries = [...history].reverse();
  return (
    <Card title={_('history.title')} headingLevel={2} className="tf-section" data-testid="operation-history">
      {entries.length === 0 ? (
        <p className="tf-muted">{_('history.empty')}</p>
      ) : (
        <ol className="tf-timeline tf-operation-history">
          {entries.map((event) => {
            const { who, what, why } = describeHistoryEntry(event, (status) => labelFrom(_, OPERATION_STATUS_LABEL_IDS, status), _);
            return (
              <li key={event.id} className="tf-timeline__item" data-testid="operation-history-entry" data-action={event.action}>
                <p className="tf-small tf-muted">
                  <time dateTime={event.at}>{utcStamp(event.at)}</time>{' '}
                  · {_('history.yourTime', { time: formatDateTime(event.at) })}
                </p>
                <p>
                  <strong>{who}</strong> — {what}
                </p>
                {why && <p className="tf-small tf-break">{_('history.why', { why })}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
