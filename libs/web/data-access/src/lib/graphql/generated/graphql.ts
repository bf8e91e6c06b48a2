/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddLeadSelectorInput = {
  address?: string | null | undefined;
  bankCode?: string | null | undefined;
  /** ACCOUNT_NUMBER and VEHICLE_REGISTRATION: ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  documentType?: IdentityDocumentType | null | undefined;
  domain?: string | null | undefined;
  email?: string | null | undefined;
  handle?: string | null | undefined;
  iban?: string | null | undefined;
  issuingCountry?: string | null | undefined;
  kind: SelectorKind;
  leadId: string | number;
  network?: CryptoNetwork | null | undefined;
  /** IDENTITY_DOCUMENT and ACCOUNT_NUMBER */
  number?: string | null | undefined;
  /** A person of the lead the selector belongs to */
  personId?: string | number | null | undefined;
  phone?: string | null | undefined;
  plate?: string | null | undefined;
  platform?: HandlePlatform | null | undefined;
  platformName?: string | null | undefined;
  /** ISO 3166-1 alpha-2 region for phone numbers written without a country code (default: your agency’s country) */
  region?: string | null | undefined;
};

export type AddTaskCommentInput = {
  body: string;
  /** Made once per submission by the client; a repeat returns the first result */
  idempotencyKey?: string | null | undefined;
  taskId: string | number;
};

/** Kind of agency (glossary: ../shared/DESIGN.md) */
export type AgencyKind =
  | 'BORDER_IMMIGRATION'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'LABOUR_INSPECTORATE'
  | 'LAW_ENFORCEMENT'
  | 'NGO'
  | 'OTHER'
  | 'PROSECUTION';

/** MULTILATERAL instrument, BILATERAL treaty, or agency-level MOU */
export type AgreementKind =
  | 'BILATERAL'
  | 'MOU'
  | 'MULTILATERAL';

/** A whole country (country, ISO 3166-1 alpha-2) or one agency (agencyId) */
export type AgreementPartyInput = {
  /** AGENCY parties: the agency id */
  agencyId?: string | number | null | undefined;
  /** COUNTRY parties: ISO 3166-1 alpha-2, upper case */
  country?: string | null | undefined;
  kind: AgreementPartyKind;
};

export type AgreementPartyKind =
  | 'AGENCY'
  | 'COUNTRY';

/** At the instant of the query: in force, not yet, expired, or suspended while in its period */
export type AgreementStatus =
  | 'EXPIRED'
  | 'IN_FORCE'
  | 'NOT_YET_IN_FORCE'
  | 'SUSPENDED';

/** The answer to a request for information; it closes the request */
export type AnswerInformationRequestInput = {
  /** 1–10000 characters; line breaks kept */
  body: string;
  requestId: string | number;
};

/** Minor (under 18 at identification) or adult */
export type CaseAgeGroup =
  | 'ADULT'
  | 'MINOR';

export type CaseFlowsInput = {
  /** Default VICTIM_IDENTIFIED */
  indicator?: IndicatorKind | null | undefined;
  /** Small-cell threshold: counts 1 … k−1 of other agencies' records are suppressed. Fixed at SMALL_CELL_K (default 11) for source `agency` (another k is refused, field k); for public data sets the configured k or a higher one */
  k?: number | null | undefined;
  level: FlowLevel;
  /** Only records of this joint operation; NOT_FOUND when unknown, malformed or not yours to see */
  operationId?: string | number | null | undefined;
  /** Source of the case records: `ctdc` (public CTDC data set) or an agency-entered source */
  source: string;
};

/** Sex as recorded on a case record */
export type CaseSex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

export type ChangeOperationStatusInput = {
  /** The version you last saw; CONFLICT when the operation changed since */
  expectedVersion: number;
  operationId: string | number;
  /** Why; required to suspend or close */
  reason?: string | null | undefined;
  status: OperationStatus;
};

export type ChangePersonRolesInput = {
  /** At least one role, none twice; PLATFORM_ADMIN only by platform admins */
  roles: Array<Role>;
  userId: string | number;
};

export type CreateAgencyInput = {
  /** Short name shown on badges; unique (ignoring case) */
  acronym: string;
  /** ISO 3166-1 alpha-2 (upper case); null only for international organisations */
  country?: string | null | undefined;
  firstAdmin: FirstAgencyAdminInput;
  kind: AgencyKind;
  name: string;
};

export type CreateAgreementInput = {
  /** Article(s) relied on, e.g. "art. 4 and 11" */
  article?: string | null | undefined;
  /** Data categories the agreement covers (may be empty) */
  dataCategories: Array<DataCategory>;
  /** Stable id decisions cite, e.g. "NL-RO-MLA" */
  id: string;
  /** UTC date (2024-01-31, the whole day) or ISO 8601 instant with Z or an offset */
  inForceFrom: string;
  /** Inclusive end, same format; null = open-ended */
  inForceTo?: string | null | undefined;
  kind: AgreementKind;
  /** At least two distinct parties */
  parties: Array<AgreementPartyInput>;
  /** Purposes covered (at least one) */
  purposes: Array<SharingPurpose>;
  suspended?: boolean | null | undefined;
  title: string;
};

export type CreateJurisdictionRuleInput = {
  /** JSON condition, e.g. {"kind":"RESTRICT_CATEGORIES","categories":["HEALTH_DATA"],"effect":"REQUIRES_APPROVAL"} */
  conditionJson: string;
  /** UTC date or ISO 8601 instant with a zone; null = always */
  effectiveFrom?: string | null | undefined;
  /** Inclusive end, same format; null = open-ended */
  effectiveTo?: string | null | undefined;
  /** LEAVING, ENTERING, WITHIN, ONWARD (at least one) */
  flows: Array<RuleFlow>;
  /** Rule id decisions cite, e.g. "NL-4" */
  id: string;
  /** JSON: {"kind":"COUNTRY","country":"NL"} or {"kind":"AGENCY_KIND","agencyKind":"NGO"} */
  scopeJson: string;
  /** Human-readable statement with its instrument and article; decisions cite it */
  text: string;
  /** JSON filter {purposes?, formsOfExploitation?, recipientKinds?, transfers?}; null = always */
  whenJson?: string | null | undefined;
};

export type CreateLeadInput = {
  dataCategories: Array<DataCategory>;
  details: string;
  formOfExploitation: FormOfExploitation;
  handlingCodes: Array<HandlingCode>;
  /** Required with H3, refused without it */
  handlingCondition?: string | null | undefined;
  informationCredibility: InformationCredibility;
  /** TLP:RED named recipient agencies */
  namedRecipientAgencyIds?: Array<string | number> | null | undefined;
  /** A joint operation your agency participates in */
  operationId?: string | number | null | undefined;
  persons?: Array<LeadPersonInput> | null | undefined;
  /** Ordered stops, at least one (at most 20) */
  route: Array<RouteStopInput>;
  sourceReliability: SourceReliability;
  /** One line: no line breaks or tabs */
  summary: string;
  tlp: TlpLabel;
};

export type CreateNationalLawInput = {
  /** YYYY-MM-DD; not after enteredIntoForceOn */
  adoptedOn?: string | null | undefined;
  /** ISO 3166-1 alpha-2 (XK for Kosovo) */
  country: string;
  /** YYYY-MM-DD */
  enteredIntoForceOn: string;
  /** Official reference or citation, e.g. the official gazette number */
  reference: string;
  /** http(s) address of the official text */
  sourceUrl?: string | null | undefined;
  summary?: string | null | undefined;
  title: string;
};

export type CreateOperationInput = {
  /** ISO 3166-1 alpha-2 codes */
  countries: Array<string>;
  description?: string | null | undefined;
  /** Last day of the planned period, UTC date YYYY-MM-DD, on or after startsOn */
  endsOn?: string | null | undefined;
  /** Minutes (1–1440) to acknowledge an urgent task; 15 when absent */
  escalationMinutes?: number | null | undefined;
  formsOfExploitation: Array<FormOfExploitation>;
  /** An agreement of the sharing law the operation is formed under */
  legalBasisAgreementId?: string | number | null | undefined;
  /** Instrument and article cited as legal basis, e.g. "Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters" */
  legalBasisCitation?: string | null | undefined;
  name: string;
  /** What the joint operation is for (the purpose clause of its agreement) */
  purpose?: string | null | undefined;
  /** First day of the planned period, UTC date YYYY-MM-DD */
  startsOn?: string | null | undefined;
};

export type CreateTaskInput = {
  assigneeAgencyId: string | number;
  assigneeUserId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** ISO 8601 date and time with a zone (e.g. 2026-03-01T10:00:00Z), a real calendar instant from 2000-01-01 to 2100-01-01; stored in UTC */
  dueAt?: string | null | undefined;
  /** Made once per submission by the client; a repeat returns the first result */
  idempotencyKey?: string | null | undefined;
  operationId: string | number;
  pillar: Pillar;
  priority: TaskPriority;
  title: string;
};

/** A crypto-currency address's network (decides its alphabet and whether case matters) */
export type CryptoNetwork =
  | 'BITCOIN'
  | 'ETHEREUM'
  | 'EVM_OTHER'
  | 'LITECOIN'
  | 'MONERO'
  | 'OTHER'
  | 'SOLANA'
  | 'TRON';

export type DataCategory =
  | 'COMMUNICATIONS_DATA'
  | 'FINANCIAL_DATA'
  | 'HEALTH_DATA'
  | 'LOCATION_DATA'
  | 'SUSPECT_PERSONAL_DATA'
  | 'VICTIM_PERSONAL_DATA';

/** A public data set under ../shared/data an admin can import */
export type DatasetKind =
  | 'CTDC'
  | 'GLOTIP'
  | 'PALERMO'
  | 'PALERMO_COUNTS'
  | 'TIP_TIERS_CSV'
  | 'TIP_TIERS_XLSX';

export type DecideDeconflictionLeadRequestInput = {
  /** true: share the lead under the sharing decision; false: decline */
  approve: boolean;
  /** Shown to the requesting side (3–1000 characters) */
  reason: string;
  requestId: string | number;
};

export type DecideLeadShareApprovalInput = {
  approve: boolean;
  reason: string;
  shareId: string | number;
};

export type DeconflictionLeadRequestStatus =
  | 'DECLINED'
  | 'PENDING'
  | 'REFUSED_BY_LAW'
  | 'SHARED';

export type DeconflictionSide =
  | 'HOLDER'
  | 'QUERIER';

export type DisableTotpInput = {
  /** A TOTP code or a recovery code */
  code: string;
  password: string;
};

export type EditOperationMessageInput = {
  /** The new body, 1–10000 characters */
  body: string;
  /** A new restriction for a message marked H3 (left out: the restriction stays); refused for a message not marked H3. Invisible controls removed, trimmed, 1–500 characters */
  handlingCondition?: string | null | undefined;
  id: string | number;
};

export type FileAttachmentInput = {
  id: string | number;
  kind: FileAttachmentKind;
};

/** What a file is attached to; it is readable by exactly those who may read that record */
export type FileAttachmentKind =
  | 'INFORMATION_REQUEST'
  | 'LEAD'
  | 'OPERATION'
  | 'OPERATION_MESSAGE'
  | 'TASK';

/** STORED, CONTENT_DELETED (record, SHA-256 and custody trail kept); UPLOADING is never answered: an upload in progress is reached only over tus, by its uploader */
export type FileState =
  | 'CONTENT_DELETED'
  | 'STORED'
  | 'UPLOADING';

export type FinishPasskeyRegistrationInput = {
  /** A name for the passkey, e.g. "Work laptop": one line, 1–60 characters */
  name: string;
  /** The authenticator's answer as JSON: RegistrationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.create; what @simplewebauthn/browser's startRegistration returns) */
  response: string;
};

export type FirstAgencyAdminInput = {
  displayName: string;
  email: string;
};

/** COUNTRY: citizenship → country of exploitation; REGION: citizenship region → exploitation region */
export type FlowLevel =
  | 'COUNTRY'
  | 'REGION';

/** Palermo Protocol art. 3(a) and common practice */
export type FormOfExploitation =
  | 'CHILD_SOLDIERING'
  | 'DOMESTIC_SERVITUDE'
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'FORCED_LABOUR'
  | 'FORCED_MARRIAGE'
  | 'OTHER'
  | 'REMOVAL_OF_ORGANS'
  | 'SEXUAL_EXPLOITATION';

/** A breakdown UNODC publishes in data_glotip.xlsx */
export type GlotipBreakdown =
  | 'AGE'
  | 'CITIZENSHIP'
  | 'COUNTRY_OF_REPATRIATION'
  | 'FORM_OF_EXPLOITATION'
  | 'SEX'
  | 'SEX_AND_AGE';

export type GlotipBreakdownInput = {
  breakdown: GlotipBreakdown;
  /** ISO 3166-1 alpha-2 or alpha-3 (Kosovo XK) */
  country: string;
  /** A GLOTIP indicator as UNODC names it, e.g. "Detected trafficking victims" */
  indicator: string;
  year: number;
};

/** Platform of an online handle; OTHER names it in platformName */
export type HandlePlatform =
  | 'FACEBOOK'
  | 'INSTAGRAM'
  | 'ONLYFANS'
  | 'OTHER'
  | 'SIGNAL'
  | 'SNAPCHAT'
  | 'TELEGRAM'
  | 'TIKTOK'
  | 'X';

/** Europol-style handling codes H0–H3 */
export type HandlingCode =
  | 'H0'
  | 'H1'
  | 'H2'
  | 'H3';

/** Why a hit mode is in force (holder’s choice, or TLP:RED / H3 that never reveal) */
export type HitDisclosureReason =
  | 'H3_NEVER_REVEALS'
  | 'HOLDER_CHOSE_NOTIFY'
  | 'HOLDER_CHOSE_REVEAL'
  | 'TLP_RED_NEVER_REVEALS';

/** What a hit on a lead’s selectors reveals to the agency that asked */
export type HitMode =
  | 'NOTIFY_HOLDER_ONLY'
  | 'REVEAL_HOLDER';

/** Why a mode is the default for the lead’s markings */
export type HitModeDefaultReason =
  | 'H2_NO_PASSING_ON'
  | 'H3_OTHER_RESTRICTIONS'
  | 'OPEN_MARKINGS'
  | 'TLP_AMBER_STRICT'
  | 'TLP_RED';

/** ICAO Doc 9303 document kinds */
export type IdentityDocumentType =
  | 'NATIONAL_ID'
  | 'OTHER'
  | 'PASSPORT'
  | 'RESIDENCE_PERMIT';

