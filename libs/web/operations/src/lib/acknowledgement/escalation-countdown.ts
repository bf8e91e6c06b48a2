const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The instant an unacknowledged urgent task escalates to the coordinators, as ISO 8601 (UTC): its creation plus the
 * operation's escalation time in minutes — the rule the server's escalation sweep applies. Null for an unreadable
 * creation time.
 */
export function escalationDeadline(createdAt: string, escalationMinutes: number): string | null {
  const created = Date.parse(createdAt);
  if (!Number.isFinite(created)) return null;
  return new Date(created + escalationMinutes * MINUTE_MS).toISOString();
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? '';
  let format = relativeFormats.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' });
    relativeFormats.set(key, format);
  }
  return format;
}

/**
 * How long until `deadline` (ISO 8601) from `now` (ms since the epoch), in words of `locale` (the reader's when
 * undefined): under an hour in whole minutes rounded up ("in 6 minutes"; 20 s left is "in 1 minute"), from an hour
 * in hours to the nearest ("in 2 hours"). Null once the deadline has passed.
 */
export function timeUntil(deadline: string, now: number, locale?: string): string | null {
  const remaining = Date.parse(deadline) - now;
  if (!(remaining > 0)) return null;
  if (remaining < HOUR_MS) return relativeFormat(locale).format(Math.ceil(remaining / MINUTE_MS), 'minute');
  return relativeFormat(locale).format(Math.round(remaining / HOUR_MS), 'hour');
}
