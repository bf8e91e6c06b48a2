import { skipToken, useQuery } from '@apollo/client/react';
import { ME_QUERY, useRealtime, useLogout, useSession, type RealtimeStatus } from '@taskforce/web-data-access';
import { Button, countryName, formatList, labelFrom, LanguageSwitch, Link, messageId, pathTo, ROLE_LABEL_IDS, useLingui } from '@taskforce/web-ui';
import { useState } from 'react';
import { NotificationBell } from '../notifications/notification-bell';
import { HeaderSearch } from './header-search';
import { useLiveNotifications } from '../notifications/use-live-notifications';
import { usePersonLanguage } from './use-person-language';

const LIVE_LABELS: Record<RealtimeStatus, string> = {
  live: messageId('header.live'),
  connecting: messageId('header.reconnecting'),
  offline: messageId('header.offline'),
};

/**
 * The top bar of every signed-in page: the workspace name, the live-connection state, the person and their
 * agency, the notification bell and the logout button. It also keeps live notifications (toasts) running.
 */
export function AppHeader() {
  const session = useSession();
  // The stored profile shows at once; the server's copy replaces it (roles or agency may have changed).
  const me = useQuery(ME_QUERY, session ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const { status } = useRealtime();
  const logout = useLogout();
  const [loggingOut, setLoggingOut] = useState(false);
  useLiveNotifications();
  const storeLanguage = usePersonLanguage();
  const { _ } = useLingui();

  if (!session) return null;
  const user = me.data?.me ?? session.user;
  const country = user.agency.country ? countryName(user.agency.country) : null;

  const onLogout = async () => {
    setLoggingOut(true);
    await logout();
  };

  return (
    <header className="tf-app-header">
      <div className="tf-app-header__inner">
        <Link to={pathTo('dashboard')} className="tf-brand">
          <span className="tf-brand__mark" aria-hidden="true" />
          <span className="tf-brand__name">
            {_('header.brandShort')}
            <span className="tf-brand__long"> {_('header.brandLong')}</span>
          </span>
        </Link>
        <span className={`tf-live tf-live--${status}`} role="status" data-testid="live-status">
          <span className="tf-live__dot" aria-hidden="true" />
          {_(LIVE_LABELS[status])}
        </span>
        <div className="tf-app-header__spacer" />
        <HeaderSearch />
        <div className="tf-user" data-testid="current-user" data-user-id={user.id} data-agency-id={user.agency.id}>
          <span className="tf-user__name">{user.displayName}</span>
          <span className="tf-user__agency">
            <abbr title={user.agency.name}>{user.agency.acronym}</abbr>
            {country ? ` · ${country}` : ''}
            {user.roles.length > 0 && ` · ${formatList(user.roles.map((role) => labelFrom(_, ROLE_LABEL_IDS, role)), 'unit')}`}
          </span>
        </div>
        <div className="tf-app-header__actions">
          <LanguageSwitch onChosen={storeLanguage} />
          <NotificationBell />
          <Link
            to={pathTo('notificationSettings')}
            className="tf-header-link"
            aria-label={_('page.notificationSettings')}
            title={_('page.notificationSettings')}
            data-testid="notification-settings-link"
          >
            <svg className="tf-header-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M19.4 13a7.6 7.6 0 0 0 0-2l2-1.6a.5.5 0 0 0 .1-.6l-1.9-3.3a.5.5 0 0 0-.6-.2l-2.4 1a7.3 7.3 0 0 0-1.7-1l-.4-2.5a.5.5 0 0 0-.5-.4h-3.8a.5.5 0 0 0-.5.4l-.4 2.5a7.3 7.3 0 0 0-1.7 1l-2.4-1a.5.5 0 0 0-.6.2L2.5 8.8a.5.5 0 0 0 .1.6l2 1.6a7.6 7.6 0 0 0 0 2l-2 1.6a.5.5 0 0 0-.1.6l1.9 3.3c.1.2.4.3.6.2l2.4-1c.5.4 1.1.7 1.7 1l.4 2.5c0 .2.2.4.5.4h3.8c.3 0 .5-.2.5-.4l.4-2.5c.6-.3 1.2-.6 1.7-1l2.4 1c.2.1.5 0 .6-.2l1.9-3.3a.5.5 0 0 0-.1-.6Zm-7.4 2.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z" />
            </svg>
            <span className="tf-header-link__text">{_('header.settings')}</span>
          </Link>
          <Link to={pathTo('securitySettings')} className="tf-header-link" title={_('header.securityTitle')} data-testid="security-settings-link">
            <span className="tf-header-link__text">{_('page.security')}</span>
          </Link>
          <Button variant="ghost" onClick={onLogout} busy={loggingOut} data-testid="logout">
            {_('header.logOut')}
          </Button>
        </div>
      </div>
    </header>
  );
}
