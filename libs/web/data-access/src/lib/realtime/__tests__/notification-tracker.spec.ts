import { NotificationTracker, type KeyValueStorage } from '../notification-tracker';

class MapStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

const n = (id: string, createdAt: string) => ({ id, createdAt });

describe('NotificationTracker', () => {
  it('has no replay mark until something was seen', () => {
    expect(new NotificationTracker('u1', null).lastId()).toBeUndefined();
  });

  it('accepts each notification once, so a resend around a reconnection is dropped', () => {
    const tracker = new NotificationTracker('u1', null);
    expect(tracker.accept(n('a', '2026-05-01T10:00:00.000Z'))).toBe(true);
    expect(tracker.accept(n('b', '2026-05-01T10:01:00.000Z'))).toBe(true);
    expect(tracker.accept(n('a', '2026-05-01T10:00:00.000Z'))).toBe(false);
    expect(tracker.accept(n('b', '2026-05-01T10:01:00.000Z'))).toBe(false);
    expect(tracker.lastId()).toBe('b');
  });

  it('moves the mark to the latest pushed notification, also on equal timestamps (same transaction)', () => {
    const tracker = new NotificationTracker('u1', null);
    tracker.accept(n('a', '2026-05-01T10:00:00.000Z'));
    tracker.accept(n('b', '2026-05-01T10:00:00.000Z'));
    expect(tracker.lastId()).toBe('b');
    // An older one arriving late does not move the mark back.
    tracker.accept(n('old', '2026-04-30T10:00:00.000Z'));
    expect(tracker.lastId()).toBe('b');
  });

  it('takes a listed notification as the mark only when strictly newer, and never toasts it later', () => {
    const tracker = new NotificationTracker('u1', null);
    tracker.noteSeen(n('listed', '2026-05-01T09:00:00.000Z'));
    expect(tracker.lastId()).toBe('listed');
    tracker.accept(n('live', '2026-05-01T09:30:00.000Z'));
    tracker.noteSeen(n('same-time', '2026-05-01T09:30:00.000Z'));
    expect(tracker.lastId()).toBe('live');
    expect(tracker.accept(n('listed', '2026-05-01T09:00:00.000Z'))).toBe(false);
  });

  it('keeps its state per person in storage, so a reload of the tab resumes from the same mark', () => {
    const storage = new MapStorage();
    const first = new NotificationTracker('u1', storage);
    first.accept(n('a', '2026-05-01T10:00:00.000Z'));
    const again = new NotificationTracker('u1', storage);
    expect(again.lastId()).toBe('a');
    expect(again.accept(n('a', '2026-05-01T10:00:00.000Z'))).toBe(false);
    expect(new NotificationTracker('u2', storage).lastId()).toBeUndefined();
  });

  it('remembers a bounded number of ids and ignores unreadable storage', () => {
    const storage = new MapStorage();
    const tracker = new NotificationTracker('u1', storage, 3);
    for (const id of ['a', 'b', 'c', 'd']) tracker.accept(n(id, `2026-05-01T10:00:0${id.charCodeAt(0) - 97}.000Z`));
    expect(tracker.hasSeen('a')).toBe(false);
    expect(tracker.hasSeen('d')).toBe(true);
    storage.setItem('taskforce.notifications.u9', '{not json');
    expect(new NotificationTracker('u9', storage).lastId()).toBeUndefined();
  });
});
