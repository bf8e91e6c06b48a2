import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, failedPrecondition, forbidden, isUuid, loadByKey, notFound, oncePerRequest, SqlPredicate, sqlPredicate } from '@taskforce/api-core';
import { Actor, canSeeOperation, isCoordinatorOf, isOperationWritable, OperationAgencyRole, OperationFacts, OperationStatus } from '@taskforce/domain';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';

/** The parameter the operation predicates bind the viewer's agency id to. */
const VIEWER = 'operationViewerAgencyId';
/** The parameter `scopeWhere` binds a checked operation id to. */
const SCOPE = 'scopeOperationId';

/** One participating agency of an operation, as `operation_agencies` stores it. */
export interface OperationMembership {
  agencyId: string;
  role: OperationAgencyRole;
  /** When the agency joined (UTC). */
  joinedAt: Date;
}

/**
 * Need-to-know for joint operations, the one owner of the rule "who may see a joint operation": the people of its
 * participating agencies (libs/domain `canSeeOperation`), whatever its lifecycle status; a CLOSED operation stays
 * readable and takes no writes (`isOperationWritable`). Platform admins get no exception. Everything under an
 * operation (tasks, comments, history, targets, results, notifications, socket rooms, indicator scopes) asks here.
 * Gives the rule three ways: SQL predicates (`visibleWhere`, `visibleIds`, `takesPart`), the in-memory check
 * (`canSee` over `facts`), and `require`, whose NOT_FOUND is the same for unknown, malformed and invisible ids. It is
 * also the only reader of the membership table `operation_agencies` (its writers are the create, invite and leave
 * paths of the operations and operation-lifecycle modules).
 */
@Injectable()
export class OperationPolicy {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * SQL (no parameters) true when the agency whose id is the expression `agencyExpr` takes part in the operation
   * whose id is the expression `operationExpr` (columns, or parameters of the caller's statement).
   */
  static takesPart(operationExpr: string, agencyExpr: string): string {
    return `EXISTS (SELECT 1 FROM operation_agencies oa_vis WHERE oa_vis.operation_id = ${operationExpr} AND oa_vis.agency_id = ${agencyExpr})`;
  }

  /**
   * SQL `JOIN` of the memberships of the operation whose id is in `operationExpr`, aliased `alias` (its columns
   * `agency_id`, `role`, `joined_at`): one row per participating agency, the same rule as `takesPart`.
   */
  static membershipJoin(operationExpr: string, alias: string): string {
    return `JOIN operation_agencies ${alias} ON ${alias}.operation_id = ${operationExpr}`;
  }

  /** SQL predicate true when the operation whose id is in `operationColumn` is visible to the viewer. */
  static visibleWhere(viewer: Pick<AuthUser, 'agencyId'>, operationColumn: string): SqlPredicate {
    return sqlPredicate(OperationPolicy.takesPart(operationColumn, `:${VIEWER}`), { [VIEWER]: viewer.agencyId });
  }

  /**
   * The same rule as an SQL array expression of the ids (uuid[]) of the operations visible to the viewer (use as
   * `column = ANY (…)`). Evaluated once per query, so PostgreSQL can scan large tables in parallel, which it does not
   * do with the correlated `EXISTS` form under an `OR`.
   */
  static visibleIds(viewer: Pick<AuthUser, 'agencyId'>): SqlPredicate {
    return sqlPredicate(`ARRAY(SELECT oa_ids.operation_id FROM operation_agencies oa_ids WHERE oa_ids.agency_id = :${VIEWER})`, { [VIEWER]: viewer.agencyId });
  }

  /**
   * SQL predicate limiting `operationColumn` to one operation the caller already checked with `require` (the viewer
   * may see it), or, with null, to the operations visible to the viewer.
   */
  static scopeWhere(viewer: Pick<AuthUser, 'agencyId'>, operationColumn: string, checkedOperationId: string | null): SqlPredicate {
    return checkedOperationId ? sqlPredicate(`${operationColumn} = :${SCOPE}`, { [SCOPE]: checkedOperationId }) : OperationPolicy.visibleWhere(viewer, operationColumn);
  }

  /** In memory: true when the actor's agency takes part in the operation (libs/domain `canSeeOperation`). */
  static canSee(actor: Pick<AuthUser, 'agencyId'>, facts: Pick<OperationFacts, 'participatingAgencyIds'>): boolean {
    return canSeeOperation(actor, facts);
  }

  /**
   * The record-dependent role check "coordinator of this operation" (libs/domain `isCoordinatorOf`: named on it,
   * holding the COORDINATOR role, in a participating agency).
   * @throws FORBIDDEN "Only coordinators of this joint operation <what>" for anyone else.
   */
  static requireCoordinator(actor: Actor, facts: OperationFacts, what: string): void {
    if (!isCoordinatorOf(actor, facts)) throw forbidden(`Only coordinators of this joint operation ${what}`);
  }

  /**
   * Status, participating agencies and coordinators of an operation, or null when the id is unknown. Through
   * `manager` when given (a transaction reads its own state); otherwise inside a request the asks of one tick are
   * answered by one statement, and a GraphQL query keeps them for the rest of the request (RequestScope).
   */
  async facts(operationId: string, manager?: EntityManager): Promise<OperationFacts | null> {
    if (manager) return (await OperationPolicy.factsOf(manager, [operationId])).get(operationId) ?? null;
    return oncePerRequest(`operation.facts:${operationId}`, () =>
      loadByKey('operation.facts', operationId, async (ids: readonly string[]) => {
        const found = await OperationPolicy.factsOf(this.db.manager, [...new Set(ids.filter(isUuid))]);
        return ids.map((id) => found.get(id) ?? null);
      }),
    );
  }

  /** Facts of each of the operations (one statement); unknown ids are absent. */
  private static async factsOf(manager: EntityManager, operationIds: readonly string[]): Promise<Map<string, OperationFacts>> {
    const out = new Map<string, OperationFacts>();
    if (!operationIds.length) return out;
    const rows: Array<{ id: string; status: OperationStatus; agencies: string[]; coordinators: string[] }> = await manager.query(
      `SELECT o.id::text AS id, o.status,
              ARRAY(SELECT agency_id::text FROM operation_agencies WHERE operation_id = o.id) AS agencies,
              ARRAY(SELECT user_id::text FROM operation_coordinators WHERE operation_id = o.id) AS coordinators
         FROM operations o WHERE o.id = ANY($1::uuid[])`,
      [operationIds],
    );
    for (const r of rows) out.set(r.id, { status: r.status, participatingAgencyIds: r.agencies, coordinatorUserIds: r.coordinators });
    return out;
  }

  /**
   * Participating agency ids of each of the operations, read through `manager` (so also from plain functions such as
   * the demo data); ids absent from the result have no participant or are unknown.
   */
  static async participants(manager: EntityManager, operationIds: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!operationIds.length) return out;
    const rows: Array<{ op: string; agency: string }> = await manager.query(
      'SELECT operation_id::text AS op, agency_id::text AS agency FROM operation_agencies WHERE operation_id = ANY($1::uuid[])',
      [operationIds],
    );
    for (const r of rows) out.set(r.op, [...(out.get(r.op) ?? []), r.agency]);
    return out;
  }

