import { useSession } from '@taskforce/web-data-access';
import { LoadingState, useCatalogue, useLingui } from '@taskforce/web-ui';
import { MyOperationsSection } from './my-operations-section';
import { MyTasksSection } from './my-tasks-section';
import { PendingInvitationsNotice } from './pending-invitations-notice';

/** The home screen: pending invitations (if any), the person's open tasks and the joint operations their agency takes part in. */
export function DashboardPage() {
  const session = useSession();
  const { _ } = useLingui();
  // The dashboard's own texts come in their catalogue (`dashboard`), fetched with the page in the shown language.
  if (!useCatalogue('dashboard')) return <LoadingState />;
  return (
    <div className="tf-page" data-testid="dashboard">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">{_('nav.dashboard')}</p>
        <h1 className="tf-page__title">{session ? _('dashboard.welcome', { name: session.user.displayName }) : _('nav.dashboard')}</h1>
      </div>
      <PendingInvitationsNotice />
      <div className="tf-dashboard-grid">
        <MyTasksSection />
        <MyOperationsSection />
      </div>
    </div>
  );
}
