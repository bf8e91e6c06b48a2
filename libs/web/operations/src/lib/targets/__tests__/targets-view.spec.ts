import { formatDuration, formatOnTime, progressPercent, validateTargetForm } from '../targets-view';

describe('targets view helpers', () => {
  it('formats durations in minutes, hours and days', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(20 * 60_000)).toBe('20 min');
    expect(formatDuration(3 * 3_600_000)).toBe('3 h');
    expect(formatDuration(3 * 3_600_000 + 20 * 60_000)).toBe('3 h 20 min');
    expect(formatDuration(52 * 3_600_000)).toBe('2 d 4 h');
  });

  it('formats the on-time rate with its denominator', () => {
    expect(formatOnTime({ onTime: 2, late: 1, denominator: 3, excluded: 0, rate: 2 / 3 })).toBe('67 % (2 of 3)');
    expect(formatOnTime({ onTime: 0, late: 0, denominator: 0, excluded: 4, rate: null })).toMatch(/^—/);
    expect(progressPercent(1.4)).toBe(100);
    expect(progressPercent(0.6)).toBe(60);
  });

  it('names each invalid field of the target form', () => {
    expect(validateTargetForm({ periodStart: '2026-01-01', periodEnd: '2026-03-31', target: '20' })).toEqual({});
    expect(validateTargetForm({ periodStart: '2026-04-01', periodEnd: '2026-03-31', target: '0' })).toEqual({
      periodEnd: 'The period must end on or after its first day.',
      target: 'Enter a whole number greater than 0.',
    });
    expect(Object.keys(validateTargetForm({ periodStart: '', periodEnd: '', target: 'x' }))).toEqual(['periodStart', 'periodEnd', 'target']);
  });
});
