import { skipToken, useQuery } from '@apollo/client/react';
import { ME_QUERY, useRealtime, useLogout, useSession, type RealtimeStatus } from '@taskforce/web-data-access';
import { Button, labelOf, Link, ROLE_LABELS } from '@taskforce/web-ui';
import { useState } from 'react';
import { NotificationBell } from '../notifications/notification-bell';
import { useLiveNotifications } from '../notifications/use-live-notifications';

const LIVE_LABELS: Record<RealtimeStatus, string> = {
  live: 'Live',
  connecting: 'Reconnecting…',
  offline: 'Offline',
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

  if (!session) return null;
  const user = me.data?.me ?? session.user;
  const country = user.agency.countryName ?? user.agency.country;

  const onLogout = async () => {
    setLoggingOut(true);
    await logout();
  };

  return (
    <header className="tf-app-header">
      <div className="tf-app-header__inner">
        <Link to="/" className="tf-brand">
          <span className="tf-brand__mark" aria-hidden="true" />
          <span>Task-force workspace</span>
        </Link>
        <span className={`tf-live tf-live--${status}`} role="status" data-testid="live-status">
          <span className="tf-live__dot" aria-hidden="true" />
          {LIVE_LABELS[status]}
        </span>
        <div className="tf-app-header__spacer" />
        <div className="tf-user" data-testid="current-user" data-user-id={user.id} data-agency-id={user.agency.id}>
          <span className="tf-user__name">{user.displayName}</span>
          <span className="tf-user__agency">
            <abbr title={user.agency.name}>{user.agency.acronym}</abbr>
            {country ? ` · ${country}` : ''}
            {user.roles.length > 0 && ` · ${user.roles.map((role) => labelOf(ROLE_LABELS, role)).join(', ')}`}
          </span>
        </div>
        <NotificationBell />
        <Button variant="ghost" onClick={onLogout} busy={loggingOut} data-testid="logout">
          Log out
        </Button>
      </div>
    </header>
  );
}
