import { messageId, type MessageRef } from '@taskforce/web-ui';

/** Above this many unread notifications the title shows "(99+)". */
export const MAX_COUNT_IN_TITLE = 99;

/**
 * The document title with the number of unread notifications in front — "(3) Danube Route · Task-force workspace",
 * "(99+) …" above 99 — or the title alone when nothing is unread.
 */
export function titleWithUnreadCount(title: string, unread: number): string {
  if (!(unread > 0)) return title;
  const shown = unread > MAX_COUNT_IN_TITLE ? `${MAX_COUNT_IN_TITLE}+` : String(Math.floor(unread));
  return `(${shown}) ${title}`;
}

/** What holds the title: `document` in the browser, a plain object in tests. */
export interface TitleHolder {
  title: string;
}

/**
 * Keeps the unread count in front of the document title while pages keep setting their own titles: a title that is
 * not the one written here last was set by a page and becomes the title the count is put in front of.
 */
export class UnreadTitle {
  private base: string;
  private written: string | null = null;
  private count = 0;

  constructor(private readonly holder: TitleHolder) {
    this.base = holder.title;
  }

  /** Shows `count` unread notifications in the title (none at 0). */
  setCount(count: number): void {
    this.count = count;
    this.apply();
  }

  /** To call whenever the title may have changed (a page set its own): the count goes back in front of it. */
  titleChanged(): void {
    if (this.holder.title === this.written) return;
    this.base = this.holder.title;
    this.apply();
  }

  /** Takes the count out of the title (on sign-out), leaving the page's own title. */
  restore(): void {
    if (this.holder.title === this.written) this.holder.title = this.base;
    this.written = null;
  }

  private apply(): void {
    const next = titleWithUnreadCount(this.base, this.count);
    this.written = next;
    if (this.holder.title !== next) this.holder.title = next;
  }
}

/**
 * What the bell says to screen readers when the unread count changes from `previous` to `current`: a fall (the
 * person read something) is spoken; a rise is left to the toast of the new notification, which says what it is, so
 * nothing is said twice (`notifications.unreadAnnouncement`, an ICU plural on `count`). Null when there is nothing
 * to say.
 */
export function unreadCountAnnouncement(previous: number | null, current: number): MessageRef | null {
  if (previous === null || current >= previous) return null;
  return { id: messageId('notifications.unreadAnnouncement'), values: { count: current } };
}
