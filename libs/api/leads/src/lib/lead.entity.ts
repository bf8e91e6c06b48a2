import {
  DataCategory,
  FormOfExploitation,
  HandlingCode,
  InformationCredibility,
  LeadStatus,
  LegalBasis,
  Reason,
  SharingOutcome,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
} from '@taskforce/domain';
import { HitMode } from '@taskforce/domain/matching';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Where a lead stands in the originating agency's assessment: the shared enum of @taskforce/domain (lead-rules.ts). */
export { LeadStatus };

/** Role of a country on a lead's route. */
export enum RouteRole {
  ORIGIN = 'ORIGIN',
  TRANSIT = 'TRANSIT',
  DESTINATION = 'DESTINATION',
}

/** Role of a person named in a lead. */
export enum LeadPersonRole {
  SUSPECT = 'SUSPECT',
  POTENTIAL_VICTIM = 'POTENTIAL_VICTIM',
}

/** State of a share of a lead with one recipient agency. */
export enum LeadShareStatus {
  ACTIVE = 'ACTIVE',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  REFUSED = 'REFUSED',
  REVOKED = 'REVOKED',
  /** Ended by the law, not by a person: its agreement ended, a rule changed, or its recipient left the operation. */
  LAPSED = 'LAPSED',
}

/** Why a share lapsed (see share-lapse.service.ts). */
export enum LeadShareLapseReason {
  /** The in-force period of the agreement named as its legal basis ended. */
  AGREEMENT_ENDED = 'AGREEMENT_ENDED',
  /** An admin changed, suspended or retired an agreement or rule and the decision taken again no longer allows it. */
  LAW_CHANGED = 'LAW_CHANGED',
  /** It was made through a joint operation its recipient no longer takes part in. */
  LEFT_OPERATION = 'LEFT_OPERATION',
}

/** One stop of a lead's route, in order: ISO 3166-1 alpha-2 country and its role. */
export interface RouteStop {
  country: string;
  role: RouteRole;
}

/** A piece of intelligence offered to the task force, as stored (the originator's full version). */
@Entity({ name: 'leads' })
export class LeadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  details: string;

  @Column({ name: 'operation_id', type: 'uuid', nullable: true })
  operationId: string | null;

  @Column({ name: 'originating_agency_id', type: 'uuid' })
  originatingAgencyId: string;

  @Column({ name: 'form_of_exploitation', type: 'enum', enum: FormOfExploitation, enumName: 'form_of_exploitation' })
  formOfExploitation: FormOfExploitation;

  /** Ordered route (origin → transit → destination). */
  @Column({ type: 'jsonb' })
  route: RouteStop[];

  @Column({ name: 'data_categories', type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  dataCategories: DataCategory[];

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label' })
  tlp: TlpLabel;

  /** TLP:RED named recipients (agency ids). */
  @Column({ name: 'named_recipient_agency_ids', type: 'uuid', array: true, default: () => "'{}'" })
  namedRecipientAgencyIds: string[];

  @Column({ name: 'source_reliability', type: 'enum', enum: SourceReliability, enumName: 'source_reliability' })
  sourceReliability: SourceReliability;

  @Column({ name: 'information_credibility', type: 'enum', enum: InformationCredibility, enumName: 'information_credibility' })
  informationCredibility: InformationCredibility;

  @Column({ name: 'handling_codes', type: 'enum', enum: HandlingCode, enumName: 'handling_code', array: true })
  handlingCodes: HandlingCode[];

  /** The originator's H3 condition (free text); null without H3. */
  @Column({ name: 'handling_condition', type: 'text', nullable: true })
  handlingCondition: string | null;

  @Column({ type: 'enum', enum: LeadStatus, enumName: 'lead_status' })
  status: LeadStatus;

  /** What the originating agency chose a hit on the lead's selectors to reveal; null = the default of its markings (`defaultHitMode`). */
  @Column({ name: 'hit_mode', type: 'enum', enum: HitMode, enumName: 'hit_mode', nullable: true })
  hitMode?: HitMode | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A person named in a lead. Suspects carry a name in clear; potential victims only a generated pseudonym in clear,
 * their identity (a JSON object) encrypted with AES-256-GCM under the key `identityKeyId`.
 */
@Entity({ name: 'lead_persons' })
export class LeadPersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'enum', enum: LeadPersonRole, enumName: 'lead_person_role' })
  role: LeadPersonRole;

  /** Suspects only; null for potential victims. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  /** Potential victims only: the generated pseudonym shown instead of the identity. */
  @Column({ type: 'text', nullable: true })
  pseudonym: string | null;

  /** Non-identifying description (role in the scheme, approximate age group…). */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Encrypted identity (base64 iv.tag.ciphertext); null when none was recorded. */
  @Column({ name: 'identity_ciphertext', type: 'text', nullable: true })
  identityCiphertext: string | null;

  @Column({ name: 'identity_key_id', type: 'text', nullable: true })
  identityKeyId: string | null;
}

/** A share of a lead with one recipient agency: the decision taken, its status and who did what, when. */
@Entity({ name: 'lead_shares' })
export class LeadShareEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  @Column({ name: 'recipient_agency_id', type: 'uuid' })
  recipientAgencyId: string;

  @Column({ type: 'enum', enum: SharingPurpose, enumName: 'sharing_purpose' })
  purpose: SharingPurpose;

  @Column({ type: 'enum', enum: SharingOutcome, enumName: 'sharing_outcome' })
  outcome: SharingOutcome;

  @Column({ name: 'redacted_categories', type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  redactedCategories: DataCategory[];

  @Column({ name: 'legal_basis', type: 'jsonb', nullable: true })
  legalBasis: LegalBasis | null;

  @Column({ type: 'jsonb' })
  reasons: Reason[];

  @Column({ type: 'jsonb' })
  conditions: Reason[];

  @Column({ type: 'text' })
  summary: string;

  /** The instant the decision was taken for. */
  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'enum', enum: LeadShareStatus, enumName: 'lead_share_status' })
  status: LeadShareStatus;

  @Column({ name: 'shared_by_id', type: 'uuid' })
  sharedById: string;

  /** The agency that passed the lead on: the originating agency (first share) or a recipient (onward share). */
  @Column({ name: 'sender_agency_id', type: 'uuid' })
  senderAgencyId: string;

  @Column({ name: 'approval_by_id', type: 'uuid', nullable: true })
  approvalById: string | null;

  @Column({ name: 'approval_at', type: 'timestamptz', nullable: true })
  approvalAt: Date | null;

  @Column({ name: 'approval_reason', type: 'text', nullable: true })
  approvalReason: string | null;

  @Column({ name: 'revoked_by_id', type: 'uuid', nullable: true })
  revokedById: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Exclusive UTC end of the in-force period of the agreement named as legal basis; null = open-ended or no agreement. */
  @Column({ name: 'basis_valid_until', type: 'timestamptz', nullable: true })
  basisValidUntil?: Date | null;

  /** The joint operation the share was made through (every agency of it); null when made to named agencies. */
  @Column({ name: 'operation_id', type: 'uuid', nullable: true })
  operationId?: string | null;

  /** Last instant the engine decided the share again after a change of the law; null = only when it was made. */
  @Column({ name: 'law_checked_at', type: 'timestamptz', nullable: true })
  lawCheckedAt?: Date | null;

  @Column({ name: 'lapsed_at', type: 'timestamptz', nullable: true })
  lapsedAt?: Date | null;

  @Column({ name: 'lapse_reason', type: 'enum', enum: LeadShareLapseReason, enumName: 'lead_share_lapse_reason', nullable: true })
  lapseReason?: LeadShareLapseReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
