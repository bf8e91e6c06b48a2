/** Messages a socket may send per second, sustained. */
export const SOCKET_MESSAGES_PER_SECOND = 20;
/** Messages a socket may send in one burst. */
export const SOCKET_MESSAGE_BURST = 40;
/** Refusals within REFUSAL_WINDOW_MS after which the socket is disconnected. */
export const MAX_REFUSALS = 5;
export const REFUSAL_WINDOW_MS = 10_000;

/**
 * Token bucket for one socket's inbound messages (SOCKET_MESSAGES_PER_SECOND sustained, SOCKET_MESSAGE_BURST
 * at once), plus a count of recent refusals so a client that keeps flooding can be cut off. Time in ms.
 */
export class SocketRateLimiter {
  private tokens = SOCKET_MESSAGE_BURST;
  private refusals: number[] = [];

  constructor(private last: number) {}

  /** 'ok' to accept a message at `now`, 'refused' to drop it, 'disconnect' when the client keeps flooding. */
  take(now: number): 'ok' | 'refused' | 'disconnect' {
    this.tokens = Math.min(SOCKET_MESSAGE_BURST, this.tokens + ((now - this.last) / 1000) * SOCKET_MESSAGES_PER_SECOND);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 'ok';
    }
    this.refusals = [...this.refusals.filter((t) => now - t < REFUSAL_WINDOW_MS), now];
    return this.refusals.length >= MAX_REFUSALS ? 'disconnect' : 'refused';
  }
}
