import { isInQuietHours, isTimeZone, localMinutes } from '../quiet-hours';

describe('quiet hours', () => {
  // 2026-01-15 21:30 UTC is 23:30 in Bucharest (UTC+2 in winter) and 06:30 next day in Tokyo (UTC+9).
  const instant = new Date('2026-01-15T21:30:00Z');

  it('reads local time in the person’s time zone', () => {
    expect(localMinutes(instant, 'UTC')).toBe(21 * 60 + 30);
    expect(localMinutes(instant, 'Europe/Bucharest')).toBe(23 * 60 + 30);
    expect(localMinutes(instant, 'Asia/Tokyo')).toBe(6 * 60 + 30);
  });

  it('handles a window that wraps midnight (22:00–07:00)', () => {
    expect(isInQuietHours(instant, '22:00', '07:00', 'Europe/Bucharest')).toBe(true);
    expect(isInQuietHours(instant, '22:00', '07:00', 'Asia/Tokyo')).toBe(true);
    expect(isInQuietHours(instant, '22:00', '07:00', 'UTC')).toBe(false);
  });

  it('handles a same-day window, end excluded', () => {
    expect(isInQuietHours(instant, '21:00', '21:30', 'UTC')).toBe(false);
    expect(isInQuietHours(instant, '21:00', '21:31', 'UTC')).toBe(true);
  });

  it('is off when unset or empty', () => {
    expect(isInQuietHours(instant, null, null, 'UTC')).toBe(false);
    expect(isInQuietHours(instant, '21:00', '21:00', 'UTC')).toBe(false);
  });

  it('knows real time zones only', () => {
    expect(isTimeZone('Europe/Bucharest')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
