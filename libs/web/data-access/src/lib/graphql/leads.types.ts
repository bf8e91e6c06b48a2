import type {
  DataCategory,
  FormOfExploitation,
  HandlingCode,
  SharingOutcome,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
} from '@taskforce/domain';
import type { AgencySummary, PersonSummary } from './types';

/**
 * The lead shapes this client selects (docs/api-contract.md, "Leads"), written by hand like ./types.ts.
 * Enum values are the GraphQL names: `informationCredibility` is e.g. "PROBABLY_TRUE" (the grade's digit is in
 * `grade`).
 */

export type LeadStatus = 'NEW' | 'UNDER_ASSESSMENT' | 'ACTIONED' | 'CLOSED';
export type RouteRole = 'ORIGIN' | 'TRANSIT' | 'DESTINATION';
export type LeadPersonRole = 'SUSPECT' | 'POTENTIAL_VICTIM';
export type LeadShareStatus = 'ACTIVE' | 'PENDING_APPROVAL' | 'REFUSED' | 'REVOKED' | 'LAPSED';
/** GraphQL name of an information-credibility grade (the domain enum's keys). */
export type InformationCredibilityName =
  | 'CONFIRMED'
  | 'PROBABLY_TRUE'
  | 'POSSIBLY_TRUE'
  | 'DOUBTFUL'
  | 'IMPROBABLE'
  | 'CANNOT_BE_JUDGED';

/** One country on a lead's route (ISO 3166-1 alpha-2). */
export interface RouteStop {
  country: string;
  role: RouteRole;
}

/** A reason the sharing engine gave (a rule, a marking, an agreement or the default). */
export interface SharingReason {
  code: string;
  source: string;
  ref: string;
  text: string;
}

/** The legal basis of a transfer. `kind`: AGREEMENT, NATIONAL_LAW or NO_TRANSFER. */
export interface LegalBasis {
  kind: string;
  id: string;
  title: string;
  article: string | null;
}

/** What was removed from the caller's projection of a lead, and why. */
export interface LeadRedaction {
  categories: DataCategory[];
  notice: string;
  reasons: SharingReason[];
}

/** A person named in a lead: suspects by name, potential victims by pseudonym only. */
export interface LeadPerson {
  id: string;
  role: LeadPersonRole;
  name: string | null;
  pseudonym: string | null;
  description: string | null;
  hasIdentity: boolean;
}

/** A share of a lead with one recipient agency. */
export interface LeadShareData {
  id: string;
  leadId: string;
  recipientAgency: AgencySummary;
  /** The agency that passed the lead on: the originating agency, or a recipient for an onward share. */
  senderAgency: AgencySummary;
  sharedBy: PersonSummary;
  purpose: SharingPurpose;
  outcome: SharingOutcome;
  status: LeadShareStatus;
  redactedCategories: DataCategory[];
  legalBasis: LegalBasis | null;
  reasons: SharingReason[];
  conditions: SharingReason[];
  summary: string;
  decidedAt: string;
  approvalReason: string | null;
  approvalAt: string | null;
  revokedAt: string | null;
  /** When the law ended the share (status LAPSED), ISO 8601 UTC. */
  lapsedAt: string | null;
  /** Why the law ended it. */
  lapseReason: 'AGREEMENT_ENDED' | 'LAW_CHANGED' | 'LEFT_OPERATION' | null;
  createdAt: string;
}

/** A lead as listed on /leads. */
export interface LeadListItem {
  id: string;
  summary: string;
  originatingAgency: AgencySummary;
  formOfExploitation: FormOfExploitation;
  route: RouteStop[];
  tlp: TlpLabel;
  sourceReliability: SourceReliability;
  informationCredibility: InformationCredibilityName;
  grade: string;
  handlingCodes: HandlingCode[];
  status: LeadStatus;
  viewerIsOriginator: boolean;
  redaction: Pick<LeadRedaction, 'categories'> | null;
  createdAt: string;
}

/** A lead with every field, as shown on /leads/:id. */
export interface LeadDetailData extends Omit<LeadListItem, 'redaction'> {
  details: string;
  operation: { id: string; name: string } | null;
  dataCategories: DataCategory[];
  handlingCondition: string | null;
  namedRecipients: AgencySummary[];
  version: number;
  persons: LeadPerson[];
  redaction: LeadRedaction | null;
  shares: LeadShareData[];
  /** Tasks acting on the lead, in joint operations the caller's agency takes part in. */
  linkedTasks: LinkedTaskData[];
  updatedAt: string;
}

/** One recipient's decision in a share preview. */
export interface SharingPreviewData {
  recipientAgency: AgencySummary;
  outcome: SharingOutcome;
  redactedCategories: DataCategory[];
  legalBasis: LegalBasis | null;
  reasons: SharingReason[];
  conditions: SharingReason[];
  summary: string;
  purpose: SharingPurpose;
  at: string;
  existingShareStatus: LeadShareStatus | null;
}

/**
 * What the approvals inbox loads: the shares awaiting the caller's approval and, since a share names its lead only
 * by id, the caller's readable leads to show which lead each one is about.
 */
export interface PendingApprovalsData {
  pendingLeadShareApprovals: LeadShareData[];
  leads: Array<Pick<LeadListItem, 'id' | 'summary' | 'tlp' | 'grade' | 'sourceReliability' | 'informationCredibility'>>;
}

/** Input of previewLeadShare and shareLead: exactly one of recipientAgencyIds / operationId. */
export interface ShareLeadInput {
  leadId: string;
  recipientAgencyIds?: string[];
  operationId?: string;
  purpose: SharingPurpose;
}

/** A potential victim's identity, decrypted for the originating agency; every read is recorded with its reason. */
export interface PotentialVictimIdentity {
  personId: string;
  pseudonym: string;
  fullName: string | null;
  dateOfBirth: string | null;
  nationality: string | null;
}

/** What updateLead changes (fields left out stay as they are); `expectedVersion` is the version read. */
export interface UpdateLeadInput {
  id: string;
  expectedVersion: number;
  status?: LeadDetailData['status'];
  summary?: string;
  details?: string;
}

/** One stop of a new lead's route: an ISO 3166-1 alpha-2 code (upper case) and its role. */
export interface RouteStopInput {
  country: string;
  role: RouteRole;
}

/** A person named in a new lead: suspects by name; potential victims' identity fields are stored encrypted. */
export interface LeadPersonInput {
  role: LeadPersonRole;
  name?: string;
  /** Potential victims only: `YYYY-MM-DD`, a real date not after today (UTC). */
  dateOfBirth?: string;
  /** Potential victims only: ISO 3166-1 alpha-2, upper case. */
  nationality?: string;
  description?: string;
}

/**
 * Input of `createLead` (docs/api-contract.md, "Leads"); enum values are the GraphQL names
 * (`informationCredibility` e.g. "PROBABLY_TRUE", `tlp` e.g. "AMBER_STRICT").
 */
export interface CreateLeadInput {
  summary: string;
  details: string;
  operationId?: string;
  formOfExploitation: FormOfExploitation;
  route: RouteStopInput[];
  dataCategories: DataCategory[];
  tlp: TlpLabel;
  namedRecipientAgencyIds?: string[];
  sourceReliability: SourceReliability;
  informationCredibility: InformationCredibilityName;
  handlingCodes: HandlingCode[];
  handlingCondition?: string;
  persons?: LeadPersonInput[];
}

/** A task linked to a lead, as the lead page lists it. */
export interface LinkedTaskData {
  id: string;
  title: string;
  status: string;
  operation: { id: string; name: string };
}
