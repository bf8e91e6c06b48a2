import { AgencyEntity } from '@taskforce/api-agencies';
import { UserEntity } from '@taskforce/api-auth';
import { FormOfExploitation, InvitationStatus, OperationAgencyRole, OperationEventAction, OperationStatus } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';

/** A joint operation as stored. Who may see it is decided by OperationPolicy alone. */
@Entity({ name: 'operations' })
export class OperationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** What the joint operation is for (the purpose clause of a JIT agreement). */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  /** Optimistic-concurrency version: 1 at creation, +1 on every change of the operation itself. */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** First day of the planned period, UTC calendar date `YYYY-MM-DD`. */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  /** Last day of the planned period, UTC calendar date `YYYY-MM-DD`; extended with a recorded reason. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** The agreement in the sharing law the operation is formed under, when it cites one. */
  @Column({ name: 'legal_basis_agreement_id', type: 'text', nullable: true })
  legalBasisAgreementId: string | null;

  /** The instrument and article cited as legal basis (e.g. "Art. 13 of the 2000 EU Convention on Mutual Assistance…"). */
  @Column({ name: 'legal_basis_citation', type: 'text', nullable: true })
  legalBasisCitation: string | null;

  /** When (UTC) the coordinator finalised the closing evaluation; closing needs it. */
  @Column({ name: 'evaluation_finalised_at', type: 'timestamptz', nullable: true })
  evaluationFinalisedAt: Date | null;

  @Column({ name: 'evaluation_finalised_by_id', type: 'uuid', nullable: true })
  evaluationFinalisedById: string | null;

  @Column({ type: 'enum', enum: OperationStatus, enumName: 'operation_status' })
  status: OperationStatus;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId: string;

  /** ISO 3166-1 alpha-2 codes of the countries where the operation acts. */
  @Column({ type: 'text', array: true })
  countries: string[];

  @Column({ name: 'forms_of_exploitation', type: 'enum', enum: FormOfExploitation, enumName: 'form_of_exploitation', array: true })
  formsOfExploitation: FormOfExploitation[];

  @ManyToMany(() => AgencyEntity)
  @JoinTable({ name: 'operation_agencies', joinColumn: { name: 'operation_id' }, inverseJoinColumn: { name: 'agency_id' } })
  participatingAgencies?: AgencyEntity[];

  @ManyToMany(() => UserEntity)
  @JoinTable({ name: 'operation_coordinators', joinColumn: { name: 'operation_id' }, inverseJoinColumn: { name: 'user_id' } })
  coordinators?: UserEntity[];

  /** Minutes the assignee agency has to acknowledge an urgent task before the coordinators are alerted. */
  @Column({ name: 'escalation_minutes', type: 'int', default: 15 })
  escalationMinutes: number;

  /** Days the operation keeps the contents of its evidence files after their upload (set by its coordinators). */
  @Column({ name: 'file_retention_days', type: 'int', default: 28 })
  fileRetentionDays: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An invitation to an agency to join a joint operation; the agency consents or not. */
@Entity({ name: 'operation_invitations' })
export class OperationInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'enum', enum: OperationAgencyRole, enumName: 'operation_agency_role' })
  role: OperationAgencyRole;

  /** As stored; a PENDING invitation past `expiresAt` reads as EXPIRED (libs/domain `invitationStatusAt`). */
  @Column({ type: 'enum', enum: InvitationStatus, enumName: 'invitation_status' })
  status: InvitationStatus;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'invited_by_id', type: 'uuid' })
  invitedById: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById: string | null;

  @Column({ name: 'response_reason', type: 'text', nullable: true })
  responseReason: string | null;
}

/** One entry of a joint operation's history: who did what, when (UTC), why. Append-only. */
@Entity({ name: 'operation_events' })
export class OperationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  /** Null when the system did it. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'enum', enum: OperationEventAction, enumName: 'operation_event_action' })
  action: OperationEventAction;

  @Column({ name: 'from_status', type: 'enum', enum: OperationStatus, enumName: 'operation_status', nullable: true })
  fromStatus: OperationStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: OperationStatus, enumName: 'operation_status', nullable: true })
  toStatus: OperationStatus | null;

  /** The agency the entry is about (invited, joined, left…), if any. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'text', nullable: true })
  detail: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', insert: false, update: false })
  at: Date;
}
