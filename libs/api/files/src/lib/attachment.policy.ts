import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, isUuid } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { canSeeInformationRequest, canSeeOperation, FileAttachmentKind, isOperationWritable, OperationFacts } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';

/** A record a file can be attached to, as the caller may reach it. */
export interface Attachable {
  operationId: string;
  facts: OperationFacts;
  /** The caller may read the record, hence its files. */
  readable: boolean;
  /** The caller may attach a file to it now: readable, the operation not CLOSED, a message not deleted. */
  writable: boolean;
}

/**
 * Need-to-know for files, in one place: a file is readable by exactly those who may read the record it is attached to
 * — an operation and its tasks and channel messages by the people of its participating agencies (`canSeeOperation`),
 * a request for information by its two agencies and the operation's coordinators (`canSeeInformationRequest`). The
 * record is looked up by kind and id; an unknown, malformed or unreachable one is null, and callers answer NOT_FOUND.
 */
@Injectable()
export class AttachmentPolicy {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationPolicy,
  ) {}

  /** The record `kind`/`id` for `actor`, or null when it does not exist. */
  async resolve(actor: AuthUser, kind: FileAttachmentKind, id: string, manager: EntityManager = this.db.manager): Promise<Attachable | null> {
    if (!isUuid(id)) return null;
    const row = await this.lookup(kind, id, manager);
    if (!row) return null;
    const facts = await this.operations.facts(row.operationId, manager);
    if (!facts) return null;
    const readable = row.request ? canSeeInformationRequest(actor, facts, row.request) : canSeeOperation(actor, facts);
    return { operationId: row.operationId, facts, readable, writable: readable && isOperationWritable(facts.status) && !row.deleted };
  }

  private async lookup(kind: FileAttachmentKind, id: string, m: EntityManager): Promise<{ operationId: string; deleted: boolean; request?: { fromAgencyId: string; toAgencyId: string } } | null> {
    switch (kind) {
      case FileAttachmentKind.OPERATION: {
        const [row] = await m.query('SELECT id AS operation_id FROM operations WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, deleted: false } : null;
      }
      case FileAttachmentKind.TASK: {
        const [row] = await m.query('SELECT operation_id FROM tasks WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, deleted: false } : null;
      }
      case FileAttachmentKind.OPERATION_MESSAGE: {
        const [row] = await m.query('SELECT operation_id, deleted_at FROM operation_messages WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, deleted: row.deleted_at !== null } : null;
      }
      case FileAttachmentKind.INFORMATION_REQUEST: {
        const [row] = await m.query('SELECT operation_id, from_agency_id, to_agency_id FROM information_requests WHERE id = $1', [id]);
        return row ? { operationId: row.operation_id, deleted: false, request: { fromAgencyId: row.from_agency_id, toAgencyId: row.to_agency_id } } : null;
      }
      default:
        return null;
    }
  }
}
