import { Role } from '../enums';

/**
 * Where a lead stands in the originating agency's assessment. Values are spelled the same in the database
 * (`lead_status`), the GraphQL API (enum `LeadStatus`, registered by libs/api/leads lead.model.ts), the UI and the
 * tests.
 */
export enum LeadStatus {
  NEW = 'NEW',
  UNDER_ASSESSMENT = 'UNDER_ASSESSMENT',
  ACTIONED = 'ACTIONED',
  CLOSED = 'CLOSED',
}

/**
 * Allowed moves of a lead's status, by current status: NEW → UNDER_ASSESSMENT | CLOSED; UNDER_ASSESSMENT →
 * ACTIONED | CLOSED; ACTIONED → CLOSED; CLOSED → UNDER_ASSESSMENT (reopened for a new assessment). Nothing goes
 * back to NEW and no status moves to itself. The API's `updateLead` refuses any other move; the web client offers
 * exactly these.
 */
export const LEAD_STATUS_MOVES: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  [LeadStatus.NEW]: [LeadStatus.UNDER_ASSESSMENT, LeadStatus.CLOSED],
  [LeadStatus.UNDER_ASSESSMENT]: [LeadStatus.ACTIONED, LeadStatus.CLOSED],
  [LeadStatus.ACTIONED]: [LeadStatus.CLOSED],
  [LeadStatus.CLOSED]: [LeadStatus.UNDER_ASSESSMENT],
};

/**
 * The statuses a lead may move to from `from`, in LEAD_STATUS_MOVES order; empty for a value that is not a lead
 * status. Takes the enum or its value as a string (`${LeadStatus}`), the form GraphQL types give the client.
 */
export function leadStatusMoves(from: `${LeadStatus}`): readonly LeadStatus[] {
  return LEAD_STATUS_MOVES[from as LeadStatus] ?? [];
}

/** True when a lead may move from status `from` to status `to` (LEAD_STATUS_MOVES). */
export function isAllowedLeadStatusMove(from: `${LeadStatus}`, to: `${LeadStatus}`): boolean {
  return leadStatusMoves(from).some((status) => status === to);
}

/**
 * Roles that record, edit and share their agency's leads, pass on leads their agency holds (onward share), revoke
 * shares and read a potential victim's identity: analysts, liaison officers and coordinators (docs/api-contract.md,
 * "Sharing").
 */
export const LEAD_WRITER_ROLES: readonly Role[] = [Role.ANALYST, Role.LIAISON_OFFICER, Role.COORDINATOR];

/**
 * Roles that approve or refuse a share of their agency's leads waiting for approval (and see the approvals inbox):
 * liaison officers.
 */
export const LEAD_APPROVER_ROLES: readonly Role[] = [Role.LIAISON_OFFICER];

/** The roles of a person, as enum or GraphQL string values. */
export interface RoleHolder {
  roles: readonly `${Role}`[];
}

/** True when the person holds one of LEAD_WRITER_ROLES: they record, edit and share leads. */
export function isLeadWriter(actor: RoleHolder): boolean {
  return actor.roles.some((role) => LEAD_WRITER_ROLES.some((writer) => writer === role));
}

/** True when the person holds one of LEAD_APPROVER_ROLES: they decide on shares waiting for approval. */
export function isLeadShareApprover(actor: RoleHolder): boolean {
  return actor.roles.some((role) => LEAD_APPROVER_ROLES.some((approver) => approver === role));
}
