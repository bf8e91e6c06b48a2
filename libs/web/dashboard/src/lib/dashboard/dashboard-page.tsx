import { useSession } from '@taskforce/web-data-access';
import { MyOperationsSection } from './my-operations-section';
import { MyTasksSection } from './my-tasks-section';
import { PendingInvitationsNotice } from './pending-invitations-notice';

/** The home screen: pending invitations (if any), the person's open tasks and the joint operations their agency takes part in. */
export function DashboardPage() {
  const session = useSession();
  return (
    <div className="tf-page" data-testid="dashboard">
      <div className="tf-page__heading">
        <p className="tf-eyebrow">Dashboard</p>
        <h1 className="tf-page__title">
          {session ? `Welcome, ${session.user.displayName}` : 'Dashboard'}
        </h1>
      </div>
      <PendingInvitationsNotice />
      <div className="tf-dashboard-grid">
        <MyTasksSection />
        <MyOperationsSection />
      </div>
    </div>
  );
}
