import { endOfLocalDayIso, formatDate, formatMoment, formatNumber, formatPercent, formatTime, isPast, setFormatLocale } from '../dates';

describe('endOfLocalDayIso', () => {
  it('turns a date input value into the last second of that day in local time', () => {
    const end = new Date(endOfLocalDayIso('2026-05-31') as string);
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2026, 5, 31]);
    expect([end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([23, 59, 59]);
  });

  it('gives null for an empty or malformed value', () => {
    expect(endOfLocalDayIso('')).toBeNull();
    expect(endOfLocalDayIso('31/05/2026')).toBeNull();
  });
});

describe('isPast', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('is true only for instants before now', () => {
    expect(isPast('2026-06-01T11:59:59Z', now)).toBe(true);
    expect(isPast('2026-06-01T12:00:01Z', now)).toBe(false);
  });

  it('is false without a date', () => {
    expect(isPast(null, now)).toBe(false);
    expect(isPast(undefined, now)).toBe(false);
  });
});

describe('formatMoment', () => {
  it('shows only the time for a moment today, and the date too otherwise', () => {
    const now = new Date(2026, 4, 1, 18, 0);
    const today = new Date(2026, 4, 1, 14, 5).toISOString();
    const earlier = new Date(2026, 3, 30, 14, 5).toISOString();
    expect(formatMoment(today, now)).toBe(formatTime(today));
    expect(formatMoment(earlier, now)).not.toBe(formatTime(earlier));
    expect(formatMoment(earlier, now)).toContain(formatTime(earlier));
  });

  it('gives an em dash for no or a malformed moment', () => {
    expect(formatMoment(null)).toBe('—');
    expect(formatMoment('not a date')).toBe('—');
  });
});

describe('formats in the person’s locale', () => {
  afterEach(() => setFormatLocale(undefined));

  it('writes counts with the locale’s grouping and digits', () => {
    setFormatLocale('en');
    expect(formatNumber(4721)).toBe('4,721');
    setFormatLocale('fr');
    // French groups thousands with a narrow no-break space (U+202F).
    expect(formatNumber(4721)).toBe('4\u202f721');
    setFormatLocale('ar-EG');
    expect(formatNumber(4721)).toBe('٤٬٧٢١');
    expect(formatNumber(null)).toBe('—');
  });

  it('writes fractions as percentages', () => {
    setFormatLocale('en');
    expect(formatPercent(0.375)).toBe('37.5%');
    setFormatLocale('es');
    expect(formatPercent(0.375)).toBe('37,5\u00a0%');
    setFormatLocale('fr');
    expect(formatPercent(0.5, 0)).toBe('50\u00a0%');
  });

  it('names months in the locale', () => {
    setFormatLocale('fr');
    expect(formatDate('2026-03-12T12:00:00Z')).toBe('12 mars 2026');
    setFormatLocale('es');
    expect(formatDate('2026-03-12T12:00:00Z')).toBe('12 mar 2026');
    setFormatLocale('en-GB');
    expect(formatDate('2026-03-12T12:00:00Z')).toBe('12 Mar 2026');
  });
});
