import type { LeadShareStatus, LeadStatus, RouteRole } from '@taskforce/web-data-access';
import { Badge, labelOf, type BadgeTone } from '@taskforce/web-ui';

/** Display names of lead statuses. */
export const LEAD_STATUS_LABELS: Readonly<Record<LeadStatus, string>> = {
  NEW: 'New',
  UNDER_ASSESSMENT: 'Under assessment',
  ACTIONED: 'Actioned',
  CLOSED: 'Closed',
};

/** Display names of share statuses. */
export const LEAD_SHARE_STATUS_LABELS: Readonly<Record<LeadShareStatus, string>> = {
  ACTIVE: 'Active',
  PENDING_APPROVAL: 'Awaiting approval',
  REFUSED: 'Refused',
  REVOKED: 'Revoked',
  LAPSED: 'Lapsed (the law changed)',
};

/** Display names of the roles of a country on a lead's route (lower case: they are read inside a line). */
export const ROUTE_ROLE_LABELS: Readonly<Record<RouteRole, string>> = {
  ORIGIN: 'origin',
  TRANSIT: 'transit',
  DESTINATION: 'destination',
};

const LEAD_STATUS_TONES: Readonly<Record<LeadStatus, BadgeTone>> = {
  NEW: 'info',
  UNDER_ASSESSMENT: 'accent',
  ACTIONED: 'success',
  CLOSED: 'neutral',
};

/** The status of a lead. */
export function LeadStatusBadge({ status }: { status: LeadStatus }) {
  return <Badge tone={LEAD_STATUS_TONES[status] ?? 'neutral'}>{labelOf(LEAD_STATUS_LABELS, status)}</Badge>;
}

const SHARE_STATUS_TONES: Readonly<Record<LeadShareStatus, BadgeTone>> = {
  ACTIVE: 'success',
  PENDING_APPROVAL: 'warning',
  REFUSED: 'danger',
  REVOKED: 'neutral',
  LAPSED: 'neutral',
};

/** The status of a lead share. */
export function LeadShareStatusBadge({ status }: { status: LeadShareStatus }) {
  return (
    <Badge tone={SHARE_STATUS_TONES[status] ?? 'neutral'} data-testid="share-status" data-status={status}>
      {labelOf(LEAD_SHARE_STATUS_LABELS, status)}
    </Badge>
  );
}
