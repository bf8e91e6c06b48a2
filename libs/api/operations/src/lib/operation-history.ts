import { OperationEventAction, OperationStatus } from '@taskforce/domain';
import { EntityManager } from 'typeorm';

/** What one history entry of a joint operation says. */
export interface OperationEventDraft {
  operationId: string;
  /** Null when the system did it (an expiry). */
  actorId: string | null;
  action: OperationEventAction;
  fromStatus?: OperationStatus | null;
  toStatus?: OperationStatus | null;
  agencyId?: string | null;
  detail?: string | null;
  reason?: string | null;
}

/** Appends an entry to a joint operation's history inside the caller's transaction. */
export async function recordOperationEvent(manager: EntityManager, e: OperationEventDraft): Promise<void> {
  await manager.query(
    `INSERT INTO operation_events (operation_id, actor_id, action, from_status, to_status, agency_id, detail, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [e.operationId, e.actorId, e.action, e.fromStatus ?? null, e.toStatus ?? null, e.agencyId ?? null, e.detail ?? null, e.reason ?? null],
  );
}
