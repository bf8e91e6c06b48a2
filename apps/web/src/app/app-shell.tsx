import { StepUpDialog } from '@taskforce/web-auth';
import { AppHeader } from '@taskforce/web-dashboard';
import { useLingui } from '@taskforce/web-ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { SectionNav } from './section-nav';

interface AppShellProps {
  /** Changes when the page changes. */
  routeKey: string;
  /** Message id of the page's document title, or null for pages that set their own once their data has arrived. */
  title: string | null;
  children: ReactNode;
}

/**
 * The frame of every signed-in page: a skip link, the header, the section links (Dashboard, Leads, Approvals)
 * the main region, and the step-up dialog (password or code again before a sensitive action). When the page changes,
 * focus moves to the main region so keyboard and screen-reader users start at the new content.
 */
export function AppShell({ routeKey, title, children }: AppShellProps) {
  const mainRef = useRef<HTMLElement>(null);
  const shownKey = useRef(routeKey);
  const { _ } = useLingui();

  useEffect(() => {
    if (title) document.title = _('app.documentTitle', { page: _(title) });
    if (shownKey.current === routeKey) return;
    shownKey.current = routeKey;
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [routeKey, title, _]);

  return (
    <>
      <a className="tf-skip-link" href="#main">
        {_('shell.skipToMain')}
      </a>
      <AppHeader />
      <SectionNav />
      <main id="main" ref={mainRef} tabIndex={-1} className="tf-main">
        {children}
      </main>
      <StepUpDialog />
    </>
  );
}