/** A variable a table is broken down by. CITIZENSHIP_REGION and EXPLOITATION_REGION are the regions a source stores (CTDC has regions only, no countries); records entered by agencies store countries, so their regions read UNKNOWN */
export type IndicatorDimension =
  | 'AGE_BAND'
  | 'AGE_GROUP'
  | 'CITIZENSHIP'
  | 'CITIZENSHIP_REGION'
  | 'COUNTRY_OF_EXPLOITATION'
  | 'EXPLOITATION_REGION'
  | 'FORM_OF_EXPLOITATION'
  | 'SEX'
  | 'YEAR';

/** What a case-level record counts towards */
export type IndicatorKind =
  | 'CONVICTION'
  | 'INVESTIGATION_OPENED'
  | 'PROSECUTION'
  | 'VICTIM_ASSISTED'
  | 'VICTIM_IDENTIFIED'
  | 'VICTIM_REFERRED';

/** The records a figure is about: a source, an indicator and a scope (no breakdown) */
export type IndicatorScopeInput = {
  /** Default VICTIM_IDENTIFIED */
  indicator?: IndicatorKind | null | undefined;
  /** Small-cell threshold: counts 1 … k−1 of other agencies' records are suppressed. Fixed at SMALL_CELL_K (default 11) for source `agency` (another k is refused, field k); for public data sets the configured k or a higher one */
  k?: number | null | undefined;
  /** Only records of this joint operation; NOT_FOUND when unknown, malformed or not yours to see */
  operationId?: string | number | null | undefined;
  /** Source of the case records: `ctdc` (public CTDC data set) or an agency-entered source */
  source: string;
};

export type IndicatorTableInput = {
  /** One or two dimensions (rows, then columns) */
  dimensions: Array<IndicatorDimension>;
  /** Default VICTIM_IDENTIFIED */
  indicator?: IndicatorKind | null | undefined;
  /** Small-cell threshold: counts 1 … k−1 of other agencies' records are suppressed. Fixed at SMALL_CELL_K (default 11) for source `agency` (another k is refused, field k); for public data sets the configured k or a higher one */
  k?: number | null | undefined;
  /** Only records of this joint operation; NOT_FOUND when unknown, malformed or not yours to see */
  operationId?: string | number | null | undefined;
  /** Source of the case records: `ctdc` (public CTDC data set) or an agency-entered source */
  source: string;
};

/** Admiralty information credibility 1 (CONFIRMED) … 6 (CANNOT_BE_JUDGED) */
export type InformationCredibility =
  | 'CANNOT_BE_JUDGED'
  | 'CONFIRMED'
  | 'DOUBTFUL'
  | 'IMPROBABLE'
  | 'POSSIBLY_TRUE'
  | 'PROBABLY_TRUE';

/** SENT (not acknowledged yet), ACKNOWLEDGED (receipt recorded by the addressee), ANSWERED (closed by the answer) */
export type InformationRequestStatus =
  | 'ACKNOWLEDGED'
  | 'ANSWERED'
  | 'SENT';

/** PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'WITHDRAWN';

export type InviteAgencyToOperationInput = {
  agencyId: string | number;
  /** Days (1–60) the invited agency has to answer; 14 when absent */
  expiresInDays?: number | null | undefined;
  /** Shown to the invited agency with the invitation */
  message?: string | null | undefined;
  operationId: string | number;
  /** PARTY (member of the team) or PARTICIPANT (international body, observer) */
  role: OperationAgencyRole;
};

export type InvitePersonInput = {
  /** Platform admins only: invite into this agency (default: the admin's own) */
  agencyId?: string | number | null | undefined;
  displayName: string;
  /** Becomes the sign-in name, stored normalised (Unicode NFKC, trimmed, lower-case); must not be in use */
  email: string;
  /** At least one role, none twice; PLATFORM_ADMIN only by platform admins */
  roles: Array<Role>;
};

/** Suspects: name. Potential victims: identity fields, stored encrypted; a pseudonym is generated */
export type LeadPersonInput = {
  /** Potential victims only (encrypted): a real calendar date YYYY-MM-DD from 1900-01-01 to today (UTC) */
  dateOfBirth?: string | null | undefined;
  /** Non-identifying description */
  description?: string | null | undefined;
  /** Suspect: the name; potential victim: the full name (encrypted, never shown in lists) */
  name?: string | null | undefined;
  /** Potential victims only (encrypted), ISO 3166-1 alpha-2, upper case */
  nationality?: string | null | undefined;
  role: LeadPersonRole;
};

export type LeadPersonRole =
  | 'POTENTIAL_VICTIM'
  | 'SUSPECT';

/** Why the law ended a share */
export type LeadShareLapseReason =
  | 'AGREEMENT_ENDED'
  | 'LAW_CHANGED'
  | 'LEFT_OPERATION';

export type LeadShareStatus =
  | 'ACTIVE'
  | 'LAPSED'
  | 'PENDING_APPROVAL'
  | 'REFUSED'
  | 'REVOKED';

export type LeadStatus =
  | 'ACTIONED'
  | 'CLOSED'
  | 'NEW'
  | 'UNDER_ASSESSMENT';

export type LinkTaskToLeadInput = {
  leadId: string | number;
  taskId: string | number;
};

export type LoginInput = {
  /** Any spelling of the address: compared after Unicode NFKC, trimming and lower-casing */
  email: string;
  password: string;
};

/** Exactly one of code (6-digit TOTP), recoveryCode and passkeyResponse */
export type LoginSecondFactorInput = {
  challengeToken: string;
  /** 6 digits from the authenticator app */
  code?: string | null | undefined;
  /** A passkey's answer as JSON: AuthenticationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.get; what @simplewebauthn/browser's startAuthentication returns) for the options given with it (LoginResult.passkeyOptions) */
  passkeyResponse?: string | null | undefined;
  /** One of the recovery codes (xxxxx-xxxxx), each works once */
  recoveryCode?: string | null | undefined;
};

export type NotificationPreferencesInput = {
  mutedOperationIds: Array<string | number>;
  mutedTypes: Array<NotificationType>;
  quietHoursEnd?: string | null | undefined;
  quietHoursStart?: string | null | undefined;
  timeZone: string;
};

export type NotificationType =
  | 'DECONFLICTION_CONTACT_PROPOSED'
  | 'DECONFLICTION_LEAD_REQUESTED'
  | 'DECONFLICTION_LEAD_REQUEST_DECIDED'
  | 'INFORMATION_REQUEST_ACKNOWLEDGED'
  | 'INFORMATION_REQUEST_ANSWERED'
  | 'INFORMATION_REQUEST_ESCALATED'
  | 'INFORMATION_REQUEST_RECEIVED'
  | 'LEAD_APPROVAL_DECIDED'
  | 'LEAD_APPROVAL_REQUESTED'
  | 'LEAD_SHARED'
  | 'LEAD_SHARE_LAPSED'
  | 'OPERATION_AGENCY_LEFT'
  | 'OPERATION_INVITATION_ANSWERED'
  | 'OPERATION_INVITATION_RECEIVED'
  | 'OPERATION_INVITATION_WITHDRAWN'
  | 'OPERATION_MENTION'
  | 'OPERATION_STATUS_CHANGED'
  | 'SELECTOR_QUERIED'
  | 'TASK_ACKNOWLEDGED'
  | 'TASK_ASSIGNED_TO_AGENCY'
  | 'TASK_ASSIGNED_TO_YOU'
  | 'TASK_COMMENTED'
  | 'TASK_ESCALATED'
  | 'TASK_REASSIGNED_AWAY'
  | 'TASK_STATUS_CHANGED';

/** MET, PARTLY_MET or NOT_MET (JIT evaluation form) */
export type ObjectivesMet =
  | 'MET'
  | 'NOT_MET'
  | 'PARTLY_MET';

/** PARTY (a member of the team under its agreement) or PARTICIPANT (international body, observer) */
export type OperationAgencyRole =
  | 'PARTICIPANT'
  | 'PARTY';

export type OperationEventAction =
  | 'AGENCY_INVITED'
  | 'AGENCY_LEFT'
  | 'AGENCY_REMOVED'
  | 'COORDINATOR_APPOINTED'
  | 'COORDINATOR_STOOD_DOWN'
  | 'CREATED'
  | 'EDITED'
  | 'EVALUATION_FINALISED'
  | 'EVALUATION_REOPENED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_DECLINED'
  | 'INVITATION_WITHDRAWN'
  | 'PERIOD_EXTENDED'
  | 'STATUS_CHANGED';

/** PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED */
export type OperationStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PLANNED'
  | 'SUSPENDED';

/** 4P paradigm: prevention, protection, prosecution, partnership */
export type Pillar =
  | 'PARTNERSHIP'
  | 'PREVENTION'
  | 'PROSECUTION'
  | 'PROTECTION';

/** A message for a joint operation's channel, or a reply in a thread */
export type PostOperationMessageInput = {
  /** 1–10000 characters; line breaks kept. Mention an agency with @<acronym>, a person with @<e-mail> */
  body: string;
  handlingCode?: HandlingCode | null | undefined;
  /** The restriction handling code H3 ("other restrictions, stated by the provider") stands for: required with H3, refused with any other code or none; invisible controls removed, trimmed, at most 500 characters */
  handlingCondition?: string | null | undefined;
  /** Sending again with the same key returns the first message instead of posting twice (a resend after a lost answer) */
  idempotencyKey?: string | null | undefined;
  operationId: string | number;
  /** Reply in the thread of this message (a thread of the same operation) */
  threadId?: string | number | null | undefined;
  /** TLP 2.0 label; AMBER when left out */
  tlp?: TlpLabel | null | undefined;
};

export type ProposeDeconflictionContactInput = {
  caseId: string | number;
  /** What the other side should know to make contact (3–1000 characters) */
  message: string;
};

export type QuerySelectorInput = {
  address?: string | null | undefined;
  bankCode?: string | null | undefined;
  /** ACCOUNT_NUMBER and VEHICLE_REGISTRATION: ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  documentType?: IdentityDocumentType | null | undefined;
  domain?: string | null | undefined;
  email?: string | null | undefined;
  handle?: string | null | undefined;
  iban?: string | null | undefined;
  issuingCountry?: string | null | undefined;
  kind: SelectorKind;
  network?: CryptoNetwork | null | undefined;
  /** IDENTITY_DOCUMENT and ACCOUNT_NUMBER */
  number?: string | null | undefined;
  phone?: string | null | undefined;
  plate?: string | null | undefined;
  platform?: HandlePlatform | null | undefined;
  platformName?: string | null | undefined;
  /** ISO 3166-1 alpha-2 region for phone numbers written without a country code (default: your agency’s country) */
  region?: string | null | undefined;
};

/** Exactly one of password, code (TOTP), recoveryCode and passkeyResponse */
export type ReauthenticateInput = {
  code?: string | null | undefined;
  /** A passkey's answer as JSON: AuthenticationResponseJSON (PublicKeyCredential.toJSON() after navigator.credentials.get; what @simplewebauthn/browser's startAuthentication returns) for the options given with it (beginPasskeyReauthentication) */
  passkeyResponse?: string | null | undefined;
  password?: string | null | undefined;
  recoveryCode?: string | null | undefined;
};

export type RecordCaseInput = {
  /** CTDC age band: 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+ */
  ageBand?: string | null | undefined;
  /** Taken from ageBand when left out */
  ageGroup?: CaseAgeGroup | null | undefined;
  /** ISO 3166-1 alpha-2 (XK for Kosovo) */
  citizenship?: string | null | undefined;
  /** ISO 3166-1 alpha-2 (XK for Kosovo) */
  countryOfExploitation?: string | null | undefined;
  /** Empty or left out = unknown; several = MULTIPLE in tables */
  formsOfExploitation?: Array<FormOfExploitation> | null | undefined;
  indicator: IndicatorKind;
  /** A joint operation your agency takes part in (NOT_FOUND otherwise) */
  operationId?: string | number | null | undefined;
  sex?: CaseSex | null | undefined;
  /** Calendar year of the event, 1990–2100 */
  year?: number | null | undefined;
};

export type RequestDeconflictionLeadInput = {
  caseId: string | number;
  /** The purpose the share would serve, as in a share of the lead */
  purpose: SharingPurpose;
  /** Why your agency asks for the lead (3–1000 characters) */
  reason: string;
};

export type RespondToOperationInvitationInput = {
  /** true accepts, false declines */
  accept: boolean;
  invitationId: string | number;
  /** Why; required when declining */
  reason?: string | null | undefined;
};

export type RevealPotentialVictimInput = {
  personId: string | number;
  /** Why you need the identity (recorded) */
  reason: string;
};

export type ReviseJurisdictionRuleInput = {
  conditionJson?: string | null | undefined;
  /** Default: now */
  effectiveFrom?: string | null | undefined;
  effectiveTo?: string | null | undefined;
  /** The current version you read; CONFLICT when another version was written since */
  expectedVersion: number;
  flows?: Array<RuleFlow> | null | undefined;
  id: string;
  scopeJson?: string | null | undefined;
  text?: string | null | undefined;
  whenJson?: string | null | undefined;
};

/** What a person may do within their agency */
export type Role =
  | 'AGENCY_ADMIN'
  | 'ANALYST'
  | 'COORDINATOR'
  | 'LIAISON_OFFICER'
  | 'MEMBER'
  | 'PLATFORM_ADMIN';

export type RouteRole =
  | 'DESTINATION'
  | 'ORIGIN'
  | 'TRANSIT';

export type RouteStopInput = {
  /** ISO 3166-1 alpha-2, upper case, a country that exists (XK for Kosovo) */
  country: string;
  role: RouteRole;
};

/** Which moves a jurisdiction rule governs relative to its scope (libs/domain sharing README) */
export type RuleFlow =
  | 'ENTERING'
  | 'LEAVING'
  | 'ONWARD'
  | 'WITHIN';

/** A way to give the second step of sign-in or a step-up */
export type SecondFactorMethod =
  | 'PASSKEY'
  | 'RECOVERY_CODE'
  | 'TOTP';

/** What a selector identifies (libs/domain matching, README) */
export type SelectorKind =
  | 'ACCOUNT_NUMBER'
  | 'CRYPTO_ADDRESS'
  | 'EMAIL'
  | 'IBAN'
  | 'IDENTITY_DOCUMENT'
  | 'ONLINE_HANDLE'
  | 'PHONE'
  | 'VEHICLE_REGISTRATION'
  | 'WEB_DOMAIN';

