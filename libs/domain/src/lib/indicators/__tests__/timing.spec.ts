/** median, tasks done on time, median time from a lead to its first action. */
import { median, medianLeadToFirstAction, onTimeRate } from '../timing';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3); // sorted 1 3 5
    expect(median([4, 1, 3, 2])).toBe(2.5); // sorted 1 2 3 4 → (2 + 3) / 2
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 7])).toBe(7);
  });
});

describe('onTimeRate', () => {
  it('counts DONE tasks with a due date, done at or before it', () => {
    const r = onTimeRate([
      { status: 'DONE', dueAt: '2025-03-10T17:00:00Z', completedAt: '2025-03-09T12:00:00Z' }, // on time
      { status: 'DONE', dueAt: '2025-03-10T17:00:00Z', completedAt: '2025-03-10T17:00:00Z' }, // exactly at due: on time
      { status: 'DONE', dueAt: '2025-03-10T17:00:00Z', completedAt: '2025-03-10T19:00:00+01:00' }, // 18:00Z: late
      { status: 'OPEN', dueAt: '2025-03-01T00:00:00Z' }, // open, overdue: not counted
      { status: 'CANCELLED', dueAt: '2025-03-01T00:00:00Z', completedAt: '2025-03-02T00:00:00Z' },
      { status: 'DONE', completedAt: '2025-03-02T00:00:00Z' }, // no due date
      { status: 'DONE', dueAt: '2025-03-10', completedAt: '2025-03-02T00:00:00Z' }, // due date without a zone
    ]);
    // on time 2, late 1 → 2 / 3
    expect(r).toEqual({ onTime: 2, late: 1, denominator: 3, excluded: 4, rate: 2 / 3 });
    expect(onTimeRate([]).rate).toBeNull();
  });
});

describe('medianLeadToFirstAction', () => {
  it('is the median of the hours between lead and first action, over leads that have one', () => {
    const r = medianLeadToFirstAction([
      { recordedAt: '2025-01-01T00:00:00Z', firstActionAt: '2025-01-01T06:00:00Z' }, // 6 h
      { recordedAt: '2025-01-02T00:00:00Z', firstActionAt: '2025-01-02T10:00:00Z' }, // 10 h
      { recordedAt: '2025-01-02T22:00:00Z', firstActionAt: '2025-01-03T03:00:00+02:00' }, // 01:00Z next day: 3 h
      { recordedAt: '2025-01-04T00:00:00Z', firstActionAt: null }, // no action yet
      { recordedAt: '2025-01-05T00:00:00Z', firstActionAt: '2025-01-04T00:00:00Z' }, // before the lead: not measured
    ]);
    // sorted 3 6 10 → 6
    expect(r).toEqual({ medianHours: 6, measured: 3, withoutAction: 2 });
  });
});
