import { SelectorKind } from '@taskforce/domain/matching';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A selector a lead (or one of its persons) carries, never in plain text: the SecretCipher envelope of
 * `{ value, display }` and its blind index (lowercase hex HMAC-SHA-256 of `kind NUL value` under the matching key
 * `matchingKeyId`).
 */
@Entity({ name: 'lead_selectors' })
export class LeadSelectorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'lead_id', type: 'uuid' })
  leadId: string;

  /** The person of the lead it belongs to; null for the lead itself. */
  @Column({ name: 'lead_person_id', type: 'uuid', nullable: true })
  leadPersonId: string | null;

  @Column({ type: 'enum', enum: SelectorKind, enumName: 'selector_kind' })
  kind: SelectorKind;

  /** AES-256-GCM `iv.tag.ciphertext` (base64url each) of JSON `{ value, display }`. */
  @Column({ type: 'text' })
  ciphertext: string;

  @Column({ name: 'cipher_key_id', type: 'text' })
  cipherKeyId: string;

  @Column({ name: 'blind_index', type: 'text' })
  blindIndex: string;

  @Column({ name: 'matching_key_id', type: 'text' })
  matchingKeyId: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One selector query or recording that was matched (or refused by a budget): what the daily budgets count. */
@Entity({ name: 'selector_queries' })
export class SelectorQueryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'querier_agency_id', type: 'uuid' })
  querierAgencyId: string;

  @Column({ name: 'querier_user_id', type: 'uuid' })
  querierUserId: string;

  @Column({ type: 'enum', enum: SelectorKind, enumName: 'selector_kind' })
  kind: SelectorKind;

  /** The lead the selector was recorded on; null for a query. */
  @Column({ name: 'querier_lead_id', type: 'uuid', nullable: true })
  querierLeadId: string | null;

  @Column({ type: 'boolean', default: false })
  refused: boolean;

  /** Whether the answer revealed a holder (false: a no-hit, hidden hits included); null when refused. */
  @Column({ type: 'boolean', nullable: true })
  hit: boolean | null;

  /**
   * The blind indexes the query was matched with (`keyId:hex`, one per matching key; never a value), kept until the
   * sweep (SelectorHitSweepService) has opened its cases; null once swept, and for refused queries.
   */
  @Column({ name: 'match_keys', type: 'text', array: true, nullable: true })
  matchKeys: string[] | null;

  /** When the querier was answered (UTC); null while unanswered and for refused queries. */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A deconfliction case between two liaison offices: one per querying agency, holder lead, selector kind, disclosure
 * and querying lead, extended by each further hit. Each side sees only its own lead; the querying side sees the case
 * only when the hit revealed the holder.
 */
@Entity({ name: 'deconfliction_cases' })
export class DeconflictionCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'selector_kind', type: 'enum', enum: SelectorKind, enumName: 'selector_kind' })
  selectorKind: SelectorKind;

  @Column({ name: 'querier_agency_id', type: 'uuid' })
  querierAgencyId: string;

  /** The person whose query or recording last hit. */
  @Column({ name: 'querier_user_id', type: 'uuid' })
  querierUserId: string;

  /** The querying agency's lead when the hit came from recording a selector; null for a query. */
  @Column({ name: 'querier_lead_id', type: 'uuid', nullable: true })
  querierLeadId: string | null;

  @Column({ name: 'holder_agency_id', type: 'uuid' })
  holderAgencyId: string;

  @Column({ name: 'holder_lead_id', type: 'uuid' })
  holderLeadId: string;

  /** True when the hit revealed the holder to the querying agency (REVEAL_HOLDER in force). */
  @Column({ name: 'holder_revealed', type: 'boolean' })
  holderRevealed: boolean;

  @Column({ type: 'int' })
  hits: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_hit_at', type: 'timestamptz' })
  lastHitAt: Date;

  /** When the holder revealed itself by proposing contact on a case whose hit did not reveal it (UTC); null otherwise. */
  @Column({ name: 'holder_disclosed_at', type: 'timestamptz', nullable: true })
  holderDisclosedAt: Date | null;
}
