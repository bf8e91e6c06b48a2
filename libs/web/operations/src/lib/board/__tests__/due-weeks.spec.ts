import { groupByDueWeek, isoWeekKey, isoWeekMonday, isoWeekOf } from '../due-weeks';

/** Noon of a local calendar day: the day is the same in every time zone the reader may be in. */
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe('ISO 8601 weeks', () => {
  // Worked out by hand from the rule "week 1 holds the year's first Thursday", with the weekdays of 1 January
  // (2021 Friday, 2025 Wednesday, 2026 Thursday, 2027 Friday).
  it.each([
    [day(2026, 1, 1), '2026-W01'], // a Thursday: week 1 of its own year
    [day(2025, 12, 29), '2026-W01'], // the Monday of that week, still in 2025
    [day(2025, 12, 28), '2025-W52'], // the Sunday before
    [day(2024, 12, 30), '2025-W01'], // 2025 starts on a Wednesday: its week 1 starts on 30 December 2024
    [day(2021, 1, 3), '2020-W53'], // 2020 (leap, starting Wednesday) has 53 weeks
    [day(2027, 1, 1), '2026-W53'], // 2026 starts on a Thursday: 53 weeks, 1 January 2027 is in the last
    [day(2026, 6, 15), '2026-W25'], // 168 days after Monday 29 December 2025: 24 weeks later
    [day(2026, 6, 21), '2026-W25'], // its Sunday
  ])('%s is in %s', (date, key) => {
    expect(isoWeekKey(isoWeekOf(date))).toBe(key);
  });

  it('starts each week on its Monday', () => {
    expect(isoWeekMonday({ year: 2026, week: 1 }).toDateString()).toBe(new Date(2025, 11, 29).toDateString());
    expect(isoWeekMonday({ year: 2020, week: 53 }).toDateString()).toBe(new Date(2020, 11, 28).toDateString());
    expect(isoWeekMonday({ year: 2026, week: 25 }).toDateString()).toBe(new Date(2026, 5, 15).toDateString());
  });
});

describe('tasks grouped by the week they are due', () => {
  const now = day(2026, 6, 10); // a Wednesday of 2026-W24
  const task = (title: string, dueAt: Date | null, status = 'OPEN') => ({ title, dueAt: dueAt?.toISOString() ?? null, status: status as 'OPEN' });

  it('puts overdue first, then each week in time order, then no due date', () => {
    const tasks = [
      task('next year', day(2027, 1, 1)),
      task('undated A', null),
      task('late', day(2026, 6, 1)),
      task('this week', day(2026, 6, 12)),
      task('done last week', day(2026, 6, 2), 'DONE'),
      task('next week, Sunday', day(2026, 6, 21)),
      task('next week, Monday', day(2026, 6, 15)),
      task('cancelled, late', day(2026, 5, 20), 'CANCELLED'),
      task('undated B', null),
      task('later today', new Date(now.getTime() + 3600_000)),
    ];
    const groups = groupByDueWeek(tasks, now).map((g) => [g.key, g.tasks.map((t) => t.title)]);
    expect(groups).toEqual([
      ['overdue', ['late']],
      ['2026-W21', ['cancelled, late']],
      ['2026-W23', ['done last week']],
      ['2026-W24', ['later today', 'this week']],
      ['2026-W25', ['next week, Monday', 'next week, Sunday']],
      ['2026-W53', ['next year']],
      ['no-due-date', ['undated A', 'undated B']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupByDueWeek([], now)).toEqual([]);
    expect(groupByDueWeek([task('undated', null)], now).map((g) => g.kind)).toEqual(['none']);
  });
});
