import { SocketRateLimiter } from '../socket-rate-limit';

describe('SocketRateLimiter (burst 40, 20 per second, cut off after 5 refusals in 10 s)', () => {
  it('accepts a burst of 40 at once and refuses the 41st', () => {
    const limiter = new SocketRateLimiter(0);
    const results = Array.from({ length: 41 }, () => limiter.take(0));
    expect(results.filter((r) => r === 'ok')).toHaveLength(40);
    expect(results[40]).toBe('refused');
  });

  it('refills 20 tokens per second: after an empty bucket, 500 ms later exactly 10 more pass', () => {
    const limiter = new SocketRateLimiter(0);
    for (let i = 0; i < 40; i++) limiter.take(0);
    const results = Array.from({ length: 11 }, () => limiter.take(500));
    expect(results.filter((r) => r === 'ok')).toHaveLength(10);
  });

  it('asks to disconnect on the 5th refusal within 10 s, not before', () => {
    const limiter = new SocketRateLimiter(0);
    for (let i = 0; i < 40; i++) limiter.take(0);
    expect([1, 2, 3, 4].map(() => limiter.take(0))).toEqual(['refused', 'refused', 'refused', 'refused']);
    expect(limiter.take(0)).toBe('disconnect');
  });

  it('forgets refusals older than 10 s', () => {
    const limiter = new SocketRateLimiter(0);
    for (let i = 0; i < 40; i++) limiter.take(0);
    for (let i = 0; i < 4; i++) limiter.take(0);
    // 11 s later the bucket is full again; drain it at that instant and get refused once: only 1 recent refusal
    for (let i = 0; i < 40; i++) limiter.take(11_000);
    expect(limiter.take(11_000)).toBe('refused');
  });
});
