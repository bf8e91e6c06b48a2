import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AuthUser, isUuid, notFound } from '@taskforce/api-core';
import { AsyncResource } from 'node:async_hooks';
import { createHmac } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditBatcher } from './audit-batcher';
import { AUDIT_COLUMNS, AuditChainStatus, AuditDraft, AuditRow, appendAuditEntries, appendAuditEntriesAtomically, appendAuditEntry, canonicalJson, rowOf, verifyAuditChain } from './audit-chain';
import { AuditAction, AuditSubject } from './audit-vocabulary';
import { compactLeadIds } from './audit-lead-sets';
import { clientAddressStore } from './client-address.interceptor';

/** What a service records; who, agency, when and from where are filled in here. */
export interface AuditEvent {
  action: AuditAction;
  subjectType: AuditSubject;
  subjectId: string;
  reason?: string | null;
  /** Ids and codes only — never a victim's identity or a lead's text. */
  details?: Record<string, unknown>;
}

/** A list, count or search of leads, for AuditService.recordLeadListRead. */
export interface LeadListRead {
  /** The GraphQL field asked (`leads`, `leadCount`, `searchLeads`, `searchLeadCount`). */
  query: string;
  /**
   * Its arguments after defaults, normalised by the caller (e.g. search text trimmed, lower case, inner spaces
   * collapsed); only their keyed fingerprint is stored, never the values.
   */
  args: Record<string, unknown>;
  /** Leads returned (or counted) — how many. */
  count: number;
  /** The ids returned; omitted for a count, which names none. */
  leadIds?: readonly string[];
}

/**
 * The tamper-evident audit log: append, verify, per-lead trails.
 *
 * Two ways in, one chain (see docs/audit-log.md):
 * - inside a business transaction (`record` with a transactional `manager`): the entry is chained synchronously
 *   in that transaction, under its lock of audit_head, and commits or rolls back with it;
 * - outside one (audited reads, refusals): the entry goes to a per-node AuditBatcher, which writes the entries
 *   queued within a few ms with one statement that holds audit_head's lock only while it runs
 *   (appendAuditEntriesAtomically; a transaction queueing on the lock when the head keeps moving); `record` resolves
 *   when the entry is committed.
 */
@Injectable()
export class AuditService implements OnModuleDestroy {
  private readonly batcher: AuditBatcher;
  private fingerprintKey: Promise<Buffer> | null = null;
  private readonly disabled: boolean;
  /** Reads the fingerprint key in the context the service was made in (no request scope). */
  private readonly readKey: () => Promise<Buffer>;

