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

/** The tamper-evident audit log (issue 3): append inside the caller's transaction, verify, per-lead trails. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends an entry for `actor`. With `manager` the entry is part of the caller's transaction (and rolls back
   * with it); without, it is written in a transaction of its own.
   */
  async record(actor: Pick<AuthUser, 'userId' | 'agencyId'>, event: AuditEvent, manager?: EntityManager): Promise<void> {
    const draft = {
      actorUserId: actor.userId,
      actorAgencyId: actor.agencyId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      reason: event.reason ?? null,
      clientAddress: clientAddressStore.getStore()?.clientAddress ?? null,
      details: event.details ?? {},
    };
    if (manager?.queryRunner?.isTransactionActive) {
      await appendAuditEntry(manager, draft);
      return;
    }
    await this.db.transaction((m) => appendAuditEntry(m, draft));
  }

  /** Walks the whole chain; see verifyAuditChain. */
  verify(): Promise<AuditChainStatus> {
    return verifyAuditChain(this.db.manager);
  }

  /**
   * Entries about a lead (the lead itself, its shares and persons), oldest first, for its originating agency only.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and other agencies' leads — as the leads module.
   */
  async leadTrail(actor: Pick<AuthUser, 'agencyId'>, leadId: string): Promise<AuditRow[]> {
    if (!isUuid(leadId)) throw notFound('Lead');
    const [lead] = (await this.db.query('SELECT originating_agency_id::text AS agency FROM leads WHERE id = $1', [leadId])) as Array<{ agency: string }>;
    if (!lead || lead.agency !== actor.agencyId) throw notFound('Lead');
    const rows = await this.db.query(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entries WHERE (subject_type = $1 AND subject_id = $2) OR details->>'leadId' = $2 ORDER BY audit_entries.seq`,
      [AuditSubject.LEAD, leadId],
    );
    return (rows as Parameters<typeof rowOf>[0][]).map(rowOf);
  }
}
