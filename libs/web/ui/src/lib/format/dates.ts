/**
 * The locale of every Intl format of the client (dates, times, numbers, percentages): the person's language, set by
 * the LanguageProvider when it activates one (`intlLocaleFor`). Undefined until then: the browser's own locale.
 */
let formatLocale: string | undefined;
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** Makes `locale` (a BCP 47 tag: "fr", "en-GB", "ar") the locale of the format functions below. */
export function setFormatLocale(locale: string | undefined): void {
  formatLocale = locale;
}

/** The locale the format functions use now (undefined: the browser's). */
export function currentFormatLocale(): string | undefined {
  return formatLocale;
}

function dateFormat(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${formatLocale ?? ''}|d|${name}`;
  let format = formats.get(cacheKey) as Intl.DateTimeFormat | undefined;
  if (!format) formats.set(cacheKey, (format = new Intl.DateTimeFormat(formatLocale, options)));
  return format;
}

function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${formatLocale ?? ''}|n|${name}`;
  let format = formats.get(cacheKey) as Intl.NumberFormat | undefined;
  if (!format) formats.set(cacheKey, (format = new Intl.NumberFormat(formatLocale, options)));
  return format;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** "12 Mar 2026" in the person's locale, or an em dash for no date. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat('date', DATE).format(new Date(iso)) : '—';
}

/** "12 Mar 2026, 14:05" in the person's locale and the reader's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateFormat('dateTime', DATE_TIME).format(new Date(iso)) : '—';
}

/** "14:05" in the person's locale and the reader's time zone. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dateFormat('time', TIME).format(new Date(iso)) : '—';
}

/**
 * A moment as short as it can be without ambiguity: "14:05" when it is today (in the reader's time zone),
 * otherwise "12 Mar 2026, 14:05" (in the person's locale).
 */
export function formatMoment(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return '—';
  const sameDay =
    moment.getFullYear() === now.getFullYear() && moment.getMonth() === now.getMonth() && moment.getDate() === now.getDate();
  return sameDay ? dateFormat('time', TIME).format(moment) : dateFormat('dateTime', DATE_TIME).format(moment);
}

/** A count with the person's locale's digits and grouping ("4,721", "4 721", "٤٬٧٢١"); an em dash for null. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat('integer', { maximumFractionDigits: 0 }).format(value);
}

/**
 * A share as a percentage in the person's locale ("37.5%", "37,5 %", "٣٧٫٥٪"), from a fraction (0.375) with at most
 * `fractionDigits` decimals (default 1); an em dash for null.
 */
export function formatPercent(fraction: number | null | undefined, fractionDigits = 1): string {
  if (fraction === null || fraction === undefined) return '—';
  return numberFormat(`percent${fractionDigits}`, { style: 'percent', maximumFractionDigits: fractionDigits }).format(fraction);
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
