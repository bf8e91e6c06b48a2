import type { PresenceViewer } from './socket-events';

/**
 * One change to who is viewing an operation: the whole list (`presence`), people in (`presence.joined`) or out
 * (`presence.left`, by user id).
 */
export type PresenceChange = { viewers: readonly PresenceViewer[] } | { joined: readonly PresenceViewer[] } | { left: readonly string[] };

/**
 * The viewers after a change, one entry per person, sorted by display name (then user id): a snapshot replaces the
 * list; people who join are added once each (someone already listed stays once, with the newest name); people who
 * leave are removed (unknown ids change nothing). Applying the same change twice gives the same list. Never mutates
 * `current`.
 */
export function applyPresenceChange(current: readonly PresenceViewer[], change: PresenceChange): PresenceViewer[] {
  const byUser = new Map<string, PresenceViewer>();
  if ('viewers' in change) for (const v of change.viewers) byUser.set(v.userId, v);
  else {
    for (const v of current) byUser.set(v.userId, v);
    if ('joined' in change) for (const v of change.joined) byUser.set(v.userId, v);
    else for (const userId of change.left) byUser.delete(userId);
  }
  return [...byUser.values()].sort((a, b) => a.displayName.localeCompare(b.displayName) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
