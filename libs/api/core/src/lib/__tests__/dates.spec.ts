import { isIsoCalendarDate, parseIsoDateTime } from '../dates';

describe('strict ISO 8601 dates', () => {
  it.each([
    ['2028-02-29', true],
    ['2026-02-28', true],
    ['2026-02-30', false],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-2-3', false],
    ['2026-03-01T00:00:00Z', false],
    ['next week', false],
    [20260301, false],
  ])('isIsoCalendarDate(%p) → %p', (value, expected) => {
    expect(isIsoCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['2026-03-01T10:00:00Z', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T12:00:00+02:00', '2026-03-01T10:00:00.000Z'],
    ['2026-03-01T10:00Z', '2026-03-01T10:00:00.000Z'],
    ['2028-02-29T23:59:59.999Z', '2028-02-29T23:59:59.999Z'],
    ['2026-02-30T10:00:00Z', null],
    ['2025-02-29T10:00:00Z', null],
    ['2026-02-28T24:30:00Z', null],
    ['2026-02-28T10:60:00Z', null],
    ['2026-02-28T10:00:00', null], // no zone
    ['2026-02-28', null], // no time
    ['soon', null],
    [1767225600000, null],
  ])('parseIsoDateTime(%p) → %p', (value, expected) => {
    expect(parseIsoDateTime(value)?.toISOString() ?? null).toBe(expected);
  });
});
