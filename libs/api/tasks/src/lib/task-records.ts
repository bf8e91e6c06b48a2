import { UserEntity } from '@taskforce/api-auth';
import { conflict, idempotencyKeyReused } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { OperationFacts, TaskPriority, TaskStatus } from '@taskforce/domain';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { TaskEntity, TaskEventAction, TaskEventEntity } from './task.entity';

/** Writes one entry of a task's history in the caller's transaction. */
export async function recordTaskEvent(
  manager: EntityManager,
  taskId: string,
  actorId: string,
  action: TaskEventAction,
  extra: { fromStatus?: TaskStatus; toStatus?: TaskStatus; detail?: string },
): Promise<void> {
  const repo = manager.getRepository(TaskEventEntity);
  await repo.save(repo.create({ taskId, actorId, action, fromStatus: extra.fromStatus ?? null, toStatus: extra.toStatus ?? null, detail: extra.detail ?? null }));
}

/**
 * Who follows a task's progress: the operation's coordinators, its creator and its assignee person — those
 * still active and who may still see the operation (OperationPolicy.canSee) — minus the actor.
 */
export async function taskFollowers(manager: EntityManager, task: TaskEntity, operation: OperationFacts, actorId: string): Promise<string[]> {
  const candidates = [...new Set([...operation.coordinatorUserIds, task.createdById, ...(task.assigneeUserId ? [task.assigneeUserId] : [])])].filter((id) => id !== actorId);
  if (!candidates.length) return [];
  const users = await manager.getRepository(UserEntity).find({ where: { id: In(candidates) } });
  return users.filter((u) => !u.disabledAt && OperationPolicy.canSee(u, operation)).map((u) => u.id);
}

/** CONFLICT carrying the task's current version and status and who last changed it (created, moved, edited or reassigned it), when (UTC). */
export async function taskConflict(manager: EntityManager, latest: TaskEntity) {
  const [last] = await manager.query(
    `SELECT u.display_name, a.acronym, e.at, e.action FROM task_events e JOIN users u ON u.id = e.actor_id JOIN agencies a ON a.id = u.agency_id
      WHERE e.task_id = $1 AND e.action IN ('CREATED', 'STATUS_CHANGED', 'EDITED', 'ASSIGNED') ORDER BY e.at DESC LIMIT 1`,
    [latest.id],
  );
  return conflict('The task was changed by someone else; reload it and try again', {
    currentVersion: latest.version,
    currentStatus: latest.status,
    changedBy: last ? { displayName: last.display_name, agencyAcronym: last.acronym } : null,
    changedAt: last ? new Date(last.at).toISOString() : null,
    changeAction: last ? last.action : null,
  });
}

/** Urgent tasks ask the assignee agency for an acknowledgement. */
export function requiresAcknowledgement(task: Pick<TaskEntity, 'priority'>): boolean {
  return task.priority === TaskPriority.URGENT;
}

/**
 * Claims an idempotency key for (user, scope) inside the caller's transaction. Returns `{ id, fresh: true }`
 * with a new id to create the object under, or `{ id, fresh: false }` with the id created by an earlier
 * request with the same key (a concurrent duplicate waits on the key's row until the first commits). With `request`
 * (the effective input, defaults applied, the key left out) the key is bound to it by its SHA-256 (`requestSha256`):
 * @throws IDEMPOTENCY_KEY_REUSED when the key was first used with a different request (IETF draft "The
 *   Idempotency-Key HTTP Header Field" §2.6). Keys claimed without a fingerprint are not compared.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  userId: string,
  scope: string,
  key: string | undefined,
  request?: Record<string, unknown>,
): Promise<{ id: string; fresh: boolean }> {
  const id = randomUUID();
  if (!key) return { id, fresh: true };
  // Keys are UUIDs (validated by the inputs), read without regard to case like every other id.
  key = key.toLowerCase();
  const fingerprint = request ? requestSha256(request) : null;
  const inserted = await manager.query(
    'INSERT INTO idempotency_keys (user_id, scope, key, result_id, request_sha256) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING result_id',
    [userId, scope, key, id, fingerprint],
  );
  if (inserted.length) return { id, fresh: true };
  const [existing] = await manager.query('SELECT result_id, request_sha256 FROM idempotency_keys WHERE user_id = $1 AND scope = $2 AND key = $3', [userId, scope, key]);
  if (fingerprint && existing.request_sha256 && existing.request_sha256 !== fingerprint) throw idempotencyKeyReused();
  return { id: existing.result_id, fresh: false };
}

/**
 * Lowercase hex SHA-256 of `request` as canonical JSON: object keys sorted at every level, dates as ISO 8601 UTC,
 * `undefined` as null — so the same input, however its fields were ordered or spelled in time zones, gives one value.
 */
export function requestSha256(request: Record<string, unknown>): string {
  const canonical = (value: unknown): unknown => {
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value === undefined ? null : value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(request))).digest('hex');
}