/** A request for information to another agency of the same joint operation */
export type SendInformationRequestInput = {
  /** 1–10000 characters; line breaks kept */
  body: string;
  /** When the answer is due: ISO 8601 with a zone, after now and before 2100-01-01; stored in UTC */
  dueAt?: string | null | undefined;
  handlingCode?: HandlingCode | null | undefined;
  /** The restriction handling code H3 ("other restrictions, stated by the provider") stands for: required with H3, refused with any other code or none; invisible controls removed, trimmed, at most 500 characters */
  handlingCondition?: string | null | undefined;
  /** Sending again with the same key returns the first request instead of sending twice */
  idempotencyKey?: string | null | undefined;
  operationId: string | number;
  priority: TaskPriority;
  /** 1–200 characters, one line; invisible controls removed */
  subject: string;
  /** TLP 2.0 label; AMBER when left out */
  tlp?: TlpLabel | null | undefined;
  /** The addressed agency: another agency taking part in the operation */
  toAgencyId: string | number;
};

export type SetLeadHitModeInput = {
  leadId: string | number;
  /** null goes back to the default of the markings */
  mode?: HitMode | null | undefined;
};

/** The language of the web client for the signed-in person */
export type SetMyLanguageInput = {
  /** One of en, fr, es, ar (BCP 47 primary language subtags) */
  language: string;
};

/** A target for one indicator of a joint operation over a period (dates inclusive, UTC) */
export type SetOperationTargetInput = {
  indicator: IndicatorKind;
  operationId: string | number;
  /** Last day of the period, YYYY-MM-DD (UTC), on or after periodStart */
  periodEnd: string;
  /** First day of the period, YYYY-MM-DD (UTC) */
  periodStart: string;
  /** Records to reach, > 0 */
  target: number;
};

export type SetPasswordWithTokenInput = {
  /** 12–256 characters, hard to guess (zxcvbn score ≥ 3) */
  password: string;
  /** The token of a one-time link (`/set-password?token=…`) */
  token: string;
};

/** Recipients: recipientAgencyIds, or every other agency of operationId */
export type ShareLeadInput = {
  leadId: string | number;
  operationId?: string | number | null | undefined;
  purpose: SharingPurpose;
  recipientAgencyIds?: Array<string | number> | null | undefined;
};

/** ALLOW < ALLOW_REDACTED < REQUIRES_APPROVAL < DENY */
export type SharingOutcome =
  | 'ALLOW'
  | 'ALLOW_REDACTED'
  | 'DENY'
  | 'REQUIRES_APPROVAL';

export type SharingPurpose =
  | 'ANALYSIS'
  | 'INVESTIGATION'
  | 'PREVENTION'
  | 'PROSECUTION'
  | 'VICTIM_ASSISTANCE';

export type SharingReasonCode =
  | 'AGREEMENT_APPLIES'
  | 'AGREEMENT_CATEGORY_NOT_COVERED'
  | 'AGREEMENT_EXPIRED'
  | 'AGREEMENT_NOT_YET_IN_FORCE'
  | 'AGREEMENT_PURPOSE_NOT_COVERED'
  | 'AGREEMENT_SUSPENDED'
  | 'H0_PURPOSE_LIMITATION'
  | 'H0_PURPOSE_NOT_CRIME_FIGHTING'
  | 'H1_JUDICIAL_USE_NEEDS_PERMISSION'
  | 'H1_NO_JUDICIAL_USE'
  | 'H2_NO_ONWARD_SHARING'
  | 'H2_ONWARD_NEEDS_PERMISSION'
  | 'H3_CONDITION'
  | 'H3_ONWARD_NEEDS_CHECK'
  | 'INVALID_INPUT'
  | 'NO_AGREEMENT'
  | 'NO_DOMESTIC_BASIS'
  | 'RULE_DENIES'
  | 'RULE_LEGAL_BASIS'
  | 'RULE_REDACTS'
  | 'RULE_REQUIRES_APPROVAL'
  | 'RULE_SATISFIED'
  | 'SAME_AGENCY'
  | 'TLP_AMBER_BEYOND_NEED_TO_KNOW'
  | 'TLP_AMBER_STRICT_OUTSIDE_ORGANISATION'
  | 'TLP_OUTSIDE_COMMUNITY'
  | 'TLP_RED_NAMED_RECIPIENT'
  | 'TLP_RED_NOT_NAMED';

/** Admiralty source reliability A–F */
export type SourceReliability =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F';

export type TaskEventAction =
  | 'ACKNOWLEDGED'
  | 'ASSIGNED'
  | 'COMMENTED'
  | 'CREATED'
  | 'EDITED'
  | 'ESCALATED'
  | 'STATUS_CHANGED';

export type TaskFilterInput = {
  /** Assignee agencies (at most 50) */
  assigneeAgencyIds?: Array<string | number> | null | undefined;
  /** Assignee people (at most 50) */
  assigneeUserIds?: Array<string | number> | null | undefined;
  /** true: only tasks past their due date (server time) and not DONE or CANCELLED; false: only the others */
  overdue?: boolean | null | undefined;
  /** 4P pillars */
  pillars?: Array<Pillar> | null | undefined;
  priorities?: Array<TaskPriority> | null | undefined;
  /** Statuses: the board then has only these columns */
  statuses?: Array<TaskStatus> | null | undefined;
  /** Words in the title or the description, case-insensitive (at most 200 characters) */
  text?: string | null | undefined;
};

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** OPEN → IN_PROGRESS → BLOCKED → DONE | CANCELLED */
export type TaskStatus =
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** TLP 2.0 (FIRST); AMBER_STRICT is written AMBER+STRICT */
export type TlpLabel =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';

export type UpdateAgreementInput = {
  article?: string | null | undefined;
  dataCategories?: Array<DataCategory> | null | undefined;
  /** The version you read; CONFLICT when the agreement has changed since */
  expectedVersion: number;
  id: string;
  inForceFrom?: string | null | undefined;
  /** null = open-ended; a past instant ends the agreement now */
  inForceTo?: string | null | undefined;
  kind?: AgreementKind | null | undefined;
  parties?: Array<AgreementPartyInput> | null | undefined;
  purposes?: Array<SharingPurpose> | null | undefined;
  /** true suspends the agreement (no longer a basis), false lifts the suspension */
  suspended?: boolean | null | undefined;
  title?: string | null | undefined;
};

/** Writes your agency’s section of the closing evaluation (Joint Investigation Teams Network, JIT evaluation form); only the fields given change */
export type UpdateEvaluationSectionInput = {
  /** Added value of working as a joint team; null or blank clears; absent = unchanged */
  addedValue?: string | null | undefined;
  /** The agency whose section this is; default (and only allowed value): your own agency */
  agencyId?: string | number | null | undefined;
  /** Arrests: a whole number ≥ 0; null = not reported; absent = unchanged */
  arrests?: number | null | undefined;
  /** Convictions: a whole number ≥ 0; null = not reported; absent = unchanged */
  convictions?: number | null | undefined;
  /** The section’s version you last saw: 0 when it has not been written yet; CONFLICT when stale */
  expectedVersion: number;
  /** Obstacles to exchanging information; null or blank clears; absent = unchanged */
  informationExchangeObstacles?: string | null | undefined;
  /** Language obstacles (translation, interpretation); null or blank clears; absent = unchanged */
  languageObstacles?: string | null | undefined;
  /** Legal obstacles (e.g. differences between national laws, admissibility of evidence); null or blank clears; absent = unchanged */
  legalObstacles?: string | null | undefined;
  /** Lessons learned and good practice; null or blank clears; absent = unchanged */
  lessonsLearned?: string | null | undefined;
  /** MET, PARTLY_MET or NOT_MET; null clears; absent = unchanged */
  objectivesMet?: ObjectivesMet | null | undefined;
  /** How far the objectives were met, in words; null or blank clears; absent = unchanged */
  objectivesNote?: string | null | undefined;
  operationId: string | number;
  /** Potential victims identified: a whole number ≥ 0; null = not reported; absent = unchanged */
  potentialVictimsIdentified?: number | null | undefined;
  /** Practical obstacles (funding, equipment, staff); null or blank clears; absent = unchanged */
  practicalObstacles?: string | null | undefined;
  /** Prosecutions started: a whole number ≥ 0; null = not reported; absent = unchanged */
  prosecutionsStarted?: number | null | undefined;
  /** Seizures: a whole number ≥ 0; null = not reported; absent = unchanged */
  seizures?: number | null | undefined;
  /** Victims referred to assistance: a whole number ≥ 0; null = not reported; absent = unchanged */
  victimsReferredToAssistance?: number | null | undefined;
};

/** Fields left out (or null) stay as they are; markings and data categories are not edited here */
export type UpdateLeadInput = {
  details?: string | null | undefined;
  /** The version you read; a stale one gives CONFLICT and changes nothing */
  expectedVersion: number;
  formOfExploitation?: FormOfExploitation | null | undefined;
  id: string | number;
  informationCredibility?: InformationCredibility | null | undefined;
  sourceReliability?: SourceReliability | null | undefined;
  /** NEW → UNDER_ASSESSMENT | CLOSED; UNDER_ASSESSMENT → ACTIONED | CLOSED; ACTIONED → CLOSED; CLOSED → UNDER_ASSESSMENT */
  status?: LeadStatus | null | undefined;
  /** One line: no line breaks or tabs */
  summary?: string | null | undefined;
};

export type UpdateNationalLawInput = {
  adoptedOn?: string | null | undefined;
  country?: string | null | undefined;
  enteredIntoForceOn?: string | null | undefined;
  /** The version you edited; CONFLICT when the law has changed since */
  expectedVersion: number;
  /** Unknown and malformed ids alike give NOT_FOUND */
  id: string | number;
  reference?: string | null | undefined;
  sourceUrl?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
};

/** Only the fields given change; null clears a nullable one */
export type UpdateOperationInput = {
  /** ISO 3166-1 alpha-2 codes */
  countries?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** UTC date YYYY-MM-DD; a later end is an extension and needs a reason */
  endsOn?: string | null | undefined;
  /** The version you last saw; CONFLICT when the operation changed since */
  expectedVersion: number;
  formsOfExploitation?: Array<FormOfExploitation> | null | undefined;
  legalBasisAgreementId?: string | number | null | undefined;
  legalBasisCitation?: string | null | undefined;
  name?: string | null | undefined;
  operationId: string | number;
  purpose?: string | null | undefined;
  /** Why; required when the period is extended */
  reason?: string | null | undefined;
  /** UTC date YYYY-MM-DD */
  startsOn?: string | null | undefined;
};

/** Only the fields given change; null clears description, dueAt or assigneeUserId */
export type UpdateTaskInput = {
  /** Reassigns the task to another participating agency */
  assigneeAgencyId?: string | number | null | undefined;
  /** A person of the (new) assignee agency; null assigns the agency alone */
  assigneeUserId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** ISO 8601 date and time with a zone, as in CreateTaskInput; stored in UTC; null clears it */
  dueAt?: string | null | undefined;
  /** The version you last saw; CONFLICT when the task changed since */
  expectedVersion: number;
  pillar?: Pillar | null | undefined;
  priority?: TaskPriority | null | undefined;
  taskId: string | number;
  title?: string | null | undefined;
};

export type UpdateTaskStatusInput = {
  /** The version you last saw; CONFLICT when the task changed since */
  expectedVersion: number;
  status: TaskStatus;
  taskId: string | number;
};

export type AuditChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainStatusQuery = { auditChainStatus: { ok: boolean, entries: number, firstBrokenSeq: number | null, reason: string | null } };

export type ImportDatasetMutationVariables = Exact<{
  kind: DatasetKind;
  confirm?: boolean | null | undefined;
}>;


export type ImportDatasetMutation = { importDataset: { kind: DatasetKind, source: string, inserted: number, updated: number, unchanged: number, removed: number, applied: boolean, confirmationNeeded: boolean, examples: { inserted: Array<string>, updated: Array<string>, removed: Array<string> }, rejected: Array<{ line: number, sheet: string | null, reason: string }> } };

export type AgencyPersonFieldsFragment = { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean };

export type AgencyPeopleQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;


export type AgencyPeopleQuery = { agencyPeople: Array<{ id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean }> };

export type InvitePersonMutationVariables = Exact<{
  input: InvitePersonInput;
}>;


export type InvitePersonMutation = { invitePerson: { link: string, expiresAt: string, person: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean } } };

export type ChangePersonRolesMutationVariables = Exact<{
  input: ChangePersonRolesInput;
}>;


export type ChangePersonRolesMutation = { changePersonRoles: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean } };

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type EnablePersonMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnablePersonMutation = { enablePerson: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean } };

export type StartPasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type StartPasswordResetMutation = { startPasswordReset: { link: string, expiresAt: string, person: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean } } };

export type AgencyDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyDirectoryQuery = { agencies: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }> };

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;


export type CreateAgencyMutation = { createAgency: { agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, firstAdmin: { link: string, expiresAt: string, person: { id: string, email: string, displayName: string, roles: Array<Role>, disabled: boolean, lastSignInAt: string | null, hasPassword: boolean } } } };

export type AgreementFieldsFragment = { id: string, kind: AgreementKind, title: string, article: string | null, dataCategories: Array<DataCategory>, purposes: Array<SharingPurpose>, inForceFrom: string, inForceTo: string | null, suspended: boolean, status: AgreementStatus, version: number, updatedAt: string, parties: Array<{ kind: AgreementPartyKind, country: string | null, agencyId: string | null, agency: { id: string, acronym: string, name: string } | null }> };

export type RuleVersionFieldsFragment = { ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string };

export type RuleFieldsFragment = { id: string, currentVersion: number, retired: boolean, current: { ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }, versions: Array<{ ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }> };

export type AgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementsQuery = { agreements: Array<{ id: string, kind: AgreementKind, title: string, article: string | null, dataCategories: Array<DataCategory>, purposes: Array<SharingPurpose>, inForceFrom: string, inForceTo: string | null, suspended: boolean, status: AgreementStatus, version: number, updatedAt: string, parties: Array<{ kind: AgreementPartyKind, country: string | null, agencyId: string | null, agency: { id: string, acronym: string, name: string } | null }> }> };

export type CreateAgreementMutationVariables = Exact<{
  input: CreateAgreementInput;
}>;


export type CreateAgreementMutation = { createAgreement: { id: string, kind: AgreementKind, title: string, article: string | null, dataCategories: Array<DataCategory>, purposes: Array<SharingPurpose>, inForceFrom: string, inForceTo: string | null, suspended: boolean, status: AgreementStatus, version: number, updatedAt: string, parties: Array<{ kind: AgreementPartyKind, country: string | null, agencyId: string | null, agency: { id: string, acronym: string, name: string } | null }> } };

export type UpdateAgreementMutationVariables = Exact<{
  input: UpdateAgreementInput;
}>;