  /** Each participating agency of an operation with its role and when it joined (unordered). */
  async memberships(operationId: string, manager: EntityManager = this.db.manager): Promise<OperationMembership[]> {
    const rows: Array<{ agency_id: string; role: OperationAgencyRole; joined_at: Date }> = await manager.query(
      'SELECT agency_id::text, role, joined_at FROM operation_agencies WHERE operation_id = $1',
      [operationId],
    );
    return rows.map((r) => ({ agencyId: r.agency_id, role: r.role, joinedAt: r.joined_at }));
  }

  /**
   * The facts of an operation the actor may see.
   * @throws NOT_FOUND ("Operation not found") when the id is unknown, malformed or not visible to the actor.
   */
  async require(actor: Pick<AuthUser, 'agencyId'>, operationId: string, manager?: EntityManager): Promise<OperationFacts> {
    if (!isUuid(operationId)) throw notFound('Operation');
    const facts = await this.facts(operationId, manager);
    if (!facts || !OperationPolicy.canSee(actor, facts)) throw notFound('Operation');
    return facts;
  }

  /**
   * The facts of an operation the actor may see and that still takes writes (not CLOSED): every path that writes
   * through an operation (tasks, comments, status moves, links, targets, shares, case records) asks this.
   * @throws NOT_FOUND as `require`; FAILED_PRECONDITION naming the operation when it is CLOSED (read-only).
   */
  async requireWritable(actor: Pick<AuthUser, 'agencyId'>, operationId: string, manager?: EntityManager): Promise<OperationFacts> {
    const facts = await this.require(actor, operationId, manager);
    if (!isOperationWritable(facts.status)) throw await this.closedError(operationId, manager);
    return facts;
  }

  /** FAILED_PRECONDITION "Joint operation “<name>” is closed…", with `operationId` in the extensions. */
  async closedError(operationId: string, manager: EntityManager = this.db.manager) {
    const [row] = await manager.query('SELECT name FROM operations WHERE id = $1', [operationId]);
    return failedPrecondition(`Joint operation “${row?.name ?? operationId}” is closed: it is read-only`, { operationId });
  }

  /**
   * `scopeWhere` after the check: one operation the viewer may see (`operationId` given), or every visible one.
   * @throws NOT_FOUND ("Operation not found") as `require`.
   */
  async requireScope(viewer: Pick<AuthUser, 'agencyId'>, operationColumn: string, operationId: string | null | undefined): Promise<SqlPredicate> {
    if (operationId) await this.require(viewer, operationId);
    return OperationPolicy.scopeWhere(viewer, operationColumn, operationId || null);
  }

  /**
   * True when the actor may see the operation (false for unknown and malformed ids). The checks asked within one turn
   * of the event loop go in one statement (DataLoader scheduled with setImmediate; nothing cached between turns), so
   * that many sockets watching at once stay cheap.
   */
  async isVisible(actor: Pick<AuthUser, 'agencyId'>, operationId: string): Promise<boolean> {
    if (!isUuid(operationId) || typeof actor.agencyId !== 'string' || !isUuid(actor.agencyId)) return false;
    return this.visibility.load({ agencyId: actor.agencyId, operationId });
  }

  private readonly visibility = new DataLoader<{ agencyId: string; operationId: string }, boolean, string>(
    async (keys) => {
      const rows: Array<{ i: string; visible: boolean }> = await this.db.query(
        `SELECT k.i, ${OperationPolicy.takesPart('k.operation_id', 'k.agency_id')} AS visible
           FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(operation_id, agency_id, i)`,
        [keys.map((k) => k.operationId), keys.map((k) => k.agencyId)],
      );
      const visible = new Map(rows.map((row) => [Number(row.i), row.visible === true]));
      return keys.map((_, index) => visible.get(index + 1) ?? false);
    },
    { cache: false, maxBatchSize: 500, batchScheduleFn: (run) => setImmediate(run) },
  );
}
