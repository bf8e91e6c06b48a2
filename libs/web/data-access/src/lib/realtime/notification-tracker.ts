/** The identity of a notification as far as replay and de-duplication go. */
export interface NotificationMark {
  id: string;
  /** ISO 8601 (UTC), from the server. */
  createdAt: string;
}

/** The part of the Web Storage API the tracker needs (sessionStorage in the browser, a map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface StoredState {
  last: NotificationMark | null;
  seen: string[];
}

/** How many notification ids are remembered for de-duplication (the newest ones). */
const DEFAULT_MEMORY = 200;

const STORAGE_PREFIX = 'taskforce.notifications.';

function isMark(value: unknown): value is NotificationMark {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<NotificationMark>;
  return typeof candidate.id === 'string' && typeof candidate.createdAt === 'string';
}

function time(iso: string): number {
  const value = Date.parse(iso);
  return Number.isFinite(value) ? value : Number.NEGATIVE_INFINITY;
}

/**
 * Remembers, for one person in one tab, the newest notification seen (sent back as `lastNotificationId` on every
 * socket (re)connection so the server replays what was missed) and the ids already shown, so a notification that
 * arrives twice around a reconnection is toasted and counted once. Kept in memory and in sessionStorage (so a
 * reload of the tab keeps it; another tab has its own socket and its own state).
 */
export class NotificationTracker {
  private last: NotificationMark | null = null;
  private readonly seen: string[] = [];
  private readonly seenSet = new Set<string>();

  constructor(
    readonly userId: string,
    private readonly storage: KeyValueStorage | null,
    private readonly memory = DEFAULT_MEMORY,
  ) {
    this.restore();
  }

  /** The id to send as `lastNotificationId`, or undefined when nothing has been seen yet. */
  lastId(): string | undefined {
    return this.last?.id;
  }

  /** True when a notification with this id was already accepted. */
  hasSeen(id: string): boolean {
    return this.seenSet.has(id);
  }

  /**
   * Records a notification pushed by the server. Returns false for a duplicate (already accepted: do not toast or
   * count it again). Socket notifications arrive oldest first, so an equal timestamp also moves the mark forward.
   */
  accept(notification: NotificationMark): boolean {
    if (this.seenSet.has(notification.id)) return false;
    this.remember(notification.id);
    if (!this.last || time(notification.createdAt) >= time(this.last.createdAt)) {
      this.last = { id: notification.id, createdAt: notification.createdAt };
    }
    this.persist();
    return true;
  }

  /**
   * Notes a notification seen another way (e.g. the newest one of a list fetched from the server): it becomes the
   * replay mark only when strictly newer than the current one, and is never toasted if pushed later.
   */
  noteSeen(notification: NotificationMark): void {
    this.remember(notification.id);
    if (!this.last || time(notification.createdAt) > time(this.last.createdAt)) {
      this.last = { id: notification.id, createdAt: notification.createdAt };
    }
    this.persist();
  }

  private remember(id: string): void {
    if (this.seenSet.has(id)) return;
    this.seen.push(id);
    this.seenSet.add(id);
    while (this.seen.length > this.memory) {
      const dropped = this.seen.shift();
      if (dropped !== undefined) this.seenSet.delete(dropped);
    }
  }

  private key(): string {
    return `${STORAGE_PREFIX}${this.userId}`;
  }

  private restore(): void {
    if (!this.storage) return;
    try {
      const raw = this.storage.getItem(this.key());
      if (!raw) return;
      const parsed = JSON.parse(raw) as Partial<StoredState>;
      if (isMark(parsed.last)) this.last = { id: parsed.last.id, createdAt: parsed.last.createdAt };
      if (Array.isArray(parsed.seen)) {
        for (const id of parsed.seen) if (typeof id === 'string') this.remember(id);
      }
    } catch {
      // Unreadable or foreign data: start afresh.
    }
  }

  private persist(): void {
    if (!this.storage) return;
    const state: StoredState = { last: this.last, seen: this.seen };
    try {
      this.storage.setItem(this.key(), JSON.stringify(state));
    } catch {
      // Private mode or a full quota: the memory copy still works for this page.
    }
  }
}

const trackers = new Map<string, NotificationTracker>();

function sessionStorageOrNull(): KeyValueStorage | null {
  try {
    return typeof window !== 'undefined' && window.sessionStorage ? window.sessionStorage : null;
  } catch {
    return null;
  }
}

/** The tracker of this person in this tab (one per user id, so signing in as someone else starts afresh). */
export function notificationTrackerFor(userId: string): NotificationTracker {
  let tracker = trackers.get(userId);
  if (!tracker) {
    tracker = new NotificationTracker(userId, sessionStorageOrNull());
    trackers.set(userId, tracker);
  }
  return tracker;
}