export type UpdateAgreementMutation = { updateAgreement: { id: string, kind: AgreementKind, title: string, article: string | null, dataCategories: Array<DataCategory>, purposes: Array<SharingPurpose>, inForceFrom: string, inForceTo: string | null, suspended: boolean, status: AgreementStatus, version: number, updatedAt: string, parties: Array<{ kind: AgreementPartyKind, country: string | null, agencyId: string | null, agency: { id: string, acronym: string, name: string } | null }> } };

export type JurisdictionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type JurisdictionRulesQuery = { jurisdictionRules: Array<{ id: string, currentVersion: number, retired: boolean, current: { ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }, versions: Array<{ ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }> }> };

export type CreateJurisdictionRuleMutationVariables = Exact<{
  input: CreateJurisdictionRuleInput;
}>;


export type CreateJurisdictionRuleMutation = { createJurisdictionRule: { id: string, currentVersion: number, retired: boolean, current: { ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }, versions: Array<{ ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }> } };

export type ReviseJurisdictionRuleMutationVariables = Exact<{
  input: ReviseJurisdictionRuleInput;
}>;


export type ReviseJurisdictionRuleMutation = { reviseJurisdictionRule: { id: string, currentVersion: number, retired: boolean, current: { ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }, versions: Array<{ ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }> } };

export type RetireJurisdictionRuleMutationVariables = Exact<{
  id: string;
  expectedVersion: number;
}>;


export type RetireJurisdictionRuleMutation = { retireJurisdictionRule: { id: string, currentVersion: number, retired: boolean, current: { ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }, versions: Array<{ ruleId: string, version: number, effectiveFrom: string | null, effectiveTo: string | null, scopeJson: string, flows: Array<RuleFlow>, whenJson: string | null, conditionJson: string, text: string, inEffect: boolean, retiredAt: string | null, createdAt: string }> } };

export type LeadAuditTrailQueryVariables = Exact<{
  leadId: string | number;
}>;


export type LeadAuditTrailQuery = { leadAuditTrail: Array<{ seq: number, at: string, actorName: string | null, actorAgencyAcronym: string | null, action: string, subjectType: string, subjectId: string, reason: string | null, clientAddress: string | null, details: string, hash: string }> };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { secondFactorRequired: boolean, secondFactorMethods: Array<SecondFactorMethod>, passkeyOptions: string | null, challengeToken: string | null, challengeExpiresAt: string | null, secondFactorEnrolmentRequired: boolean, accessTokenExpiresAt: string | null, user: { id: string, email: string, displayName: string, roles: Array<Role>, language: string | null, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } } | null } };

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshSessionMutation = { refreshSession: { accessTokenExpiresAt: string, user: { id: string, email: string, displayName: string, roles: Array<Role>, language: string | null, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, language: string | null, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } } };

export type SetMyLanguageMutationVariables = Exact<{
  input: SetMyLanguageInput;
}>;


export type SetMyLanguageMutation = { setMyLanguage: { id: string, email: string, displayName: string, roles: Array<Role>, language: string | null, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } } };

export type OperationMessagesQueryVariables = Exact<{
  operationId: string | number;
  threadId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  beforeSeq?: number | null | undefined;
}>;


export type OperationMessagesQuery = { operationUnreadMessageCount: number, operationMessages: Array<{ id: string, threadId: string | null, seq: number, body: string | null, tlp: TlpLabel, handlingCode: HandlingCode | null, handlingCondition: string | null, createdAt: string, editedAt: string | null, deletedAt: string | null, replyCount: number, viewerCanEdit: boolean, viewerCanDelete: boolean, author: { id: string, displayName: string }, authorAgency: { id: string, acronym: string } }> };

export type PostOperationMessageMutationVariables = Exact<{
  input: PostOperationMessageInput;
}>;


export type PostOperationMessageMutation = { postOperationMessage: { id: string, threadId: string | null } };

export type EditOperationMessageMutationVariables = Exact<{
  input: EditOperationMessageInput;
}>;


export type EditOperationMessageMutation = { editOperationMessage: { id: string, body: string | null, handlingCondition: string | null, editedAt: string | null } };

export type DeleteOperationMessageMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOperationMessageMutation = { deleteOperationMessage: { id: string, body: string | null, deletedAt: string | null } };

export type MarkOperationMessagesReadMutationVariables = Exact<{
  operationId: string | number;
}>;


export type MarkOperationMessagesReadMutation = { markOperationMessagesRead: number };

export type AttachedFilesQueryVariables = Exact<{
  attachedTo: FileAttachmentInput;
}>;


export type AttachedFilesQuery = { files: Array<{ id: string, name: string, size: number, sha256: string | null, tlp: TlpLabel, handlingCode: HandlingCode | null, handlingCondition: string | null, contentType: string | null, state: FileState, uploadedAt: string | null, expiresAt: string | null, deletedAt: string | null, deletedReason: string | null, integrityFailedAt: string | null, uploadedBy: { id: string, displayName: string } | null, uploaderAgency: { id: string, acronym: string } | null }> };

export type FileCustodyQueryVariables = Exact<{
  fileId: string | number;
}>;


export type FileCustodyQuery = { fileCustody: Array<{ action: string, at: string, sha256: string | null, reason: string | null, intact: boolean | null, sha256Found: string | null, clientAddress: string | null, movedFrom: { kind: FileAttachmentKind, id: string } | null, movedTo: { kind: FileAttachmentKind, id: string } | null, actor: { id: string, displayName: string } | null, agency: { id: string, acronym: string } | null }> };

export type SetOperationFileRetentionMutationVariables = Exact<{
  operationId: string | number;
  days: number;
}>;


export type SetOperationFileRetentionMutation = { setOperationFileRetention: number };

export type CreateFileDownloadTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type CreateFileDownloadTicketMutation = { createFileDownloadTicket: { url: string, expiresAt: string } };

export type DeleteFileMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeleteFileMutation = { deleteFile: { id: string, state: FileState, deletedAt: string | null, deletedReason: string | null } };

export type AgencyFieldsFragment = { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null };

export type AgencyBadgeFieldsFragment = { id: string, name: string, acronym: string, country: string | null };

export type PersonFieldsFragment = { id: string, displayName: string, agency: { id: string, acronym: string } };

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, roles: Array<Role>, language: string | null, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } };

export type TaskCardFieldsFragment = { id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null };

export type NotificationFieldsFragment = { id: string, type: NotificationType, title: string, body: string | null, operationId: string | null, taskId: string | null, leadId: string | null, urgent: boolean, heldBack: boolean, readAt: string | null, createdAt: string, textValues: Array<{ name: string, value: string }> };

export type ShownFigureFieldsFragment = { count: number | null, suppressed: boolean, label: string, threshold: number | null };

export type IndicatorTableQueryVariables = Exact<{
  input: IndicatorTableInput;
}>;


export type IndicatorTableQuery = { indicatorTable: { source: string, indicator: IndicatorKind, dimensions: Array<IndicatorDimension>, categories: Array<Array<string>>, k: number, viewerIsOwner: boolean, citation: string, cells: Array<{ key: Array<string>, count: number | null, suppressed: boolean, label: string, threshold: number | null, perturbed: boolean, ownCount: number | null }>, rowTotals: Array<{ count: number | null, suppressed: boolean, label: string, threshold: number | null, perturbed: boolean }>, columnTotals: Array<{ count: number | null, suppressed: boolean, label: string, threshold: number | null, perturbed: boolean }>, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, percentages: { denominator: number | null, unknown: number | null, note: string, rows: Array<{ category: string, count: number | null, percent: number | null }> } | null, rowPercentages: { columns: Array<string>, note: string, rows: Array<{ category: string, denominator: number | null, unknown: number | null, percents: Array<number | null> }>, total: { category: string, denominator: number | null, unknown: number | null, percents: Array<number | null> } } | null } };

export type IndicatorTableCsvQueryVariables = Exact<{
  input: IndicatorTableInput;
}>;


export type IndicatorTableCsvQuery = { indicatorTableCsv: string };

export type FormsNamedTableQueryVariables = Exact<{
  input: IndicatorScopeInput;
}>;


export type FormsNamedTableQuery = { formsNamedTable: { source: string, indicator: IndicatorKind, k: number, viewerIsOwner: boolean, note: string, citation: string, rows: Array<{ form: string, alone: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, named: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }>, severalForms: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, unknown: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } } };

export type FormsNamedTableCsvQueryVariables = Exact<{
  input: IndicatorScopeInput;
}>;


export type FormsNamedTableCsvQuery = { formsNamedTableCsv: string };

export type SharingReasonFieldsFragment = { code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> };

export type LeadShareFieldsFragment = { id: string, leadId: string, purpose: SharingPurpose, outcome: SharingOutcome, status: LeadShareStatus, redactedCategories: Array<DataCategory>, summary: string, decidedAt: string, approvalReason: string | null, approvalAt: string | null, revokedAt: string | null, lapsedAt: string | null, lapseReason: LeadShareLapseReason | null, createdAt: string, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, senderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, sharedBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> };

export type LeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadsQuery = { leadCount: number, leads: Array<{ id: string, summary: string, formOfExploitation: FormOfExploitation, tlp: TlpLabel, sourceReliability: SourceReliability, informationCredibility: InformationCredibility, grade: string, handlingCodes: Array<HandlingCode>, status: LeadStatus, viewerIsOriginator: boolean, createdAt: string, originatingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, route: Array<{ country: string, role: RouteRole }>, redaction: { categories: Array<DataCategory> } | null }> };

export type LeadQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadQuery = { lead: { id: string, summary: string, details: string, formOfExploitation: FormOfExploitation, dataCategories: Array<DataCategory>, tlp: TlpLabel, sourceReliability: SourceReliability, informationCredibility: InformationCredibility, grade: string, handlingCodes: Array<HandlingCode>, handlingCondition: string | null, status: LeadStatus, version: number, viewerIsOriginator: boolean, createdAt: string, updatedAt: string, operation: { id: string, name: string } | null, originatingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, route: Array<{ country: string, role: RouteRole }>, namedRecipients: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }>, persons: Array<{ id: string, role: LeadPersonRole, name: string | null, pseudonym: string | null, description: string | null, hasIdentity: boolean }>, selectors: Array<{ id: string, kind: SelectorKind, display: string, personId: string | null, createdAt: string }>, hitMode: { mode: HitMode, isDefault: boolean, defaultReason: HitModeDefaultReason, defaultExplanation: string, effectiveMode: HitMode, reason: HitDisclosureReason, explanation: string } | null, redaction: { categories: Array<DataCategory>, notice: string, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> } | null, shares: Array<{ id: string, leadId: string, purpose: SharingPurpose, outcome: SharingOutcome, status: LeadShareStatus, redactedCategories: Array<DataCategory>, summary: string, decidedAt: string, approvalReason: string | null, approvalAt: string | null, revokedAt: string | null, lapsedAt: string | null, lapseReason: LeadShareLapseReason | null, createdAt: string, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, senderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, sharedBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }>, linkedTasks: Array<{ id: string, title: string, status: TaskStatus, operation: { id: string, name: string } }> } };

export type AgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgenciesQuery = { agencies: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }> };

export type PreviewLeadShareQueryVariables = Exact<{
  input: ShareLeadInput;
}>;


export type PreviewLeadShareQuery = { previewLeadShare: Array<{ outcome: SharingOutcome, redactedCategories: Array<DataCategory>, summary: string, purpose: SharingPurpose, at: string, existingShareStatus: LeadShareStatus | null, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> };

export type ShareLeadMutationVariables = Exact<{
  input: ShareLeadInput;
}>;


export type ShareLeadMutation = { shareLead: Array<{ id: string, leadId: string, purpose: SharingPurpose, outcome: SharingOutcome, status: LeadShareStatus, redactedCategories: Array<DataCategory>, summary: string, decidedAt: string, approvalReason: string | null, approvalAt: string | null, revokedAt: string | null, lapsedAt: string | null, lapseReason: LeadShareLapseReason | null, createdAt: string, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, senderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, sharedBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> };

export type RevokeLeadShareMutationVariables = Exact<{
  shareId: string | number;
}>;


export type RevokeLeadShareMutation = { revokeLeadShare: { id: string, leadId: string, purpose: SharingPurpose, outcome: SharingOutcome, status: LeadShareStatus, redactedCategories: Array<DataCategory>, summary: string, decidedAt: string, approvalReason: string | null, approvalAt: string | null, revokedAt: string | null, lapsedAt: string | null, lapseReason: LeadShareLapseReason | null, createdAt: string, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, senderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, sharedBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> } };

export type PendingLeadShareApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingLeadShareApprovalsQuery = { pendingLeadShareApprovals: Array<{ id: string, leadId: string, purpose: SharingPurpose, outcome: SharingOutcome, status: LeadShareStatus, redactedCategories: Array<DataCategory>, summary: string, decidedAt: string, approvalReason: string | null, approvalAt: string | null, revokedAt: string | null, lapsedAt: string | null, lapseReason: LeadShareLapseReason | null, createdAt: string, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, senderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, sharedBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }>, leads: Array<{ id: string, summary: string, tlp: TlpLabel, grade: string, sourceReliability: SourceReliability, informationCredibility: InformationCredibility }> };

export type DecideLeadShareApprovalMutationVariables = Exact<{
  input: DecideLeadShareApprovalInput;
}>;


export type DecideLeadShareApprovalMutation = { decideLeadShareApproval: { id: string, leadId: string, purpose: SharingPurpose, outcome: SharingOutcome, status: LeadShareStatus, redactedCategories: Array<DataCategory>, summary: string, decidedAt: string, approvalReason: string | null, approvalAt: string | null, revokedAt: string | null, lapsedAt: string | null, lapseReason: LeadShareLapseReason | null, createdAt: string, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, senderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, sharedBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> } };

export type RevealPotentialVictimMutationVariables = Exact<{
  input: RevealPotentialVictimInput;
}>;


export type RevealPotentialVictimMutation = { revealPotentialVictim: { personId: string, pseudonym: string, fullName: string | null, dateOfBirth: string | null, nationality: string | null } };

export type UpdateLeadMutationVariables = Exact<{
  input: UpdateLeadInput;
}>;


export type UpdateLeadMutation = { updateLead: { id: string, status: LeadStatus, version: number, summary: string, details: string } };

export type SearchLeadsQueryVariables = Exact<{
  text: string;
}>;


export type SearchLeadsQuery = { searchLeadCount: number, searchLeads: Array<{ id: string, summary: string }> };

export type LeadLinkableTasksQueryVariables = Exact<{
  operationId: string | number;
}>;


export type LeadLinkableTasksQuery = { operation: { id: string, viewerIsCoordinator: boolean }, tasks: Array<{ id: string, title: string, status: TaskStatus }> };

export type LinkTaskToLeadMutationVariables = Exact<{
  input: LinkTaskToLeadInput;
}>;


export type LinkTaskToLeadMutation = { linkTaskToLead: { id: string } };

export type UnlinkTaskFromLeadMutationVariables = Exact<{
  taskId: string | number;
}>;


export type UnlinkTaskFromLeadMutation = { unlinkTaskFromLead: { id: string } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { id: string } };

export type LeadFormOperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadFormOperationsQuery = { operations: Array<{ id: string, name: string, status: OperationStatus }> };

export type SelectorMatchFieldsFragment = { kind: SelectorKind, hit: boolean, holders: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }> };

export type AddLeadSelectorMutationVariables = Exact<{
  input: AddLeadSelectorInput;
}>;


export type AddLeadSelectorMutation = { addLeadSelector: { selector: { id: string, kind: SelectorKind, display: string }, match: { kind: SelectorKind, hit: boolean, holders: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }> } } };

