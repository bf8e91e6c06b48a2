import { escalationDeadline, timeUntil } from '../escalation-countdown';

const at = (iso: string) => Date.parse(iso);

describe('escalation deadline', () => {
  it('adds the operation escalation time to the creation of the task', () => {
    expect(escalationDeadline('2026-05-01T14:48:00.000Z', 15)).toBe('2026-05-01T15:03:00.000Z');
    // 1440 min is a full day, across midnight and the month end.
    expect(escalationDeadline('2026-05-31T23:30:00.000Z', 1440)).toBe('2026-06-01T23:30:00.000Z');
  });

  it('has none for an unreadable creation time', () => {
    expect(escalationDeadline('not a date', 15)).toBeNull();
  });
});

describe('time until the escalation', () => {
  const deadline = '2026-05-01T15:03:00.000Z';

  it('counts whole minutes under an hour, rounding up', () => {
    expect(timeUntil(deadline, at('2026-05-01T14:57:00.000Z'), 'en-GB')).toBe('in 6 minutes');
    // 6 min 20 s left still shows the seventh minute.
    expect(timeUntil(deadline, at('2026-05-01T14:56:40.000Z'), 'en-GB')).toBe('in 7 minutes');
    expect(timeUntil(deadline, at('2026-05-01T15:02:40.000Z'), 'en-GB')).toBe('in 1 minute');
    expect(timeUntil(deadline, at('2026-05-01T14:03:30.000Z'), 'en-GB')).toBe('in 60 minutes');
  });

  it('counts hours to the nearest from one hour', () => {
    expect(timeUntil(deadline, at('2026-05-01T14:03:00.000Z'), 'en-GB')).toBe('in 1 hour');
    // 1 h 50 min left.
    expect(timeUntil(deadline, at('2026-05-01T13:13:00.000Z'), 'en-GB')).toBe('in 2 hours');
    // 1 h 29 min left.
    expect(timeUntil(deadline, at('2026-05-01T13:34:00.000Z'), 'en-GB')).toBe('in 1 hour');
  });

  it('speaks the reader\'s language', () => {
    expect(timeUntil(deadline, at('2026-05-01T14:57:00.000Z'), 'de-DE')).toBe('in 6 Minuten');
  });

  it('has nothing to count once the deadline has passed', () => {
    expect(timeUntil(deadline, at('2026-05-01T15:03:00.000Z'), 'en-GB')).toBeNull();
    expect(timeUntil(deadline, at('2026-05-01T15:10:00.000Z'), 'en-GB')).toBeNull();
  });
});
