import { AgreementKind, AgreementParty, DataCategory, RuleCondition, RuleFilter, RuleFlow, RuleScope, SharingPurpose } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * An agreement (legal basis for moving data between its parties), stored in exactly the shape the sharing engine
 * takes (`Agreement` in libs/domain). Dates stay ISO strings (a UTC date or an instant with a zone), as the
 * engine reads them.
 */
@Entity({ name: 'agreements' })
export class AgreementEntity {
  /** Stable id cited by decisions, e.g. "UN-TIP-PROTOCOL". */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'enum', enum: AgreementKind, enumName: 'agreement_kind' })
  kind: AgreementKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  article: string | null;

  @Column({ type: 'jsonb' })
  parties: AgreementParty[];

  @Column({ name: 'data_categories', type: 'enum', enum: DataCategory, enumName: 'data_category', array: true })
  dataCategories: DataCategory[];

  @Column({ type: 'enum', enum: SharingPurpose, enumName: 'sharing_purpose', array: true })
  purposes: SharingPurpose[];

  @Column({ name: 'in_force_from', type: 'text' })
  inForceFrom: string;

  @Column({ name: 'in_force_to', type: 'text', nullable: true })
  inForceTo: string | null;

  @Column({ type: 'boolean', default: false })
  suspended: boolean;

  /** Optimistic-concurrency version, 1 on creation, +1 on each update (`updateAgreement` takes `expectedVersion`). */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One version of a jurisdiction rule, in the engine's shape (`JurisdictionRule`); nested parts are JSONB.
 * Versions are never overwritten: a change is a new row with the next version.
 */
@Entity({ name: 'jurisdiction_rules' })
export class JurisdictionRuleEntity {
  /** Rule id cited by decisions, e.g. "NL-2". */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ name: 'effective_from', type: 'text', nullable: true })
  effectiveFrom: string | null;

  @Column({ name: 'effective_to', type: 'text', nullable: true })
  effectiveTo: string | null;

  @Column({ type: 'jsonb' })
  scope: RuleScope;

  @Column({ type: 'enum', enum: RuleFlow, enumName: 'rule_flow', array: true })
  flows: RuleFlow[];

  @Column({ name: 'when_filter', type: 'jsonb', nullable: true })
  when: RuleFilter | null;

  @Column({ type: 'jsonb' })
  condition: RuleCondition;

  /** Human-readable statement with its instrument and article; decisions cite it. */
  @Column({ type: 'text' })
  text: string;

  /** The platform admin who wrote this version; null for versions loaded with the demo data. */
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  /** Set on the last version when the rule is retired (its effectiveTo is then the retirement instant). */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