export type RemoveLeadSelectorMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveLeadSelectorMutation = { removeLeadSelector: string };

export type SetLeadHitModeMutationVariables = Exact<{
  input: SetLeadHitModeInput;
}>;


export type SetLeadHitModeMutation = { setLeadHitMode: { id: string } };

export type QuerySelectorQueryVariables = Exact<{
  input: QuerySelectorInput;
}>;


export type QuerySelectorQuery = { querySelector: { kind: SelectorKind, hit: boolean, holders: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }> } };

export type SelectorQueryBudgetQueryVariables = Exact<{ [key: string]: never; }>;


export type SelectorQueryBudgetQuery = { selectorQueryBudget: { personRemaining: number, agencyRemaining: number, personLimit: number, agencyLimit: number } };

export type DeconflictionCaseFieldsFragment = { id: string, side: DeconflictionSide, selectorKind: SelectorKind, ownLeadId: string | null, hits: number, createdAt: string, lastHitAt: string, holderDisclosed: boolean, holderKnown: boolean, queryingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, holderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, contacts: Array<{ id: string, fromSide: DeconflictionSide, message: string, createdAt: string, fromAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } }>, leadRequests: Array<{ id: string, status: DeconflictionLeadRequestStatus, purpose: SharingPurpose, reason: string, requestedAt: string, decidedAt: string | null, decisionReason: string | null, outcome: SharingOutcome | null, redactedCategories: Array<DataCategory>, sharedLeadId: string | null, requestingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> };

export type DeconflictionCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeconflictionCasesQuery = { deconflictionCases: Array<{ id: string, side: DeconflictionSide, selectorKind: SelectorKind, ownLeadId: string | null, hits: number, createdAt: string, lastHitAt: string, holderDisclosed: boolean, holderKnown: boolean, queryingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, holderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, contacts: Array<{ id: string, fromSide: DeconflictionSide, message: string, createdAt: string, fromAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } }>, leadRequests: Array<{ id: string, status: DeconflictionLeadRequestStatus, purpose: SharingPurpose, reason: string, requestedAt: string, decidedAt: string | null, decisionReason: string | null, outcome: SharingOutcome | null, redactedCategories: Array<DataCategory>, sharedLeadId: string | null, requestingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> }> };

export type ProposeDeconflictionContactMutationVariables = Exact<{
  input: ProposeDeconflictionContactInput;
}>;


export type ProposeDeconflictionContactMutation = { proposeDeconflictionContact: { id: string, side: DeconflictionSide, selectorKind: SelectorKind, ownLeadId: string | null, hits: number, createdAt: string, lastHitAt: string, holderDisclosed: boolean, holderKnown: boolean, queryingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, holderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, contacts: Array<{ id: string, fromSide: DeconflictionSide, message: string, createdAt: string, fromAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } }>, leadRequests: Array<{ id: string, status: DeconflictionLeadRequestStatus, purpose: SharingPurpose, reason: string, requestedAt: string, decidedAt: string | null, decisionReason: string | null, outcome: SharingOutcome | null, redactedCategories: Array<DataCategory>, sharedLeadId: string | null, requestingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> } };

export type RequestDeconflictionLeadMutationVariables = Exact<{
  input: RequestDeconflictionLeadInput;
}>;


export type RequestDeconflictionLeadMutation = { requestDeconflictionLead: { id: string, side: DeconflictionSide, selectorKind: SelectorKind, ownLeadId: string | null, hits: number, createdAt: string, lastHitAt: string, holderDisclosed: boolean, holderKnown: boolean, queryingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, holderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, contacts: Array<{ id: string, fromSide: DeconflictionSide, message: string, createdAt: string, fromAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } }>, leadRequests: Array<{ id: string, status: DeconflictionLeadRequestStatus, purpose: SharingPurpose, reason: string, requestedAt: string, decidedAt: string | null, decisionReason: string | null, outcome: SharingOutcome | null, redactedCategories: Array<DataCategory>, sharedLeadId: string | null, requestingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> } };

export type DecideDeconflictionLeadRequestMutationVariables = Exact<{
  input: DecideDeconflictionLeadRequestInput;
}>;


export type DecideDeconflictionLeadRequestMutation = { decideDeconflictionLeadRequest: { id: string, side: DeconflictionSide, selectorKind: SelectorKind, ownLeadId: string | null, hits: number, createdAt: string, lastHitAt: string, holderDisclosed: boolean, holderKnown: boolean, queryingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, holderAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, contacts: Array<{ id: string, fromSide: DeconflictionSide, message: string, createdAt: string, fromAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } }>, leadRequests: Array<{ id: string, status: DeconflictionLeadRequestStatus, purpose: SharingPurpose, reason: string, requestedAt: string, decidedAt: string | null, decisionReason: string | null, outcome: SharingOutcome | null, redactedCategories: Array<DataCategory>, sharedLeadId: string | null, requestingAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> }> } };

export type DeconflictionLeadRequestPreviewQueryVariables = Exact<{
  requestId: string | number;
}>;


export type DeconflictionLeadRequestPreviewQuery = { deconflictionLeadRequestPreview: { outcome: SharingOutcome, redactedCategories: Array<DataCategory>, summary: string, purpose: SharingPurpose, at: string, existingShareStatus: LeadShareStatus | null, recipientAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, legalBasis: { kind: string, id: string, title: string, article: string | null } | null, reasons: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }>, conditions: Array<{ code: SharingReasonCode, source: string, ref: string, text: string, textValues: Array<{ name: string, value: string }> }> } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  take?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: Array<{ id: string, type: NotificationType, title: string, body: string | null, operationId: string | null, taskId: string | null, leadId: string | null, urgent: boolean, heldBack: boolean, readAt: string | null, createdAt: string, textValues: Array<{ name: string, value: string }> }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { mutedTypes: Array<NotificationType>, mutedOperationIds: Array<string>, quietHoursStart: string | null, quietHoursEnd: string | null, timeZone: string } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { mutedTypes: Array<NotificationType>, mutedOperationIds: Array<string>, quietHoursStart: string | null, quietHoursEnd: string | null, timeZone: string } };

export type NotificationDigestQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationDigestQuery = { notificationDigest: { until: string, count: number, items: Array<{ id: string, type: NotificationType, title: string, body: string | null, operationId: string | null, taskId: string | null, leadId: string | null, urgent: boolean, heldBack: boolean, readAt: string | null, createdAt: string, textValues: Array<{ name: string, value: string }> }> } };

export type LatestNotificationQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestNotificationQuery = { notifications: Array<{ id: string, createdAt: string }> };

export type OperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsQuery = { operations: Array<{ id: string, name: string, description: string | null, status: OperationStatus, countries: Array<string>, formsOfExploitation: Array<FormOfExploitation>, viewerIsCoordinator: boolean, createdAt: string, leadAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, participatingAgencies: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }>, taskColumns: Array<{ status: TaskStatus, total: number }> }> };

export type OperationInvitationFieldsFragment = { id: string, status: InvitationStatus, role: OperationAgencyRole, message: string | null, invitedBy: string, createdAt: string, expiresAt: string, respondedAt: string | null, respondedBy: string | null, responseReason: string | null, answerers: number, agency: { id: string, acronym: string, name: string } };

export type OperationBoardQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  filter?: TaskFilterInput | null | undefined;
}>;


export type OperationBoardQuery = { operation: { id: string, name: string, description: string | null, status: OperationStatus, countries: Array<string>, formsOfExploitation: Array<FormOfExploitation>, viewerIsCoordinator: boolean, escalationMinutes: number, fileRetentionDays: number, createdAt: string, purpose: string | null, version: number, startsOn: string | null, endsOn: string | null, legalBasisAgreementId: string | null, legalBasisCitation: string | null, evaluationFinalisedAt: string | null, leadAgency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }, participatingAgencies: Array<{ id: string, name: string, acronym: string, kind: AgencyKind, country: string | null }>, coordinators: Array<{ id: string, displayName: string, agency: { id: string, acronym: string } }>, participants: Array<{ role: OperationAgencyRole, isLead: boolean, joinedAt: string, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } }>, history: Array<{ id: string, action: OperationEventAction, fromStatus: OperationStatus | null, toStatus: OperationStatus | null, detail: string | null, reason: string | null, at: string, actor: { id: string, displayName: string, agency: { id: string, acronym: string } } | null, agency: { id: string, acronym: string } | null }>, invitations: Array<{ id: string, status: InvitationStatus, role: OperationAgencyRole, message: string | null, invitedBy: string, createdAt: string, expiresAt: string, respondedAt: string | null, respondedBy: string | null, responseReason: string | null, answerers: number, agency: { id: string, acronym: string, name: string } }>, taskAssignees: Array<{ id: string, displayName: string, agency: { id: string, acronym: string } }>, taskColumns: Array<{ status: TaskStatus, total: number, tasks: Array<{ id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null }> }> } };

export type OperationTaskExportQueryVariables = Exact<{
  id: string | number;
  filter?: TaskFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type OperationTaskExportQuery = { operation: { id: string, taskColumns: Array<{ status: TaskStatus, total: number, tasks: Array<{ id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null }> }> } };

export type AssignableUsersQueryVariables = Exact<{
  operationId: string | number;
  agencyId: string | number;
}>;


export type AssignableUsersQuery = { assignableUsers: Array<{ id: string, displayName: string, roles: Array<Role> }> };

export type SetOperationEscalationMinutesMutationVariables = Exact<{
  operationId: string | number;
  minutes: number;
}>;


export type SetOperationEscalationMinutesMutation = { setOperationEscalationMinutes: { id: string, escalationMinutes: number } };

export type LegalBasisAgreementsQueryVariables = Exact<{ [key: string]: never; }>;


export type LegalBasisAgreementsQuery = { agreements: Array<{ id: string, title: string, article: string | null, status: AgreementStatus }> };

export type CreateOperationMutationVariables = Exact<{
  input: CreateOperationInput;
}>;


export type CreateOperationMutation = { createOperation: { id: string, name: string, status: OperationStatus, version: number } };

export type UpdateOperationMutationVariables = Exact<{
  input: UpdateOperationInput;
}>;


export type UpdateOperationMutation = { updateOperation: { id: string, version: number } };

export type ChangeOperationStatusMutationVariables = Exact<{
  input: ChangeOperationStatusInput;
}>;


export type ChangeOperationStatusMutation = { changeOperationStatus: { id: string, status: OperationStatus, version: number } };

export type InviteAgencyToOperationMutationVariables = Exact<{
  input: InviteAgencyToOperationInput;
}>;


export type InviteAgencyToOperationMutation = { inviteAgencyToOperation: { id: string, status: InvitationStatus, role: OperationAgencyRole, message: string | null, invitedBy: string, createdAt: string, expiresAt: string, respondedAt: string | null, respondedBy: string | null, responseReason: string | null, answerers: number, agency: { id: string, acronym: string, name: string } } };

export type WithdrawOperationInvitationMutationVariables = Exact<{
  invitationId: string | number;
  reason?: string | null | undefined;
}>;


export type WithdrawOperationInvitationMutation = { withdrawOperationInvitation: { id: string, status: InvitationStatus, role: OperationAgencyRole, message: string | null, invitedBy: string, createdAt: string, expiresAt: string, respondedAt: string | null, respondedBy: string | null, responseReason: string | null, answerers: number, agency: { id: string, acronym: string, name: string } } };

export type OperationInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationInvitationsQuery = { operationInvitations: Array<{ id: string, status: InvitationStatus, role: OperationAgencyRole, message: string | null, invitedBy: string, createdAt: string, expiresAt: string, respondedAt: string | null, respondedBy: string | null, responseReason: string | null, operation: { id: string, name: string, purpose: string | null, status: OperationStatus, startsOn: string | null, endsOn: string | null, leadAgency: { id: string, acronym: string, name: string } }, agency: { id: string, acronym: string } }> };

export type RespondToOperationInvitationMutationVariables = Exact<{
  input: RespondToOperationInvitationInput;
}>;


export type RespondToOperationInvitationMutation = { respondToOperationInvitation: { id: string, status: InvitationStatus, respondedAt: string | null, respondedBy: string | null, responseReason: string | null } };

export type LeaveOperationMutationVariables = Exact<{
  operationId: string | number;
}>;


export type LeaveOperationMutation = { leaveOperation: boolean };

export type RemoveAgencyFromOperationMutationVariables = Exact<{
  operationId: string | number;
  agencyId: string | number;
}>;


export type RemoveAgencyFromOperationMutation = { removeAgencyFromOperation: { id: string } };

export type AppointOperationCoordinatorMutationVariables = Exact<{
  operationId: string | number;
  userId: string | number;
}>;


export type AppointOperationCoordinatorMutation = { appointOperationCoordinator: { id: string } };

export type StandDownOperationCoordinatorMutationVariables = Exact<{
  operationId: string | number;
  userId: string | number;
}>;


export type StandDownOperationCoordinatorMutation = { standDownOperationCoordinator: { id: string } };

export type InformationRequestsQueryVariables = Exact<{
  operationId: string | number;
}>;


export type InformationRequestsQuery = { informationRequests: Array<{ id: string, subject: string, body: string, priority: TaskPriority, dueAt: string | null, tlp: TlpLabel, handlingCode: HandlingCode | null, handlingCondition: string | null, status: InformationRequestStatus, createdAt: string, acknowledgedAt: string | null, answeredAt: string | null, answer: string | null, escalatedAt: string | null, overdue: boolean, viewerCanRespond: boolean, fromAgency: { id: string, acronym: string }, toAgency: { id: string, acronym: string }, sender: { id: string, displayName: string }, acknowledgedBy: { id: string, displayName: string } | null, answeredBy: { id: string, displayName: string } | null }> };

export type SendInformationRequestMutationVariables = Exact<{
  input: SendInformationRequestInput;
}>;


export type SendInformationRequestMutation = { sendInformationRequest: { id: string, status: InformationRequestStatus } };

export type AcknowledgeInformationRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeInformationRequestMutation = { acknowledgeInformationRequest: { id: string, status: InformationRequestStatus, acknowledgedAt: string | null } };

export type AnswerInformationRequestMutationVariables = Exact<{
  input: AnswerInformationRequestInput;
}>;


export type AnswerInformationRequestMutation = { answerInformationRequest: { id: string, status: InformationRequestStatus, answer: string | null, answeredAt: string | null } };

export type WorkspaceSearchQueryVariables = Exact<{
  text: string;
}>;


export type WorkspaceSearchQuery = { searchLeadCount: number, searchOperations: Array<{ id: string, name: string, status: OperationStatus }>, searchTasks: Array<{ id: string, title: string, status: TaskStatus, operation: { id: string, name: string } }>, searchLeads: Array<{ id: string, summary: string }>, searchMessages: Array<{ id: string, body: string | null, operationId: string, tlp: TlpLabel, createdAt: string, author: { id: string, displayName: string } }> };

export type LoginSecondFactorMutationVariables = Exact<{
  input: LoginSecondFactorInput;
}>;


export type LoginSecondFactorMutation = { loginSecondFactor: { accessTokenExpiresAt: string, user: { id: string, email: string, displayName: string, roles: Array<Role>, language: string | null, agency: { id: string, name: string, acronym: string, kind: AgencyKind, country: string | null } } } };

export type MySecondFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecondFactorQuery = { mySecondFactor: { enabled: boolean, totpEnabled: boolean, enabledAt: string | null, enrolmentRequired: boolean, requiredByAgency: boolean, requiredForAdmins: boolean, recoveryCodesLeft: number, passkeys: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null, transports: Array<string> }> } };

