import type { PresenceViewer } from './socket-events';

/** One change to who is viewing an operation: the whole list (`presence`), a person in (`presence.joined`) or out (`presence.left`, by user id). */
export type PresenceChange = { viewers: readonly PresenceViewer[] } | { joined: PresenceViewer } | { left: string };

/**
 * The viewers after a change, one entry per person, sorted by display name (then user id): a snapshot replaces the
 * list; a person who joins again (another tab) stays once, with the newest name; a person who leaves is removed
 * (unknown ids change nothing). Never mutates `current`.
 */
export function applyPresenceChange(current: readonly PresenceViewer[], change: PresenceChange): PresenceViewer[] {
  const byUser = new Map<string, PresenceViewer>();
  if ('viewers' in change) for (const v of change.viewers) byUser.set(v.userId, v);
  else {
    for (const v of current) byUser.set(v.userId, v);
    if ('joined' in change) byUser.set(change.joined.userId, change.joined);
    else byUser.delete(change.left);
  }
  return [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
