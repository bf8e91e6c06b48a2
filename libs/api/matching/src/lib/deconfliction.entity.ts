import { DataCategory, Reason, SharingOutcome, SharingPurpose } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DeconflictionLeadRequestStatus } from './deconfliction.model';

/** A contact one side of a deconfliction case proposed to the other, with the message its liaison officer typed. */
@Entity({ name: 'deconfliction_contacts' })
export class DeconflictionContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'from_agency_id', type: 'uuid' })
  fromAgencyId: string;

  @Column({ name: 'by_user_id', type: 'uuid' })
  byUserId: string;

  @Column({ type: 'text' })
  message: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The querying side's request for the holder's lead (at most one PENDING per case) and the holder's decision: the
 * share it made (`shareId`) and the sharing decision's outcome, removed categories and reasons.
 */
@Entity({ name: 'deconfliction_lead_requests' })
export class DeconflictionLeadRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'requesting_agency_id', type: 'uuid' })
  requestingAgencyId: string;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @Column({ type: 'text' })
  purpose: SharingPurpose;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', default: DeconflictionLeadRequestStatus.PENDING })
  status: DeconflictionLeadRequestStatus;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'share_id', type: 'uuid', nullable: true })
  shareId: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: SharingOutcome | null;

  @Column({ name: 'redacted_categories', type: 'text', array: true, default: [] })
  redactedCategories: DataCategory[];

  @Column({ type: 'jsonb', default: [] })
  reasons: Reason[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
