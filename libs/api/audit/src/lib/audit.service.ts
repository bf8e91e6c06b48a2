import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, isUuid, notFound } from '@taskforce/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { AUDIT_COLUMNS, AuditAction, AuditChainStatus, AuditRow, AuditSubject, appendAuditEntry, rowOf, verifyAuditChain } from './audit-chain';
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

/** The tamper-evident audit log: append inside the caller's transaction, verify, per-lead trails. */
@Injectable()
export class AuditService {
  /** Per person, the last append of their own transaction queued on this node (see `record`). */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends an entry for `actor`. With `manager` the entry is part of the caller's transaction (and rolls back
   * with it); without, it is written in a transaction of its own. When the actor passed a step-up for this request
   * (`actor.steppedUp`, set by the auth guard on @RequireRecentAuthentication() actions), `details.steppedUp` is true.
   *
   * Appends in a transaction of their own (audited reads, refusals) are made one at a time per person on each API
   * node, in the order asked: every append waits for the chain's head row lock, and one person's burst — fifteen
   * aliased counts in one request, several requests at once — would otherwise fill the lock's queue (and the
   * connection pool) ahead of every other agency's audited reads. Each person then has at most one append waiting
   * per node.
   */
  async record(actor: Pick<AuthUser, 'userId' | 'agencyId' | 'steppedUp'>, event: AuditEvent, manager?: EntityManager): Promise<void> {
    const draft = {
      actorUserId: actor.userId,
      actorAgencyId: actor.agencyId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      reason: event.reason ?? null,
      clientAddress: clientAddressStore.getStore()?.clientAddress ?? null,
      details: actor.steppedUp ? { ...(event.details ?? {}), steppedUp: true } : (event.details ?? {}),
    };
    if (manager?.queryRunner?.isTransactionActive) {
      await appendAuditEntry(manager, draft);
      return;
    }
    await this.oneAtATime(actor.userId ?? 'system', () => this.db.transaction((m) => appendAuditEntry(m, draft)).then(() => undefined));
  }

  /** Runs `work` after the work queued before it under `key` has settled (FIFO per key), and forgets idle keys. */
  private oneAtATime(key: string, work: () => Promise<void>): Promise<void> {
    const run = (this.queues.get(key) ?? Promise.resolve()).then(work);
    const tail = run.catch(() => undefined);
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }

  /** Walks the whole chain; see verifyAuditChain. */
  verify(): Promise<AuditChainStatus> {
    return verifyAuditChain(this.db.manager);
  }

  /**
   * Entries about a lead (the lead itself, its shares and persons, and the lists, counts and searches that returned
   * it), oldest first, for its originating agency only.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and other agencies' leads — as the leads module.
   */
  async leadTrail(actor: Pick<AuthUser, 'agencyId'>, leadId: string): Promise<AuditRow[]> {
    if (!isUuid(leadId)) throw notFound('Lead');
    const [lead] = (await this.db.query('SELECT originating_agency_id::text AS agency FROM leads WHERE id = $1', [leadId])) as Array<{ agency: string }>;
    if (!lead || lead.agency !== actor.agencyId) throw notFound('Lead');
    const rows = await this.db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE (subject_type = $1 AND subject_id = $2) OR details->>'leadId' = $2 OR details->'leadIds' ? $2 ORDER BY audit_entries.seq`,
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
