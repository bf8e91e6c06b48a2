import type { LeadShareStatus, LeadStatus, RouteRole } from '@taskforce/web-data-access';
import { Badge, labelFrom, messageId, useLingui, type BadgeTone } from '@taskforce/web-ui';

/** Message ids (catalogue `leads`) of the lead statuses' names. */
export const LEAD_STATUS_LABEL_IDS: Readonly<Record<LeadStatus, string>> = {
  NEW: messageId('lead.status.new'),
  UNDER_ASSESSMENT: messageId('lead.status.underAssessment'),
  ACTIONED: messageId('lead.status.actioned'),
  CLOSED: messageId('lead.status.closed'),
};

/** Message ids (catalogue `leads`) of the share statuses' names. */
export const LEAD_SHARE_STATUS_LABEL_IDS: Readonly<Record<LeadShareStatus, string>> = {
  ACTIVE: messageId('lead.shareStatus.active'),
  PENDING_APPROVAL: messageId('lead.shareStatus.pendingApproval'),
  REFUSED: messageId('lead.shareStatus.refused'),
  REVOKED: messageId('lead.shareStatus.revoked'),
  LAPSED: messageId('lead.shareStatus.lapsed'),
};

/** Message ids (catalogue `leads`) of the roles of a country on a lead's route (lower case: read inside a line). */
export const ROUTE_ROLE_LABEL_IDS: Readonly<Record<RouteRole, string>> = {
  ORIGIN: messageId('lead.routeRole.origin'),
  TRANSIT: messageId('lead.routeRole.transit'),
  DESTINATION: messageId('lead.routeRole.destination'),
};

const LEAD_STATUS_TONES: Readonly<Record<LeadStatus, BadgeTone>> = {
  NEW: 'info',
  UNDER_ASSESSMENT: 'accent',
  ACTIONED: 'success',
  CLOSED: 'neutral',
};

/** The status of a lead, in the shown language. */
export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  const { _ } = useLingui();
  return <Badge tone={LEAD_STATUS_TONES[status] ?? 'neutral'}>{labelFrom(_, LEAD_STATUS_LABEL_IDS, status)}</Badge>;
}

const SHARE_STATUS_TONES: Readonly<Record<LeadShareStatus, BadgeTone>> = {
  ACTIVE: 'success',
  PENDING_APPROVAL: 'warning',
  REFUSED: 'danger',
  REVOKED: 'neutral',
  LAPSED: 'neutral',
};

/** The status of a lead share, in the shown language. */
export function LeadShareStatusBadge({ status }: { status: LeadShareStatus }) {
  const { _ } = useLingui();
  return (
    <Badge tone={SHARE_STATUS_TONES[status] ?? 'neutral'} data-testid="share-status" data-status={status}>
      {labelFrom(_, LEAD_SHARE_STATUS_LABEL_IDS, status)}
    </Badge>
  );
}
