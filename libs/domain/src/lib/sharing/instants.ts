/**
 * UTC instants for in-force checks, without the local-time traps of `Date.parse` (a date-time without a zone
 * would be read as local time there; here it is rejected).
 */

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const DAY_MS = 86_400_000;

/** A parsed bound: milliseconds since the Unix epoch (UTC) and whether it was a bare date (a whole UTC day). */
export interface ParsedInstant {
  ms: number;
  dateOnly: boolean;
}

/**
 * Parses `YYYY-MM-DD` (start of that UTC day) or `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or `±hh:mm`;
 * null for anything else, including impossible dates (2023-02-30) and date-times without a zone.
 */
export function parseInstant(value: string | null | undefined): ParsedInstant | null {
  if (typeof value !== 'string') return null;
  const m = ISO_8601.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0')));
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMs = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number);
    if (oh > 23 || om > 59) return null;
    offsetMs = sign * (oh * 60 + om) * 60_000;
  }
  return { ms: utc - offsetMs, dateOnly: m[4] === undefined };
}

/** Where an instant lies relative to an inclusive validity window [from, to]; a bare-date `to` covers its whole day. */
export type WindowPosition = 'BEFORE' | 'INSIDE' | 'AFTER' | 'INVALID';

/**
 * Position of `atMs` (UTC ms) in the window `from`…`to` (ISO strings; `from` absent = since always, `to` null or
 * absent = open-ended). INVALID when a bound given cannot be parsed.
 */
export function windowPosition(atMs: number, from: string | null | undefined, to: string | null | undefined): WindowPosition {
  const start = from == null ? null : parseInstant(from);
  const end = to == null ? null : parseInstant(to);
  if ((from != null && !start) || (to != null && !end)) return 'INVALID';
  if (start && atMs < start.ms) return 'BEFORE';
  if (end) {
    const endExclusive = end.dateOnly ? end.ms + DAY_MS : end.ms + 1;
    if (atMs >= endExclusive) return 'AFTER';
  }
  return 'INSIDE';
}

/** The instant written back as `YYYY-MM-DDThh:mm:ss.sssZ`. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}
