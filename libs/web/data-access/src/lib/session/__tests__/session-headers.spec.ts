import { idleSeconds, readCsrfToken } from '../session-headers';

describe('cookie session headers of the web client', () => {
  it('reads the CSRF token from the readable cookie, with or without the __Host- prefix', () => {
    expect(readCsrfToken('theme=dark; __Host-taskforce-csrf=abc.def; other=1')).toBe('abc.def');
    expect(readCsrfToken('taskforce-csrf=xyz.uvw')).toBe('xyz.uvw');
    expect(readCsrfToken('theme=dark')).toBeUndefined();
    expect(readCsrfToken('')).toBeUndefined();
  });

  it('counts whole seconds since the page was last used, never below zero', () => {
    const now = Date.now();
    expect(idleSeconds(now + 90_500)).toBeGreaterThanOrEqual(90);
    expect(idleSeconds(now + 90_500)).toBeLessThanOrEqual(91);
    expect(idleSeconds(now - 10_000)).toBe(0);
  });
});
