import { useQuery } from '@apollo/client/react';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from '@taskforce/web-data-access';
import { classNames, useLingui, type MessageRef } from '@taskforce/web-ui';
import { useEffect, useId, useRef, useState } from 'react';
import { NotificationPanel } from './notification-panel';
import { unreadCountAnnouncement } from './unread-title';
import { useUnreadCountInTitle } from './use-unread-title';

/**
 * The bell in the header: shows the unread count (data-testid="unread-count", the number as text; also in front of
 * the tab's title) and opens the notification panel. Escape or a click outside closes the panel and gives focus back
 * to the bell. A fall of the count is spoken politely (data-testid="unread-announcement"); a new notification is
 * spoken by its toast instead.
 */
export function NotificationBell() {
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const count = data?.unreadNotificationCount ?? 0;
  const loaded = data !== undefined;
  useUnreadCountInTitle(loaded ? count : null);
  const { _ } = useLingui();
  const [announcement, setAnnouncement] = useState<MessageRef | null>(null);
  const previousCount = useRef<number | null>(null);

  useEffect(() => {
    if (!loaded) return;
    setAnnouncement(unreadCountAnnouncement(previousCount.current, count));
    previousCount.current = count;
  }, [loaded, count]);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  return (
    <div className="tf-bell" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className={classNames('tf-bell__button', count > 0 && 'tf-bell__button--unread')}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={loaded ? _('notifications.bellWithCount', { count }) : _('notifications.title')}
        onClick={() => setOpen((current) => !current)}
        data-testid="notification-bell"
      >
        <svg className="tf-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.8A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm0 18a2.5 2.5 0 0 0 2.4-2h-4.8A2.5 2.5 0 0 0 12 21Z" />
        </svg>
        {loaded && (
          <span className="tf-bell__count" data-testid="unread-count" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      <span className="tf-visually-hidden" role="status" data-testid="unread-announcement">
        {announcement ? _(announcement.id, announcement.values) : ''}
      </span>
      {open && <NotificationPanel id={panelId} unreadCount={count} onNavigate={() => setOpen(false)} />}
    </div>
  );
}
