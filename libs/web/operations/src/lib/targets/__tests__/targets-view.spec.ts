import { formatDuration, formatOnTime, progressPercent, validateTargetForm } from '../targets-view';

describe('targets view helpers', () => {
  it('formats durations in minutes, hours and days', () => {
    expect(formatDuration(null)).toEqual({ id: 'targets.duration.none' });
    expect(formatDuration(20 * 60_000)).toEqual({ id: 'targets.duration.minutes', values: { minutes: 20 } });
    expect(formatDuration(3 * 3_600_000)).toEqual({ id: 'targets.duration.hours', values: { hours: 3 } });
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000)).toEqual({ id: 'targets.duration.hoursMinutes', values: { hours: 3, minutes: 20 } });
    // 52 h = 2 days and 4 hours; 72 h = 3 days exactly.
    expect(formatDuration(52 * 3_600_000)).toEqual({ id: 'targets.duration.daysHours', values: { days: 2, hours: 4 } });
    expect(formatDuration(72 * 3_600_000)).toEqual({ id: 'targets.duration.days', values: { days: 3 } });
  });

  it('formats the on-time rate with its denominator', () => {
    // 2 of 3 on time: 66.7 %, shown rounded to 67.
    expect(formatOnTime({ onTime: 2, late: 1, denominator: 3, excluded: 0, rate: 2 / 3 })).toEqual({
      id: 'targets.onTime.rate',
      values: { percent: 67, onTime: 2, denominator: 3 },
    });
    expect(formatOnTime({ onTime: 0, late: 0, denominator: 0, excluded: 4, rate: null })).toEqual({ id: 'targets.onTime.none' });
    expect(progressPercent(1.4)).toBe(100);
    expect(progressPercent(0.6)).toBe(60);
  });

  it('names each invalid field of the target form', () => {
    expect(validateTargetForm({ periodStart: '2026-01-01', periodEnd: '2026-03-31', target: '20' })).toEqual({});
    expect(validateTargetForm({ periodStart: '2026-04-01', periodEnd: '2026-03-31', target: '0' })).toEqual({
      periodEnd: 'targets.error.periodOrder',
      target: 'targets.error.target',
    });
    expect(Object.keys(validateTargetForm({ periodStart: '', periodEnd: '', target: 'x' }))).toEqual(['periodStart', 'periodEnd', 'target']);
  });
});