export type BeginTotpEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginTotpEnrolmentMutation = { beginTotpEnrolment: { secret: string, otpauthUri: string, qrCodeSvg: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpEnrolmentMutation = { confirmTotpEnrolment: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  input: DisableTotpInput;
}>;


export type DisableTotpMutation = { disableTotp: boolean };

export type ReauthenticateMutationVariables = Exact<{
  input: ReauthenticateInput;
}>;


export type ReauthenticateMutation = { reauthenticate: { reauthenticatedAt: string, validUntil: string } };

export type SetAgencySecondFactorRequiredMutationVariables = Exact<{
  required: boolean;
}>;


export type SetAgencySecondFactorRequiredMutation = { setAgencySecondFactorRequired: boolean };

export type SetAdminSecondFactorRequiredMutationVariables = Exact<{
  required: boolean;
}>;


export type SetAdminSecondFactorRequiredMutation = { setAdminSecondFactorRequired: boolean };

export type MyPasskeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPasskeysQuery = { mySecondFactor: { passkeys: Array<{ id: string }> } };

export type BeginPasskeyRegistrationMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginPasskeyRegistrationMutation = { beginPasskeyRegistration: { optionsJson: string, expiresAt: string } };

export type FinishPasskeyRegistrationMutationVariables = Exact<{
  input: FinishPasskeyRegistrationInput;
}>;


export type FinishPasskeyRegistrationMutation = { finishPasskeyRegistration: { id: string, name: string, createdAt: string, lastUsedAt: string | null, transports: Array<string> } };

export type RemovePasskeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RemovePasskeyMutation = { removePasskey: boolean };

export type BeginPasskeyReauthenticationMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginPasskeyReauthenticationMutation = { beginPasskeyReauthentication: { optionsJson: string, expiresAt: string } };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { myTasks: Array<{ id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, operation: { id: string, name: string, escalationMinutes: number }, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null }> };

export type TaskDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskDetailQuery = { task: { description: string | null, createdAt: string, id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, operation: { id: string, name: string, status: OperationStatus, escalationMinutes: number, viewerIsCoordinator: boolean }, lead: { id: string, summary: string, tlp: TlpLabel } | null, createdBy: { id: string, displayName: string, agency: { id: string, acronym: string } }, comments: Array<{ id: string, body: string, createdAt: string, author: { id: string, displayName: string, agency: { id: string, acronym: string } } }>, history: Array<{ id: string, action: TaskEventAction, fromStatus: TaskStatus | null, toStatus: TaskStatus | null, detail: string | null, at: string, actor: { id: string, displayName: string, agency: { id: string, acronym: string } } | null }>, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null } };

export type UpdateTaskStatusMutationVariables = Exact<{
  input: UpdateTaskStatusInput;
}>;


export type UpdateTaskStatusMutation = { updateTaskStatus: { id: string, status: TaskStatus, version: number, updatedAt: string } };

export type AddTaskCommentMutationVariables = Exact<{
  input: AddTaskCommentInput;
}>;


export type AddTaskCommentMutation = { addTaskComment: { id: string, body: string, createdAt: string, author: { id: string, displayName: string, agency: { id: string, acronym: string } } } };

export type AcknowledgeTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type AcknowledgeTaskMutation = { acknowledgeTask: { id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null } };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, title: string, status: TaskStatus, version: number, priority: TaskPriority, pillar: Pillar, dueAt: string | null, createdAt: string, updatedAt: string, viewerCanUpdateStatus: boolean, requiresAcknowledgement: boolean, acknowledgedAt: string | null, escalatedAt: string | null, assigneeLeft: boolean, assigneeAgency: { id: string, name: string, acronym: string, country: string | null }, assigneeUser: { id: string, displayName: string } | null, acknowledgedBy: { id: string, displayName: string, agency: { id: string, acronym: string } } | null } };

export type EvaluationSectionFieldsFragment = { role: OperationAgencyRole | null, written: boolean, version: number, objectivesMet: ObjectivesMet | null, objectivesNote: string | null, legalObstacles: string | null, practicalObstacles: string | null, languageObstacles: string | null, informationExchangeObstacles: string | null, addedValue: string | null, lessonsLearned: string | null, updatedAt: string | null, viewerCanEdit: boolean, agency: { id: string, acronym: string, name: string }, arrests: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, potentialVictimsIdentified: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, victimsReferredToAssistance: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, seizures: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, prosecutionsStarted: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, convictions: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, updatedBy: { displayName: string } | null };

export type OperationEvaluationFieldsFragment = { operationId: string, finalisedAt: string | null, viewerCanFinalise: boolean, k: number, citation: string, finalisedBy: { displayName: string } | null, missingAgencies: Array<{ id: string, acronym: string }>, totals: Array<{ field: string, label: string, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }>, sections: Array<{ role: OperationAgencyRole | null, written: boolean, version: number, objectivesMet: ObjectivesMet | null, objectivesNote: string | null, legalObstacles: string | null, practicalObstacles: string | null, languageObstacles: string | null, informationExchangeObstacles: string | null, addedValue: string | null, lessonsLearned: string | null, updatedAt: string | null, viewerCanEdit: boolean, agency: { id: string, acronym: string, name: string }, arrests: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, potentialVictimsIdentified: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, victimsReferredToAssistance: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, seizures: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, prosecutionsStarted: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, convictions: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, updatedBy: { displayName: string } | null }> };

export type OperationEvaluationQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationEvaluationQuery = { operation: { id: string, name: string, status: OperationStatus, version: number, viewerIsCoordinator: boolean, evaluationFinalisedAt: string | null }, operationEvaluation: { operationId: string, finalisedAt: string | null, viewerCanFinalise: boolean, k: number, citation: string, finalisedBy: { displayName: string } | null, missingAgencies: Array<{ id: string, acronym: string }>, totals: Array<{ field: string, label: string, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }>, sections: Array<{ role: OperationAgencyRole | null, written: boolean, version: number, objectivesMet: ObjectivesMet | null, objectivesNote: string | null, legalObstacles: string | null, practicalObstacles: string | null, languageObstacles: string | null, informationExchangeObstacles: string | null, addedValue: string | null, lessonsLearned: string | null, updatedAt: string | null, viewerCanEdit: boolean, agency: { id: string, acronym: string, name: string }, arrests: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, potentialVictimsIdentified: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, victimsReferredToAssistance: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, seizures: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, prosecutionsStarted: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, convictions: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, updatedBy: { displayName: string } | null }> } };

export type UpdateEvaluationSectionMutationVariables = Exact<{
  input: UpdateEvaluationSectionInput;
}>;


export type UpdateEvaluationSectionMutation = { updateEvaluationSection: { role: OperationAgencyRole | null, written: boolean, version: number, objectivesMet: ObjectivesMet | null, objectivesNote: string | null, legalObstacles: string | null, practicalObstacles: string | null, languageObstacles: string | null, informationExchangeObstacles: string | null, addedValue: string | null, lessonsLearned: string | null, updatedAt: string | null, viewerCanEdit: boolean, agency: { id: string, acronym: string, name: string }, arrests: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, potentialVictimsIdentified: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, victimsReferredToAssistance: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, seizures: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, prosecutionsStarted: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, convictions: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, updatedBy: { displayName: string } | null } };

export type FinaliseOperationEvaluationMutationVariables = Exact<{
  id: string | number;
}>;


export type FinaliseOperationEvaluationMutation = { finaliseOperationEvaluation: { operationId: string, finalisedAt: string | null } };

export type CloseOperationMutationVariables = Exact<{
  input: ChangeOperationStatusInput;
}>;


export type CloseOperationMutation = { changeOperationStatus: { id: string, status: OperationStatus, version: number } };

export type OperationReportQueryVariables = Exact<{
  id: string | number;
}>;


export type OperationReportQuery = { operation: { id: string, name: string, status: OperationStatus, purpose: string | null, description: string | null, countries: Array<string>, formsOfExploitation: Array<FormOfExploitation>, startsOn: string | null, endsOn: string | null, legalBasisCitation: string | null, participants: Array<{ role: OperationAgencyRole, isLead: boolean, joinedAt: string, agency: { id: string, acronym: string, name: string, country: string | null } }>, history: Array<{ id: string, action: OperationEventAction, detail: string | null, reason: string | null, at: string, actor: { displayName: string } | null }>, tasks: Array<{ id: string, pillar: Pillar, status: TaskStatus, dueAt: string | null }> }, operationIndicators: { k: number, targets: Array<{ id: string, indicator: IndicatorKind, periodStart: string, periodEnd: string, target: number, progress: number | null, achieved: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }>, timing: { tasksOnTime: { onTime: number, late: number, denominator: number, excluded: number, rate: number | null } } }, operationEvaluation: { operationId: string, finalisedAt: string | null, viewerCanFinalise: boolean, k: number, citation: string, finalisedBy: { displayName: string } | null, missingAgencies: Array<{ id: string, acronym: string }>, totals: Array<{ field: string, label: string, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }>, sections: Array<{ role: OperationAgencyRole | null, written: boolean, version: number, objectivesMet: ObjectivesMet | null, objectivesNote: string | null, legalObstacles: string | null, practicalObstacles: string | null, languageObstacles: string | null, informationExchangeObstacles: string | null, addedValue: string | null, lessonsLearned: string | null, updatedAt: string | null, viewerCanEdit: boolean, agency: { id: string, acronym: string, name: string }, arrests: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, potentialVictimsIdentified: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, victimsReferredToAssistance: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, seizures: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, prosecutionsStarted: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, convictions: { count: number | null, suppressed: boolean, label: string, threshold: number | null } | null, updatedBy: { displayName: string } | null }> }, operationResults: { evaluations: number, k: number, citation: string, results: Array<{ field: string, label: string, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }> } };

export type NationalLawDetailsFragment = { id: string, country: string, title: string, reference: string, adoptedOn: string | null, enteredIntoForceOn: string, summary: string | null, sourceUrl: string | null, version: number, updatedAt: string };

export type CountryListQueryVariables = Exact<{ [key: string]: never; }>;


export type CountryListQuery = { countryList: Array<{ code: string, name: string, agencies: number, nationalLaws: number, tipTierYears: number, hasGlotip: boolean, palermoRatificationYear: number | null }> };

export type CountryProfileQueryVariables = Exact<{
  code: string;
}>;


export type CountryProfileQuery = { countryProfile: { code: string, alpha3: string, name: string, palermoRatificationYear: number | null, palermoDataPresent: boolean, jointOperations: number, asOf: string, citations: Array<string>, tipTiers: Array<{ year: number, tier: string, source: string }>, agencies: Array<{ id: string, name: string, acronym: string | null }>, nationalLaws: Array<{ id: string, country: string, title: string, reference: string, adoptedOn: string | null, enteredIntoForceOn: string, summary: string | null, sourceUrl: string | null, version: number, updatedAt: string }>, agreementsInForce: Array<{ id: string, kind: string, title: string, article: string | null, inForceFrom: string, inForceTo: string | null, parties: Array<{ kind: string, country: string | null, agencyId: string | null, agencyName: string | null }> }>, jurisdictionRules: Array<{ id: string, version: number, text: string, flows: Array<string>, effectiveFrom: string | null, effectiveTo: string | null }> } };

export type CountryImpactQueryVariables = Exact<{
  code: string;
}>;


export type CountryImpactQuery = { countryImpact: { code: string, name: string, citations: Array<string>, years: Array<{ year: number, tipTier: string | null, detectedVictims: { count: number | null, suppressed: boolean, published: string } | null, personsProsecuted: { count: number | null, suppressed: boolean, published: string } | null, personsConvicted: { count: number | null, suppressed: boolean, published: string } | null }>, lawMarkers: Array<{ id: string, title: string, enteredIntoForceOn: string }> } };

export type CreateNationalLawMutationVariables = Exact<{
  input: CreateNationalLawInput;
}>;


export type CreateNationalLawMutation = { createNationalLaw: { id: string, country: string, title: string, reference: string, adoptedOn: string | null, enteredIntoForceOn: string, summary: string | null, sourceUrl: string | null, version: number, updatedAt: string } };

export type UpdateNationalLawMutationVariables = Exact<{
  input: UpdateNationalLawInput;
}>;


export type UpdateNationalLawMutation = { updateNationalLaw: { id: string, country: string, title: string, reference: string, adoptedOn: string | null, enteredIntoForceOn: string, summary: string | null, sourceUrl: string | null, version: number, updatedAt: string } };

export type DeleteNationalLawMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNationalLawMutation = { deleteNationalLaw: boolean };

export type LeadRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadRoutesQuery = { leadRoutes: Array<{ from: string, to: string, leads: number, tlp: TlpLabel, leadIds: Array<string> }> };

export type CaseFlowsQueryVariables = Exact<{
  input: CaseFlowsInput;
}>;


