import type { ConflictDetails } from '@taskforce/web-data-access';

/**
 * The sentence shown when a status change lost a race: "Ioana Popescu (RO-DIOC) moved this task to In progress at
 * 14:05 — your change was not saved", with what the server told (falling back to less detail when it did not).
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
  const what = status ? `moved this task to ${status}` : 'changed this task';
  const when = details.changedAt ? ` at ${formatMoment(details.changedAt)}` : '';
  return `${who} ${what}${when} — your change was not saved.`;
}
