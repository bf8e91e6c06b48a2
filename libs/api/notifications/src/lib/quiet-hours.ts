/** Minutes since midnight of "HH:MM" or "HH:MM:SS". */
function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
}

/** Local wall-clock minutes since midnight of `instant` in the IANA `timeZone` (via the platform's Intl). */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value);
  return hour * 60 + minute;
}

/**
 * True when `instant` falls inside quiet hours [start, end) in `timeZone`; a window may wrap midnight
 * (22:00–07:00). False when start or end is null, or start equals end.
 */
export function isInQuietHours(instant: Date, start: string | null, end: string | null, timeZone: string): boolean {
  if (!start || !end) return false;
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === to) return false;
  const now = localMinutes(instant, timeZone);
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** True for an IANA time zone the platform knows. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
