import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of the append-only, hash-chained audit log (table audit_entries, migration 1764800000000-audit).
 * Written only through AuditService.append; a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'audit_entries' })
export class AuditEntryEntity {
  /** Position in the chain, 1, 2, 3, … without gaps (bigint, read as a string by pg). */
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid', nullable: true })
  actorAgencyId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress: string | null;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