export type CaseFlowsQuery = { caseFlows: { source: string, level: FlowLevel, k: number, viewerIsOwner: boolean, perturbed: boolean, citation: string, suppressedFlows: number, flows: Array<{ from: string, to: string, count: number }>, suppressedRecords: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, unknownOrigin: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, unknownDestination: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, unknownBoth: { count: number | null, suppressed: boolean, label: string, threshold: number | null }, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } } };

export type OperationResultsQueryVariables = Exact<{
  operationId?: string | number | null | undefined;
}>;


export type OperationResultsQuery = { operationResults: { operationId: string | null, evaluations: number, k: number, citation: string, results: Array<{ field: string, label: string, total: { count: number | null, suppressed: boolean, label: string, threshold: number | null } }> } };

export type PalermoRatificationsByYearQueryVariables = Exact<{ [key: string]: never; }>;


export type PalermoRatificationsByYearQuery = { palermoRatificationsByYear: { citation: string, years: Array<{ year: number, ratified: number, cumulative: number }> } };

export type TipTierDistributionQueryVariables = Exact<{ [key: string]: never; }>;


export type TipTierDistributionQuery = { tipTierDistribution: { citation: string, years: Array<{ year: number, tier1: number, tier2: number, tier2WatchList: number, tier3: number, notRated: number }> } };

export type GlotipBreakdownOptionsQueryVariables = Exact<{
  country: string;
}>;


export type GlotipBreakdownOptionsQuery = { glotipBreakdownOptions: Array<{ indicator: string, year: number, breakdowns: Array<GlotipBreakdown> }> };

export type GlotipBreakdownQueryVariables = Exact<{
  input: GlotipBreakdownInput;
}>;


export type GlotipBreakdownQuery = { glotipBreakdown: { code: string, name: string, indicator: string, year: number, breakdown: GlotipBreakdown, suppressedRows: number, note: string, citation: string, rows: Array<{ category: string, sex: string, age: string, figure: { count: number | null, suppressed: boolean, published: string } }>, total: { count: number | null, suppressed: boolean, published: string } | null } };

export type RecordCaseMutationVariables = Exact<{
  input: RecordCaseInput;
}>;


export type RecordCaseMutation = { recordCase: { id: string, indicator: IndicatorKind } };

export type LeadStixQueryVariables = Exact<{
  id: string | number;
}>;


export type LeadStixQuery = { leadStix: string };

export type TimingIndicatorsFieldsFragment = { operationId: string | null, tasksOnTime: { onTime: number, late: number, denominator: number, excluded: number, rate: number | null }, leadToAction: { medianMs: number | null, measured: number, withoutAction: number } };

export type OperationIndicatorsQueryVariables = Exact<{
  operationId: string | number;
}>;


export type OperationIndicatorsQuery = { operationIndicators: { operationId: string, k: number, viewerIsCoordinator: boolean, targets: Array<{ id: string, indicator: IndicatorKind, periodStart: string, periodEnd: string, target: number, progress: number | null, achieved: { count: number | null, suppressed: boolean, label: string } }>, timing: { operationId: string | null, tasksOnTime: { onTime: number, late: number, denominator: number, excluded: number, rate: number | null }, leadToAction: { medianMs: number | null, measured: number, withoutAction: number } }, taskForceTiming: { operationId: string | null, tasksOnTime: { onTime: number, late: number, denominator: number, excluded: number, rate: number | null }, leadToAction: { medianMs: number | null, measured: number, withoutAction: number } } } };

export type SetOperationTargetMutationVariables = Exact<{
  input: SetOperationTargetInput;
}>;


export type SetOperationTargetMutation = { setOperationTarget: { id: string } };

export type RemoveOperationTargetMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveOperationTargetMutation = { removeOperationTarget: string };

export type SetPasswordWithTokenMutationVariables = Exact<{
  input: SetPasswordWithTokenInput;
}>;


export type SetPasswordWithTokenMutation = { setPasswordWithToken: boolean };

