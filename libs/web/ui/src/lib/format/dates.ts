const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "12 Mar 2026" in the reader's locale, or an em dash for no date. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : '—';
}

/** "12 Mar 2026, 14:05" in the reader's locale and time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormat.format(new Date(iso)) : '—';
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "14:05" in the reader's locale and time zone. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? timeFormat.format(new Date(iso)) : '—';
}

/**
 * A moment as short as it can be without ambiguity: "14:05" when it is today (in the reader's time zone),
 * otherwise "12 Mar 2026, 14:05".
 */
export function formatMoment(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return '—';
  const sameDay =
    moment.getFullYear() === now.getFullYear() && moment.getMonth() === now.getMonth() && moment.getDate() === now.getDate();
  return sameDay ? timeFormat.format(moment) : dateTimeFormat.format(moment);
}

/** True when a due date (ISO 8601) has passed. */
export function isPast(iso: string | null | undefined, now: Date = new Date()): boolean {
  return Boolean(iso) && new Date(iso as string).getTime() < now.getTime();
}

/**
 * Turns the value of an `<input type="date">` ("2026-05-31") into an ISO 8601 instant at the end of that day in
 * the reader's time zone, so "due on the 31st" still holds for the whole of the 31st; empty input gives null.
 */
export function endOfLocalDayIso(dateInputValue: string): string | null {
  if (!dateInputValue) return null;
  const end = new Date(`${dateInputValue}T23:59:59`);
  return Number.isNaN(end.getTime()) ? null : end.toISOString();
}

/** Today in the reader's time zone as an `<input type="date">` value ("2026-05-31"): the earliest due date to offer. */
export function todayInputValue(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
