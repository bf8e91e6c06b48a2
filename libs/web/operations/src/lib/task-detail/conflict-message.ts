import type { ConflictDetails } from '@taskforce/web-data-access';
import { messageId, type MessageRef } from '@taskforce/web-ui';

/**
 * The sentence shown when a change of a task lost a race, as a message to translate: "Ioana Popescu (RO-DIOC) moved
 * this task to In progress at 14:05 — your change was not saved" (or "edited" / "reassigned this task", after the
 * server's `changeAction`), with what the server told (falling back to less detail when it did not). Its `who` is
 * the person's name (with their agency's acronym when known) or the message "Someone else"; `status` is the status's
 * name from `statusLabel`; `time` is `formatMoment` of the instant, `timed` `yes` or `no` (ICU select).
 */
export function conflictMessage(
  details: ConflictDetails,
  statusLabel: (status: string) => string,
  formatMoment: (iso: string) => string,
): MessageRef {
  const status = details.currentStatus ? statusLabel(details.currentStatus) : undefined;
  const who: string | MessageRef = details.changedBy
    ? details.changedBy.agencyAcronym
      ? { id: messageId('board.conflict.person'), values: { name: details.changedBy.displayName, agency: details.changedBy.agencyAcronym } }
      : details.changedBy.displayName
    : { id: messageId('board.conflict.someoneElse') };
  const values = { who, timed: details.changedAt ? 'yes' : 'no', time: details.changedAt ? formatMoment(details.changedAt) : '' };
  if (details.changeAction === 'EDITED') return { id: messageId('board.conflict.edited'), values };
  if (details.changeAction === 'ASSIGNED') return { id: messageId('board.conflict.reassigned'), values };
  if (status && (details.changeAction === undefined || details.changeAction === 'STATUS_CHANGED')) {
    return { id: messageId('board.conflict.moved'), values: { ...values, status } };
  }
  return { id: messageId('board.conflict.changed'), values };
}