export const AgencyPersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<AgencyPersonFieldsFragment, unknown>;
export const AgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AgreementFieldsFragment, unknown>;
export const RuleVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"scopeJson"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"whenJson"}},{"kind":"Field","name":{"kind":"Name","value":"conditionJson"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RuleVersionFieldsFragment, unknown>;
export const RuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"scopeJson"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"whenJson"}},{"kind":"Field","name":{"kind":"Name","value":"conditionJson"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RuleFieldsFragment, unknown>;
export const AgencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<AgencyFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const AgencyBadgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<AgencyBadgeFieldsFragment, unknown>;
export const TaskCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<TaskCardFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const SharingReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SharingReasonFieldsFragment, unknown>;
export const LeadShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<LeadShareFieldsFragment, unknown>;
export const SelectorMatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectorMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hit"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<SelectorMatchFieldsFragment, unknown>;
export const DeconflictionCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeconflictionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeconflictionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"selectorKind"}},{"kind":"Field","name":{"kind":"Name","value":"queryingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHitAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"holderKnown"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromSide"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedLeadId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeconflictionCaseFieldsFragment, unknown>;
export const OperationInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerers"}}]}}]} as unknown as DocumentNode<OperationInvitationFieldsFragment, unknown>;
export const ShownFigureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]} as unknown as DocumentNode<ShownFigureFieldsFragment, unknown>;
export const EvaluationSectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNote"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"potentialVictimsIdentified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsReferredToAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutionsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"practicalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"languageObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"informationExchangeObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"addedValue"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]} as unknown as DocumentNode<EvaluationSectionFieldsFragment, unknown>;
export const OperationEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanFinalise"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"missingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNote"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"potentialVictimsIdentified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsReferredToAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutionsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"practicalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"languageObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"informationExchangeObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"addedValue"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]} as unknown as DocumentNode<OperationEvaluationFieldsFragment, unknown>;
export const NationalLawDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalLawDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalLawModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enteredIntoForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NationalLawDetailsFragment, unknown>;
export const TimingIndicatorsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimingIndicatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimingIndicatorsModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadToAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianMs"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"withoutAction"}}]}}]}}]} as unknown as DocumentNode<TimingIndicatorsFieldsFragment, unknown>;
export const AuditChainStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AuditChainStatusQuery, AuditChainStatusQueryVariables>;
export const ImportDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"confirmationNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDatasetMutation, ImportDatasetMutationVariables>;
export const AgencyPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyPersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<AgencyPeopleQuery, AgencyPeopleQueryVariables>;
export const InvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<InvitePersonMutation, InvitePersonMutationVariables>;
export const ChangePersonRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePersonRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePersonRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePersonRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyPersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<ChangePersonRolesMutation, ChangePersonRolesMutationVariables>;
export const DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnablePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnablePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enablePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyPersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<EnablePersonMutation, EnablePersonMutationVariables>;
export const StartPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<StartPasswordResetMutation, StartPasswordResetMutationVariables>;
export const AgencyDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AgencyDirectoryQuery, AgencyDirectoryQueryVariables>;
export const CreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyPersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyPersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const AgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AgreementsQuery, AgreementsQueryVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const JurisdictionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeHistory"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"scopeJson"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"whenJson"}},{"kind":"Field","name":{"kind":"Name","value":"conditionJson"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}}]} as unknown as DocumentNode<JurisdictionRulesQuery, JurisdictionRulesQueryVariables>;
export const CreateJurisdictionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJurisdictionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJurisdictionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJurisdictionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"scopeJson"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"whenJson"}},{"kind":"Field","name":{"kind":"Name","value":"conditionJson"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}}]} as unknown as DocumentNode<CreateJurisdictionRuleMutation, CreateJurisdictionRuleMutationVariables>;
export const ReviseJurisdictionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseJurisdictionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseJurisdictionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseJurisdictionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"scopeJson"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"whenJson"}},{"kind":"Field","name":{"kind":"Name","value":"conditionJson"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}}]} as unknown as DocumentNode<ReviseJurisdictionRuleMutation, ReviseJurisdictionRuleMutationVariables>;
export const RetireJurisdictionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireJurisdictionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireJurisdictionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRuleVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"scopeJson"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"whenJson"}},{"kind":"Field","name":{"kind":"Name","value":"conditionJson"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"inEffect"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleVersionFields"}}]}}]}}]} as unknown as DocumentNode<RetireJurisdictionRuleMutation, RetireJurisdictionRuleMutationVariables>;
export const LeadAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadAuditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyAcronym"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]} as unknown as DocumentNode<LeadAuditTrailQuery, LeadAuditTrailQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secondFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorMethods"}},{"kind":"Field","name":{"kind":"Name","value":"passkeyOptions"}},{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"challengeExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const OperationMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCondition"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replyCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanDelete"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationUnreadMessageCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}]}]}}]} as unknown as DocumentNode<OperationMessagesQuery, OperationMessagesQueryVariables>;
export const PostOperationMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostOperationMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostOperationMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postOperationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}}]}}]}}]} as unknown as DocumentNode<PostOperationMessageMutation, PostOperationMessageMutationVariables>;
export const EditOperationMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditOperationMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditOperationMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editOperationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCondition"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]} as unknown as DocumentNode<EditOperationMessageMutation, EditOperationMessageMutationVariables>;
export const DeleteOperationMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOperationMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOperationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<DeleteOperationMessageMutation, DeleteOperationMessageMutationVariables>;
export const MarkOperationMessagesReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkOperationMessagesRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markOperationMessagesRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}]}]}}]} as unknown as DocumentNode<MarkOperationMessagesReadMutation, MarkOperationMessagesReadMutationVariables>;
export const AttachedFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachedFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachedTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"files"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"attachedTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachedTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCondition"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedReason"}},{"kind":"Field","name":{"kind":"Name","value":"integrityFailedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uploaderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<AttachedFilesQuery, AttachedFilesQueryVariables>;
export const FileCustodyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileCustody"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCustody"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"sha256Found"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"movedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]} as unknown as DocumentNode<FileCustodyQuery, FileCustodyQueryVariables>;
export const SetOperationFileRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOperationFileRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOperationFileRetention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<SetOperationFileRetentionMutation, SetOperationFileRetentionMutationVariables>;
export const CreateFileDownloadTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFileDownloadTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFileDownloadTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateFileDownloadTicketMutation, CreateFileDownloadTicketMutationVariables>;
export const DeleteFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedReason"}}]}}]}}]} as unknown as DocumentNode<DeleteFileMutation, DeleteFileMutationVariables>;
export const IndicatorTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"ownCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"percentages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowPercentages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"percents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"percents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}}]}}]} as unknown as DocumentNode<IndicatorTableQuery, IndicatorTableQueryVariables>;
export const IndicatorTableCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorTableCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorTableCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<IndicatorTableCsvQuery, IndicatorTableCsvQueryVariables>;
export const FormsNamedTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormsNamedTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formsNamedTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"alone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"named"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"severalForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}}]}}]} as unknown as DocumentNode<FormsNamedTableQuery, FormsNamedTableQueryVariables>;
export const FormsNamedTableCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormsNamedTableCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formsNamedTableCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<FormsNamedTableCsvQuery, FormsNamedTableCsvQueryVariables>;
export const LeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadCount"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"originatingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formOfExploitation"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReliability"}},{"kind":"Field","name":{"kind":"Name","value":"informationCredibility"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCodes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOriginator"}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const LeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originatingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formOfExploitation"}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReliability"}},{"kind":"Field","name":{"kind":"Name","value":"informationCredibility"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCodes"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCondition"}},{"kind":"Field","name":{"kind":"Name","value":"namedRecipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hasIdentity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOriginator"}},{"kind":"Field","name":{"kind":"Name","value":"selectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hitMode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"defaultReason"}},{"kind":"Field","name":{"kind":"Name","value":"defaultExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LeadQuery, LeadQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const PreviewLeadShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewLeadShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewLeadShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"existingShareStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PreviewLeadShareQuery, PreviewLeadShareQueryVariables>;
export const ShareLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShareLeadMutation, ShareLeadMutationVariables>;
export const RevokeLeadShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeLeadShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shareId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeLeadShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shareId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shareId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RevokeLeadShareMutation, RevokeLeadShareMutationVariables>;
export const PendingLeadShareApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingLeadShareApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingLeadShareApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReliability"}},{"kind":"Field","name":{"kind":"Name","value":"informationCredibility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PendingLeadShareApprovalsQuery, PendingLeadShareApprovalsQueryVariables>;
export const DecideLeadShareApprovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideLeadShareApproval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideLeadShareApprovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideLeadShareApproval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DecideLeadShareApprovalMutation, DecideLeadShareApprovalMutationVariables>;
export const RevealPotentialVictimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealPotentialVictim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealPotentialVictimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealPotentialVictim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}}]}}]}}]} as unknown as DocumentNode<RevealPotentialVictimMutation, RevealPotentialVictimMutationVariables>;
export const UpdateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadMutation, UpdateLeadMutationVariables>;
export const SearchLeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchLeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchLeadCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]},{"kind":"Field","name":{"kind":"Name","value":"searchLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<SearchLeadsQuery, SearchLeadsQueryVariables>;
export const LeadLinkableTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadLinkableTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCoordinator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeadLinkableTasksQuery, LeadLinkableTasksQueryVariables>;
export const LinkTaskToLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkTaskToLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTaskToLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTaskToLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkTaskToLeadMutation, LinkTaskToLeadMutationVariables>;
export const UnlinkTaskFromLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkTaskFromLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkTaskFromLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnlinkTaskFromLeadMutation, UnlinkTaskFromLeadMutationVariables>;
export const CreateLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadFormOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadFormOperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LeadFormOperationsQuery, LeadFormOperationsQueryVariables>;
export const AddLeadSelectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLeadSelector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLeadSelectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLeadSelector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectorMatchFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectorMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hit"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<AddLeadSelectorMutation, AddLeadSelectorMutationVariables>;
export const RemoveLeadSelectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLeadSelector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLeadSelector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveLeadSelectorMutation, RemoveLeadSelectorMutationVariables>;
export const SetLeadHitModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLeadHitMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLeadHitModeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLeadHitMode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetLeadHitModeMutation, SetLeadHitModeMutationVariables>;
export const QuerySelectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuerySelector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuerySelectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"querySelector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectorMatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectorMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hit"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<QuerySelectorQuery, QuerySelectorQueryVariables>;
export const SelectorQueryBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelectorQueryBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectorQueryBudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"agencyRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"personLimit"}},{"kind":"Field","name":{"kind":"Name","value":"agencyLimit"}}]}}]}}]} as unknown as DocumentNode<SelectorQueryBudgetQuery, SelectorQueryBudgetQueryVariables>;
export const DeconflictionCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeconflictionCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deconflictionCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeconflictionCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeconflictionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeconflictionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"selectorKind"}},{"kind":"Field","name":{"kind":"Name","value":"queryingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHitAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"holderKnown"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromSide"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedLeadId"}}]}}]}}]} as unknown as DocumentNode<DeconflictionCasesQuery, DeconflictionCasesQueryVariables>;
export const ProposeDeconflictionContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeDeconflictionContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeDeconflictionContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeDeconflictionContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeconflictionCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeconflictionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeconflictionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"selectorKind"}},{"kind":"Field","name":{"kind":"Name","value":"queryingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHitAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"holderKnown"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromSide"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedLeadId"}}]}}]}}]} as unknown as DocumentNode<ProposeDeconflictionContactMutation, ProposeDeconflictionContactMutationVariables>;
export const RequestDeconflictionLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDeconflictionLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDeconflictionLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDeconflictionLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeconflictionCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeconflictionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeconflictionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"selectorKind"}},{"kind":"Field","name":{"kind":"Name","value":"queryingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHitAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"holderKnown"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromSide"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedLeadId"}}]}}]}}]} as unknown as DocumentNode<RequestDeconflictionLeadMutation, RequestDeconflictionLeadMutationVariables>;
export const DecideDeconflictionLeadRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideDeconflictionLeadRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideDeconflictionLeadRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideDeconflictionLeadRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeconflictionCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeconflictionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeconflictionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"selectorKind"}},{"kind":"Field","name":{"kind":"Name","value":"queryingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownLeadId"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHitAt"}},{"kind":"Field","name":{"kind":"Name","value":"holderDisclosed"}},{"kind":"Field","name":{"kind":"Name","value":"holderKnown"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromSide"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedLeadId"}}]}}]}}]} as unknown as DocumentNode<DecideDeconflictionLeadRequestMutation, DecideDeconflictionLeadRequestMutationVariables>;
export const DeconflictionLeadRequestPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeconflictionLeadRequestPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deconflictionLeadRequestPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipientAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"redactedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SharingReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"existingShareStatus"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SharingReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SharingReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ref"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DeconflictionLeadRequestPreviewQuery, DeconflictionLeadRequestPreviewQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutedTypes"}},{"kind":"Field","name":{"kind":"Name","value":"mutedOperationIds"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mutedTypes"}},{"kind":"Field","name":{"kind":"Name","value":"mutedOperationIds"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursStart"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursEnd"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const NotificationDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDigest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationDigest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"textValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"leadId"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationDigestQuery, NotificationDigestQueryVariables>;
export const LatestNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestNotification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LatestNotificationQuery, LatestNotificationQueryVariables>;
export const OperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"formsOfExploitation"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]} as unknown as DocumentNode<OperationsQuery, OperationsQueryVariables>;
export const OperationBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"formsOfExploitation"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"escalationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"fileRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisAgreementId"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisCitation"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationFinalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationInvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskAssignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerers"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}}]} as unknown as DocumentNode<OperationBoardQuery, OperationBoardQueryVariables>;
export const OperationTaskExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationTaskExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}}]} as unknown as DocumentNode<OperationTaskExportQuery, OperationTaskExportQueryVariables>;
export const AssignableUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AssignableUsersQuery, AssignableUsersQueryVariables>;
export const SetOperationEscalationMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOperationEscalationMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOperationEscalationMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalationMinutes"}}]}}]}}]} as unknown as DocumentNode<SetOperationEscalationMinutesMutation, SetOperationEscalationMinutesMutationVariables>;
export const LegalBasisAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalBasisAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LegalBasisAgreementsQuery, LegalBasisAgreementsQueryVariables>;
export const CreateOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOperationMutation, CreateOperationMutationVariables>;
export const UpdateOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOperationMutation, UpdateOperationMutationVariables>;
export const ChangeOperationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOperationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOperationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOperationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeOperationStatusMutation, ChangeOperationStatusMutationVariables>;
export const InviteAgencyToOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteAgencyToOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteAgencyToOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteAgencyToOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerers"}}]}}]} as unknown as DocumentNode<InviteAgencyToOperationMutation, InviteAgencyToOperationMutationVariables>;
export const WithdrawOperationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawOperationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOperationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationInvitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}},{"kind":"Field","name":{"kind":"Name","value":"answerers"}}]}}]} as unknown as DocumentNode<WithdrawOperationInvitationMutation, WithdrawOperationInvitationMutationVariables>;
export const OperationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}}]}}]}}]} as unknown as DocumentNode<OperationInvitationsQuery, OperationInvitationsQueryVariables>;
export const RespondToOperationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToOperationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToOperationInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToOperationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"responseReason"}}]}}]}}]} as unknown as DocumentNode<RespondToOperationInvitationMutation, RespondToOperationInvitationMutationVariables>;
export const LeaveOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}]}]}}]} as unknown as DocumentNode<LeaveOperationMutation, LeaveOperationMutationVariables>;
export const RemoveAgencyFromOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveAgencyFromOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgencyFromOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveAgencyFromOperationMutation, RemoveAgencyFromOperationMutationVariables>;
export const AppointOperationCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointOperationCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointOperationCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AppointOperationCoordinatorMutation, AppointOperationCoordinatorMutationVariables>;
export const StandDownOperationCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StandDownOperationCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standDownOperationCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StandDownOperationCoordinatorMutation, StandDownOperationCoordinatorMutationVariables>;
export const InformationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCode"}},{"kind":"Field","name":{"kind":"Name","value":"handlingCondition"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRespond"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<InformationRequestsQuery, InformationRequestsQueryVariables>;
export const SendInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SendInformationRequestMutation, SendInformationRequestMutationVariables>;
export const AcknowledgeInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeInformationRequestMutation, AcknowledgeInformationRequestMutationVariables>;
export const AnswerInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<AnswerInformationRequestMutation, AnswerInformationRequestMutationVariables>;
export const WorkspaceSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchLeadCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]},{"kind":"Field","name":{"kind":"Name","value":"searchLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceSearchQuery, WorkspaceSearchQueryVariables>;
export const LoginSecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginSecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginSecondFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginSecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFields"}}]}}]}}]} as unknown as DocumentNode<LoginSecondFactorMutation, LoginSecondFactorMutationVariables>;
export const MySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySecondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySecondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByAgency"}},{"kind":"Field","name":{"kind":"Name","value":"requiredForAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<MySecondFactorQuery, MySecondFactorQueryVariables>;
export const BeginTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]}}]} as unknown as DocumentNode<BeginTotpEnrolmentMutation, BeginTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotpEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const DisableTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableTotpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DisableTotpMutation, DisableTotpMutationVariables>;
export const ReauthenticateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reauthenticate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReauthenticateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const SetAgencySecondFactorRequiredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAgencySecondFactorRequired"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAgencySecondFactorRequired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}]}]}}]} as unknown as DocumentNode<SetAgencySecondFactorRequiredMutation, SetAgencySecondFactorRequiredMutationVariables>;
export const SetAdminSecondFactorRequiredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAdminSecondFactorRequired"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAdminSecondFactorRequired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}]}]}}]} as unknown as DocumentNode<SetAdminSecondFactorRequiredMutation, SetAdminSecondFactorRequiredMutationVariables>;
export const MyPasskeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPasskeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySecondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passkeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyPasskeysQuery, MyPasskeysQueryVariables>;
export const BeginPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginPasskeyRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionsJson"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BeginPasskeyRegistrationMutation, BeginPasskeyRegistrationMutationVariables>;
export const FinishPasskeyRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinishPasskeyRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinishPasskeyRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finishPasskeyRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"transports"}}]}}]}}]} as unknown as DocumentNode<FinishPasskeyRegistrationMutation, FinishPasskeyRegistrationMutationVariables>;
export const RemovePasskeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePasskey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePasskey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemovePasskeyMutation, RemovePasskeyMutationVariables>;
export const BeginPasskeyReauthenticationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginPasskeyReauthentication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginPasskeyReauthentication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optionsJson"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<BeginPasskeyReauthenticationMutation, BeginPasskeyReauthenticationMutationVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"escalationMinutes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const TaskDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCoordinator"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<TaskDetailQuery, TaskDetailQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const UpdateTaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaskStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskStatusMutation, UpdateTaskStatusMutationVariables>;
export const AddTaskCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTaskComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTaskCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTaskComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<AddTaskCommentMutation, AddTaskCommentMutationVariables>;
export const AcknowledgeTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}}]} as unknown as DocumentNode<AcknowledgeTaskMutation, AcknowledgeTaskMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyBadgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyBadgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdateStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAcknowledgement"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeLeft"}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const OperationEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationFinalisedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNote"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"potentialVictimsIdentified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsReferredToAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutionsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"practicalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"languageObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"informationExchangeObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"addedValue"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanFinalise"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"missingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSectionFields"}}]}}]}}]} as unknown as DocumentNode<OperationEvaluationQuery, OperationEvaluationQueryVariables>;
export const UpdateEvaluationSectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvaluationSection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvaluationSectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluationSection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNote"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"potentialVictimsIdentified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsReferredToAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutionsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"practicalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"languageObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"informationExchangeObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"addedValue"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]} as unknown as DocumentNode<UpdateEvaluationSectionMutation, UpdateEvaluationSectionMutationVariables>;
export const FinaliseOperationEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinaliseOperationEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finaliseOperationEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}}]}}]}}]} as unknown as DocumentNode<FinaliseOperationEvaluationMutation, FinaliseOperationEvaluationMutationVariables>;
export const CloseOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOperationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOperationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseOperationMutation, CloseOperationMutationVariables>;
export const OperationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"formsOfExploitation"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisCitation"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pillar"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OperationEvaluationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNote"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"potentialVictimsIdentified"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsReferredToAssistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seizures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutionsStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"practicalObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"languageObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"informationExchangeObstacles"}},{"kind":"Field","name":{"kind":"Name","value":"addedValue"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OperationEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OperationEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalisedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanFinalise"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"missingAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSectionFields"}}]}}]}}]} as unknown as DocumentNode<OperationReportQuery, OperationReportQueryVariables>;
export const CountryListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"}},{"kind":"Field","name":{"kind":"Name","value":"nationalLaws"}},{"kind":"Field","name":{"kind":"Name","value":"tipTierYears"}},{"kind":"Field","name":{"kind":"Name","value":"hasGlotip"}},{"kind":"Field","name":{"kind":"Name","value":"palermoRatificationYear"}}]}}]}}]} as unknown as DocumentNode<CountryListQuery, CountryListQueryVariables>;
export const CountryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"alpha3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"palermoRatificationYear"}},{"kind":"Field","name":{"kind":"Name","value":"palermoDataPresent"}},{"kind":"Field","name":{"kind":"Name","value":"tipTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointOperations"}},{"kind":"Field","name":{"kind":"Name","value":"nationalLaws"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalLawDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementsInForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"flows"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"citations"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalLawDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalLawModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enteredIntoForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CountryProfileQuery, CountryProfileQueryVariables>;
export const CountryImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countryImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tipTier"}},{"kind":"Field","name":{"kind":"Name","value":"detectedVictims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsProsecuted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personsConvicted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lawMarkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enteredIntoForceOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"}}]}}]}}]} as unknown as DocumentNode<CountryImpactQuery, CountryImpactQueryVariables>;
export const CreateNationalLawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNationalLaw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNationalLawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNationalLaw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalLawDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalLawDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalLawModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enteredIntoForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateNationalLawMutation, CreateNationalLawMutationVariables>;
export const UpdateNationalLawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNationalLaw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNationalLawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNationalLaw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NationalLawDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NationalLawDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalLawModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"enteredIntoForceOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateNationalLawMutation, UpdateNationalLawMutationVariables>;
export const DeleteNationalLawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNationalLaw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNationalLaw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNationalLawMutation, DeleteNationalLawMutationVariables>;
export const LeadRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"leadIds"}}]}}]}}]} as unknown as DocumentNode<LeadRoutesQuery, LeadRoutesQueryVariables>;
export const CaseFlowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseFlows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFlowsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseFlows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOwner"}},{"kind":"Field","name":{"kind":"Name","value":"perturbed"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressedFlows"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknownOrigin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknownDestination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknownBoth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShownFigureFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShownFigureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShownFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]} as unknown as DocumentNode<CaseFlowsQuery, CaseFlowsQueryVariables>;
export const OperationResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationResultsQuery, OperationResultsQueryVariables>;
export const PalermoRatificationsByYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PalermoRatificationsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"palermoRatificationsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"ratified"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}}]}}]} as unknown as DocumentNode<PalermoRatificationsByYearQuery, PalermoRatificationsByYearQueryVariables>;
export const TipTierDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipTierDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipTierDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1"}},{"kind":"Field","name":{"kind":"Name","value":"tier2"}},{"kind":"Field","name":{"kind":"Name","value":"tier2WatchList"}},{"kind":"Field","name":{"kind":"Name","value":"tier3"}},{"kind":"Field","name":{"kind":"Name","value":"notRated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}}]}}]} as unknown as DocumentNode<TipTierDistributionQuery, TipTierDistributionQueryVariables>;
export const GlotipBreakdownOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlotipBreakdownOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glotipBreakdownOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"}}]}}]}}]} as unknown as DocumentNode<GlotipBreakdownOptionsQuery, GlotipBreakdownOptionsQueryVariables>;
export const GlotipBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlotipBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GlotipBreakdownInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"glotipBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressedRows"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}}]}}]}}]} as unknown as DocumentNode<GlotipBreakdownQuery, GlotipBreakdownQueryVariables>;
export const RecordCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}}]}}]} as unknown as DocumentNode<RecordCaseMutation, RecordCaseMutationVariables>;
export const LeadStixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadStix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadStix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<LeadStixQuery, LeadStixQueryVariables>;
export const OperationIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"operationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"k"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsCoordinator"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimingIndicatorsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskForceTiming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimingIndicatorsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimingIndicatorsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimingIndicatorsModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadToAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medianMs"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"withoutAction"}}]}}]}}]} as unknown as DocumentNode<OperationIndicatorsQuery, OperationIndicatorsQueryVariables>;
export const SetOperationTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOperationTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOperationTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOperationTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetOperationTargetMutation, SetOperationTargetMutationVariables>;
export const RemoveOperationTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOperationTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOperationTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveOperationTargetMutation, RemoveOperationTargetMutationVariables>;
export const SetPasswordWithTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPasswordWithToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPasswordWithTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPasswordWithToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetPasswordWithTokenMutation, SetPasswordWithTokenMutationVariables>;