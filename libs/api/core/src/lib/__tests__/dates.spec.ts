import { isIsoCalendarDate, IsIsoDateTime, parseIsoDateTime } from '../dates';
import { readInput } from '../validation';

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

describe('IsIsoDateTime with future: one message per field', () => {
  class DueInput {
    @IsIsoDateTime({ min: '2000-01-01', max: '2100-01-01', future: true })
    dueAt!: Date;
  }
  const DAY = 24 * 60 * 60 * 1000;
  const problemsOf = async (dueAt: Date) => (await readInput(DueInput, { dueAt })).problems;

  it('refuses a due date not after now, naming the field once', async () => {
    expect(await problemsOf(new Date(Date.now() - DAY))).toEqual([{ field: 'dueAt', message: 'dueAt must be in the future', code: 'dateTimeFuture' }]);
    expect(await problemsOf(new Date('2020-01-01T00:00:00Z'))).toEqual([{ field: 'dueAt', message: 'dueAt must be in the future', code: 'dateTimeFuture' }]);
  });

  it('says the range for a past date out of it, and what a date is for no date, each alone', async () => {
    expect(await problemsOf(new Date('1999-12-31T23:00:00Z'))).toEqual([
      { field: 'dueAt', message: 'dueAt must be from 2000-01-01 to 2100-01-01 (UTC)', code: 'dateTimeRange', values: { from: '2000-01-01', to: '2100-01-01' } },
    ]);
    expect(await problemsOf(new Date(Number.NaN))).toEqual([
      { field: 'dueAt', message: 'dueAt must be a real date and time in ISO 8601 with a time zone, e.g. 2026-03-01T10:00:00Z', code: 'isIsoDateTime' },
    ]);
  });

  it('accepts a due date after now and before the range ends', async () => {
    expect(await problemsOf(new Date(Date.now() + DAY))).toEqual([]);
  });
});
