import { skipToken, useQuery } from '@apollo/client/react';
import { hearsOfInvitations, InvitationStatus, NotificationType } from '@taskforce/domain';
import { AGENCY_INVITATIONS_QUERY, useRealtimeEvent, useViewer } from '@taskforce/web-data-access';
import { Alert, Link, pathTo, useLingui } from '@taskforce/web-ui';

/**
 * "N invitations to joint operations await your agency's answer", linking to /invitations, for the agency admins,
 * coordinators and liaison officers of an invited agency; nothing when none is pending. Refetched when an
 * invitation arrives or an operation changes.
 */
export function PendingInvitationsNotice() {
  const viewer = useViewer();
  const { _ } = useLingui();
  const reads = viewer ? hearsOfInvitations(viewer.roles) : false;
  const { data, refetch } = useQuery(AGENCY_INVITATIONS_QUERY, reads ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const refetchInvitations = () => void refetch().catch(() => undefined);
  useRealtimeEvent('notification', (event) => {
    if (reads && event.type === NotificationType.OPERATION_INVITATION_RECEIVED) refetchInvitations();
  });
  useRealtimeEvent('operation.changed', () => {
    if (reads) refetchInvitations();
  });
  const pending = (data?.operationInvitations ?? []).filter((invitation) => invitation.status === InvitationStatus.PENDING).length;
  if (!reads || pending === 0) return null;
  return (
    <Alert tone="info" className="tf-section" data-testid="pending-invitations-notice">
      {_('dashboard.pendingInvitations', { count: pending })} <Link to={pathTo('invitations')}>{_('notification.openInvitations')}</Link>
    </Alert>
  );
}
