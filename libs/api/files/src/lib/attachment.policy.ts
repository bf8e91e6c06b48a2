import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, isUuid } from '@taskforce/api-core';
import { LeadPolicy } from '@taskforce/api-leads';
import { OperationPolicy } from '@taskforce/api-operations';
import { canSeeInformationRequest, canSeeOperation, FileAttachmentKind, isCoordinatorOf, isOperationWritable, leadFilesReadable, LeadStatus, OperationFacts } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';

/** A record a file can be attached to, as the caller may reach it. */
export interface Attachable {
  /** The joint operation the record belongs to; null for a lead recorded outside any operation. */
  operationId: string | null;
  /** Facts of that operation (null without one). */
  facts: OperationFacts | null;
  /** The caller may read the record itself. */
  recordReadable: boolean;
  /** The caller may read the record's files (a redacted share of a lead reads the lead, not its files). */
  readable: boolean;
  /** The caller may attach a file to it now: the files readable, nothing read-only (CLOSED operation or lead, deleted message). */
  writable: boolean;
  /** Why the record takes no files now, when it does not though its files are readable; null otherwise. */
  readOnlyReason: string | null;
  /** The caller coordinates the record's joint operation (they see every file's custody trail there). */
  coordinator: boolean;
}

const CLOSED_OPERATION = 'The joint operation is closed: it is read-only';

/** What the lookup of a record gives, before the caller is considered. */
interface Located {
  operationId: string | null;
  readOnly: boolean;
  request?: { fromAgencyId: string; toAgencyId: string };
  /** A deleted channel message: its files stay with its author's agency and the coordinators. */
  deletedMessageOf?: string;
}

/**
 * Need-to-know for files, in one place: a file is readable by exactly those who may read the record it is attached to
 * — an operation and its tasks and channel messages by the people of its participating agencies (`canSeeOperation`;
 * once a message is deleted, its files only by its author's agency and the coordinators), a request for information
 * by its two agencies and the operation's coordinators (`canSeeInformationRequest`), a lead by its readers through
 * LeadPolicy, a recipient only when its share removes nothing (`leadFilesReadable`), and files are attached to a lead
 * by its originating agency alone. The record is looked up by kind and id; an unknown, malformed or unreachable one
 * is null, and callers answer NOT_FOUND.
 */
@Injectable()
export class AttachmentPolicy {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationPolicy,
    private readonly leads: LeadPolicy,
  ) {}

  /** The record `kind`/`id` for `actor`, or null when it does not exist or (a lead) the actor cannot read it. */
  async resolve(actor: AuthUser, kind: FileAttachmentKind, id: string, manager: EntityManager = this.db.manager): Promise<Attachable | null> {
    if (!isUuid(id)) return null;
    if (kind === FileAttachmentKind.LEAD) return this.resolveLead(actor, id, manager);
    const row = await this.lookup(kind, id, manager);
    if (!row?.operationId) return null;
    const facts = await this.operations.facts(row.operationId, manager);
    if (!facts) return null;
    const coordinator = isCoordinatorOf(actor, facts);
    const recordReadable = row.request ? canSeeInformationRequest(actor, facts, row.request) : canSeeOperation(actor, facts);
    const readable = recordReadable && (row.deletedMessageOf === undefined || row.deletedMessageOf === actor.agencyId || coordinator);
    const readOnlyReason = !isOperationWritable(facts.status) ? CLOSED_OPERATION : row.readOnly ? 'Files cannot be attached to a deleted message' : null;
    return { operationId: row.operationId, facts, recordReadable, readable, writable: readable && !readOnlyReason, readOnlyReason, coordinator };
  }

  private async resolveLead(actor: AuthUser, id: string, m: EntityManager): Promise<Attachable | null> {
    const reading = await this.leads.require(actor, id, m).catch(() => null);
    if (!reading) return null;
    const { lead, share } = reading;
    const facts = lead.operationId ? await this.operations.facts(lead.operationId, m) : null;
    const readable = leadFilesReadable(share);
    const readOnlyReason =
      share !== null ? "Files are attached to a lead by its originating agency" : lead.status === LeadStatus.CLOSED ? 'The lead is closed: it is read-only' : facts && !isOperationWritable(facts.status) ? CLOSED_OPERATION : null;
    return { operationId: lead.operationId ?? null, facts, recordReadable: true, readable, writable: readable && !readOnlyReason, readOnlyReason, coordinator: false };
  }

  private async lookup(kind: FileAttachmentKind, id: string, m: EntityManager): Promise<Located | null> {
    switch (kind) {
      case FileAttachmentKind.OPERATION: {
        const [row] = await m.query('SELECT id AS operation_id FROM operations WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, readOnly: false } : null;
      }
      case FileAttachmentKind.TASK: {
        const [row] = await m.query('SELECT operation_id FROM tasks WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, readOnly: false } : null;
      }
      case FileAttachmentKind.OPERATION_MESSAGE: {
        const [row] = await m.query('SELECT operation_id, deleted_at, author_agency_id FROM operation_messages WHERE id = $1', [id]);
        if (!row) return null;
        return row.deleted_at === null ? { operationId: row.operation_id, readOnly: false } : { operationId: row.operation_id, readOnly: true, deletedMessageOf: row.author_agency_id };
      }
      case FileAttachmentKind.INFORMATION_REQUEST: {
        const [row] = await m.query('SELECT operation_id, from_agency_id, to_agency_id FROM information_requests WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, readOnly: false, request: { fromAgencyId: row.from_agency_id, toAgencyId: row.to_agency_id } } : null;
      }
      default:
        return null;
    }
  }
}