  /** @throws Error when AUDIT_DISABLED_FOR_BENCHMARK is set with NODE_ENV=production (loadConfig refuses it too). */
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: AppConfig,
  ) {
    this.disabled = config.AUDIT_DISABLED_FOR_BENCHMARK === true;
    if (this.disabled && config.isProduction) throw new Error('AUDIT_DISABLED_FOR_BENCHMARK: the audit log is never turned off when NODE_ENV=production');
    this.readKey = AsyncResource.bind(() =>
      this.db.query('SELECT fingerprint_key FROM audit_head WHERE id = true').then((rows: Array<{ fingerprint_key: Buffer }>) => {
        if (!rows[0]) throw new Error('audit_head is missing: run the migrations');
        return rows[0].fingerprint_key;
      }),
    );
    this.batcher = new AuditBatcher(async (drafts) => {
      if (!(await appendAuditEntriesAtomically(this.db.manager, drafts))) await this.db.transaction((m) => appendAuditEntries(m, drafts));
    });
  }

  /** Writes the entries still queued before the database connection closes. */
  async onModuleDestroy(): Promise<void> {
    await this.batcher.drain();
  }

  /**
   * Appends an entry for `actor`. With a transactional `manager` the entry is chained in the caller's transaction
   * (and rolls back with it); without, it is queued to the batcher and written with the others queued at the same
   * time, in a transaction of their own; the promise resolves once it is committed. When the actor passed a step-up
   * for this request (`actor.steppedUp`, set by the auth guard on @RequireRecentAuthentication() actions),
   * `details.steppedUp` is true.
   * @throws whatever the database raised when the entry could not be written (the caller's request fails).
   */
  async record(actor: Pick<AuthUser, 'userId' | 'agencyId' | 'steppedUp'>, event: AuditEvent, manager?: EntityManager): Promise<void> {
    await this.append(this.draftOf(actor, event), manager);
  }

  /**
   * Appends several entries of `actor`, in the order given, in one statement inside `manager`'s transaction (a list
   * of selector queries and its hits): what `record` does for one, without a round trip per entry.
   */
  async recordAll(actor: Pick<AuthUser, 'userId' | 'agencyId' | 'steppedUp'>, events: readonly AuditEvent[], manager: EntityManager): Promise<void> {
    if (this.disabled || !events.length) return;
    await appendAuditEntries(manager, events.map((e) => this.draftOf(actor, e)));
  }

  /**
   * Records one LEAD_LIST_READ entry (subject: the reader's agency) for a list, count or search of leads, compactly:
   * details `{ query, count, fingerprint, leadIds }` with the ids inline when there are at most INLINE_LEAD_IDS_MAX,
   * or `{ query, count, fingerprint, leadSetId }` naming a content-addressed set stored once in audit_lead_sets.
   * `fingerprint` = lowercase hex HMAC-SHA-256, under this database's key (audit_head.fingerprint_key), of
   * canonicalJson({ query, args }): the same question asked twice has the same fingerprint; the arguments cannot
   * be read back from it (only tested against a guess, by whoever holds the key).
   */
  async recordLeadListRead(actor: Pick<AuthUser, 'userId' | 'agencyId' | 'steppedUp'>, read: LeadListRead): Promise<void> {
    if (this.disabled) return;
    const fingerprint = await this.fingerprint({ query: read.query, args: read.args });
    const compact = read.leadIds ? compactLeadIds(read.leadIds) : null;
    const draft = this.draftOf(actor, {
      action: AuditAction.LEAD_LIST_READ,
      subjectType: AuditSubject.LEAD_LIST,
      subjectId: actor.agencyId,
      details: { query: read.query, count: read.count, fingerprint, ...(compact?.details ?? {}) },
    });
    await this.append({ ...draft, leadSet: compact?.leadSet });
  }

  /**
   * Lowercase hex HMAC-SHA-256 of canonicalJson(value) under audit_head.fingerprint_key (read once per node, outside
   * the request that first needs it, so no request's statement count depends on being the first).
   * @throws Error when audit_head is missing (migrations not run).
   */
  async fingerprint(value: unknown): Promise<string> {
    this.fingerprintKey ??= this.readKey();
    const key = await this.fingerprintKey.catch((err) => {
      this.fingerprintKey = null;
      throw err;
    });
    return createHmac('sha256', key).update(canonicalJson(value), 'utf8').digest('hex');
  }

  private draftOf(actor: Pick<AuthUser, 'userId' | 'agencyId' | 'steppedUp'>, event: AuditEvent): AuditDraft {
    return {
      actorUserId: actor.userId,
      actorAgencyId: actor.agencyId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      reason: event.reason ?? null,
      clientAddress: clientAddressStore.getStore()?.clientAddress ?? null,
      details: actor.steppedUp ? { ...(event.details ?? {}), steppedUp: true } : (event.details ?? {}),
    };
  }

  private async append(draft: AuditDraft, manager?: EntityManager): Promise<void> {
    if (this.disabled) return;
    if (manager?.queryRunner?.isTransactionActive) {
      await appendAuditEntry(manager, draft);
      return;
    }
    await this.batcher.append(draft);
  }

  /** Walks the whole chain; see verifyAuditChain. */
  verify(): Promise<AuditChainStatus> {
    return verifyAuditChain(this.db.manager);
  }

  /**
   * Entries about a lead (the lead itself, its shares and persons, and the lists and searches that returned it —
   * whether they name it inline in `details.leadIds` or through a lead set holding it), oldest first, for its
   * originating agency only.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and other agencies' leads — as the leads module.
   */
  async leadTrail(actor: Pick<AuthUser, 'agencyId'>, leadId: string): Promise<AuditRow[]> {
    if (!isUuid(leadId)) throw notFound('Lead');
    const [lead] = (await this.db.query('SELECT originating_agency_id::text AS agency FROM leads WHERE id = $1', [leadId])) as Array<{ agency: string }>;
    if (!lead || lead.agency !== actor.agencyId) throw notFound('Lead');
    const rows = await this.db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entries
        WHERE (subject_type = $1 AND subject_id = $2) OR details->>'leadId' = $2 OR details->'leadIds' ? $2
           OR details->>'leadSetId' IN (SELECT s.id FROM audit_lead_sets s WHERE s.ids @> ARRAY[$2::uuid])
        ORDER BY audit_entries.seq`,
      [AuditSubject.LEAD, leadId],
    );
    return (rows as Parameters<typeof rowOf>[0][]).map(rowOf);
  }

  /**
   * Display names of the users and acronyms (or names) of the agencies that appear in audit entries, for the
   * audit view: `{ users: id → display name, agencies: id → acronym }`. Unknown ids are absent.
   */
  async actorLabels(userIds: readonly string[], agencyIds: readonly string[]): Promise<{ users: Map<string, string>; agencies: Map<string, string> }> {
    const users = new Map<string, string>();
    const agencies = new Map<string, string>();
    const u = [...new Set(userIds)].filter(isUuid);
    const a = [...new Set(agencyIds)].filter(isUuid);
    if (u.length) {
      const rows: Array<{ id: string; label: string }> = await this.db.query('SELECT id::text AS id, display_name AS label FROM users WHERE id = ANY($1::uuid[])', [u]);
      rows.forEach((r) => users.set(r.id, r.label));
    }
    if (a.length) {
      const rows: Array<{ id: string; label: string }> = await this.db.query('SELECT id::text AS id, COALESCE(acronym, name) AS label FROM agencies WHERE id = ANY($1::uuid[])', [a]);
      rows.forEach((r) => agencies.set(r.id, r.label));
    }
    return { users, agencies };
  }
}
