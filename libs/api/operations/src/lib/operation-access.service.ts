import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, failedPrecondition, isUuid, notFound } from '@taskforce/api-core';
import { canSeeOperation, isOperationWritable, OperationFacts, OperationStatus } from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Need-to-know for joint operations and everything under them, in one place: a user sees an operation when
 * their agency participates in it (libs/domain `canSeeOperation`); tasks, comments, history, notifications and
 * socket rooms follow. Platform admins get no exception. Unknown and invisible ids give the same NOT_FOUND.
 */
@Injectable()
export class OperationAccessService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * SQL condition (for query builders) true when the operation whose id is in `column` is visible to the agency
   * bound as `:viewerAgencyId`. Callers bind `{ viewerAgencyId: actor.agencyId }`.
   */
  static visibleOperationCondition(column: string): string {
    return `EXISTS (SELECT 1 FROM operation_agencies oa_vis WHERE oa_vis.operation_id = ${column} AND oa_vis.agency_id = :viewerAgencyId)`;
  }

  /**
   * The same rule as an SQL array expression of the ids of the operations visible to the agency bound as
   * `:viewerAgencyId` (use as `column = ANY (…)`). Evaluated once per query, so PostgreSQL can scan large tables
   * in parallel, which it does not do with the correlated `EXISTS` form under an `OR`.
   */
  static visibleOperationIdsArray(): string {
    return `ARRAY(SELECT oa_ids.operation_id FROM operation_agencies oa_ids WHERE oa_ids.agency_id = :viewerAgencyId)`;
  }

  /** Status, participating agencies and coordinators of an operation, or null when the id is unknown. */
  async facts(operationId: string, manager: EntityManager = this.db.manager): Promise<OperationFacts | null> {
    const rows = await manager.query(
      `SELECT o.status,
              ARRAY(SELECT agency_id::text FROM operation_agencies WHERE operation_id = o.id) AS agencies,
              ARRAY(SELECT user_id::text FROM operation_coordinators WHERE operation_id = o.id) AS coordinators
         FROM operations o WHERE o.id = $1`,
      [operationId],
    );
    if (!rows.length) return null;
    return {
      status: rows[0].status as OperationStatus,
      participatingAgencyIds: rows[0].agencies,
      coordinatorUserIds: rows[0].coordinators,
    };
  }

  /**
   * The facts of an operation the actor may see.
   * @throws NOT_FOUND ("Operation not found") when the id is unknown, malformed or not visible to the actor.
   */
  async requireVisible(actor: AuthUser, operationId: string, manager?: EntityManager): Promise<OperationFacts> {
    if (!isUuid(operationId)) throw notFound('Operation');
    const facts = await this.facts(operationId, manager);
    if (!facts || !canSeeOperation(actor, facts)) throw notFound('Operation');
    return facts;
  }

  /**
   * The facts of an operation the actor may see and that still takes writes (not CLOSED): every path that writes
   * through an operation (tasks, comments, status moves, links, targets, shares, case records) asks this.
   * @throws NOT_FOUND as `requireVisible`; FAILED_PRECONDITION naming the operation when it is CLOSED (read-only).
   */
  async requireWritable(actor: AuthUser, operationId: string, manager?: EntityManager): Promise<OperationFacts> {
    const facts = await this.requireVisible(actor, operationId, manager);
    if (!isOperationWritable(facts.status)) throw await this.closedError(operationId, manager);
    return facts;
  }

  /** FAILED_PRECONDITION "Joint operation “<name>” is closed…", with `operationId` in the extensions. */
  async closedError(operationId: string, manager: EntityManager = this.db.manager) {
    const [row] = await manager.query('SELECT name FROM operations WHERE id = $1', [operationId]);
    return failedPrecondition(`Joint operation “${row?.name ?? operationId}” is closed: it is read-only`, { operationId });
  }

  /** True when the actor may see the operation (false for unknown ids). */
  async isVisible(actor: Pick<AuthUser, 'agencyId'>, operationId: string): Promise<boolean> {
    if (!isUuid(operationId)) return false;
    const rows = await this.db.query('SELECT 1 FROM operation_agencies WHERE operation_id = $1 AND agency_id = $2', [operationId, actor.agencyId]);
    return rows.length > 0;
  }
}
