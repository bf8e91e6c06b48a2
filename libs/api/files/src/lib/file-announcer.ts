import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, EventBus } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { FileAttachmentKind, FileChange, FileChangedEvent, informationRequestStatus } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { AttachmentPolicy } from './attachment.policy';
import { EvidenceFileEntity } from './evidence-file.entity';

/** The readers of one record's files, as the real-time gateway reaches them. */
export interface FileAudience {
  /** Agencies whose people may read the files (candidates: each socket is still checked with `reads`). */
  agencyIds: string[];
  /** People who may read them as coordinators of the operation, whatever their agency. */
  userIds: string[];
  /** Whether the person of a socket reads the record's files now (AttachmentPolicy), asked once per agency and per coordinator. */
  reads(user: AuthUser): Promise<boolean>;
}

/**
 * Tells the readers of a record that one of its files changed (`file.changed`, after commit) and, for a request for
 * information, its readers that a file came with it (`information.request` FILE_ATTACHED); and gives the gateway the
 * audience of such an event. Who hears is decided by AttachmentPolicy, as for reading the files themselves.
 */
@Injectable()
export class FileAnnouncer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attachments: AttachmentPolicy,
    private readonly operations: OperationPolicy,
    private readonly bus: EventBus,
  ) {}

  /** Publishes `file.changed` for `file` on the record it is attached to (or `on`, the record it left). */
  changed(file: EvidenceFileEntity, change: FileChange, on: Pick<FileChangedEvent, 'attachedKind' | 'attachedId' | 'operationId'> = file): void {
    this.bus.publish('file.changed', { fileId: file.id, change, attachedKind: on.attachedKind, attachedId: on.attachedId, operationId: on.operationId });
  }

  /** A file arrived on its record: `file.changed` ATTACHED, and for a request for information `information.request` FILE_ATTACHED. */
  async attached(file: EvidenceFileEntity): Promise<void> {
    this.changed(file, 'ATTACHED');
    if (file.attachedKind !== FileAttachmentKind.INFORMATION_REQUEST) return;
    const [row] = await this.db.query('SELECT from_agency_id, to_agency_id, acknowledged_at, answered_at FROM information_requests WHERE id = $1', [file.attachedId]);
    if (!row) return;
    const status = informationRequestStatus({ acknowledgedAt: row.acknowledged_at, answeredAt: row.answered_at });
    this.bus.publish('information.request', { id: file.attachedId, operationId: file.operationId as string, change: 'FILE_ATTACHED', status, fromAgencyId: row.from_agency_id, toAgencyId: row.to_agency_id });
  }

  /** Who hears `event`: the agencies that may hold the record (the operation's, or the lead's originator and recipients) and the coordinators. */
  async audience(event: FileChangedEvent): Promise<FileAudience> {
    const kind = event.attachedKind as FileAttachmentKind;
    let agencyIds: string[] = [];
    let userIds: string[] = [];
    let coordinators: readonly string[] = [];
    if (kind === FileAttachmentKind.LEAD) {
      const rows: Array<{ agency_id: string }> = await this.db.query(
        'SELECT originating_agency_id AS agency_id FROM leads WHERE id = $1 UNION SELECT recipient_agency_id FROM lead_shares WHERE lead_id = $1',
        [event.attachedId],
      );
      agencyIds = rows.map((r) => r.agency_id);
    } else if (event.operationId) {
      const facts = await this.operations.facts(event.operationId);
      agencyIds = [...(facts?.participatingAgencyIds ?? [])];
      userIds = [...(facts?.coordinatorUserIds ?? [])];
      coordinators = userIds;
    }
    const verdicts = new Map<string, Promise<boolean>>();
    const reads = (user: AuthUser): Promise<boolean> => {
      const key = coordinators.includes(user.userId) ? `user:${user.userId}` : `agency:${user.agencyId}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = this.attachments.resolve(user, kind, event.attachedId).then((target) => !!target?.readable, () => false);
        verdicts.set(key, verdict);
      }
      return verdict;
    };
    return { agencyIds, userIds, reads };
  }
}
