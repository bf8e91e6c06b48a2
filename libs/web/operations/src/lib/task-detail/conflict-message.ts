import type { ConflictDetails } from '@taskforce/web-data-access';

/**
 * The sentence shown when a change of a task lost a race: "Ioana Popescu (RO-DIOC) moved this task to In progress at
 * 14:05 — your change was not saved" (or "edited" / "reassigned this task", after the server's `changeAction`), with
 * what the server told (falling back to less detail when it did not).
 */
export function conflictMessage(
  details: ConflictDetails,
  statusLabel: (status: string) => string,
  formatMoment: (iso: string) => string,
): string {
  const status = details.currentStatus ? statusLabel(details.currentStatus) : undefined;
  const who = details.changedBy
    ? details.changedBy.agencyAcronym
      ? `${details.changedBy.displayName} (${details.changedBy.agencyAcronym})`
      : details.changedBy.displayName
    : 'Someone else';
  const what =
    details.changeAction === 'EDITED'
      ? 'edited this task'
      : details.changeAction === 'ASSIGNED'
        ? 'reassigned this task'
        : status && (details.changeAction === undefined || details.changeAction === 'STATUS_CHANGED')
          ? `moved this task to ${status}`
          : 'changed this task';
  const when = details.changedAt ? ` at ${formatMoment(details.changedAt)}` : '';
  return `${who} ${what}${when} — your change was not saved.`;
}
