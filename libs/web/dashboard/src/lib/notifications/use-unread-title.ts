import { useEffect, useRef } from 'react';
import { UnreadTitle } from './unread-title';

/**
 * Shows the number of unread notifications in front of the tab's title ("(3) Danube Route · Task-force workspace")
 * while mounted, following the titles pages set (watched on `<head>`); `unread` null means not loaded yet (no count).
 * On unmount the page's own title comes back.
 */
export function useUnreadCountInTitle(unread: number | null): void {
  const title = useRef<UnreadTitle | null>(null);

  useEffect(() => {
    const current = new UnreadTitle(document);
    title.current = current;
    const observer = new MutationObserver(() => current.titleChanged());
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      current.restore();
      title.current = null;
    };
  }, []);

  useEffect(() => {
    title.current?.setCount(unread ?? 0);
  }, [unread]);
}
