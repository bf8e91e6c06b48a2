import { Injectable } from '@nestjs/common';
import { AuthUser, SqlPredicate, sqlPredicate } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { CaseRecordScope, isCaseRecordInScope } from '@taskforce/domain';

/** The parameter the case-record scope binds the checked operation id to. */
const SCOPE_OPERATION = 'caseScopeOperationId';

/**
 * A scope whose operation, if any, has been checked: the viewer's agency and one joint operation it may see, or null
 * for the task force as that agency may see it. Made by `CaseRecordScopePolicy.require`, or by a caller that has just
 * checked the operation with OperationPolicy itself (target progress, after the coordinator check).
 */
export interface CheckedCaseRecordScope {
  readonly agencyId: string;
  readonly operationId: string | null;
}

/**
 * Need-to-know for case records (`case_records`), the one owner of the rule "which records may a viewer count":
 * the records of one joint operation once OperationPolicy says the viewer may see it; or else the records outside
 * operations and those of the operations the viewer's agency takes part in (libs/domain `isCaseRecordInScope`).
 * Records are only ever counted, never listed: what of a count may leave is decided afterwards by the small-cell
 * protection (`protectForViewer` and its kin). Every indicator table, forms-named table, CSV, flow and target
 * progress asks here; `require` answers NOT_FOUND ("Operation not found") for an unknown, malformed or invisible
 * operation, as OperationPolicy does.
 */
@Injectable()
export class CaseRecordScopePolicy {
  constructor(private readonly operations: OperationPolicy) {}

  /**
   * SQL predicate over the case record aliased `alias`: the records of the scope's operation, or, without one, the
   * records outside operations and in the operations visible to the viewer's agency — the latter with the operations'
   * ids as an array evaluated once (OperationPolicy.visibleIds), so PostgreSQL can scan a large table in parallel.
   */
  static where(scope: CheckedCaseRecordScope, alias: string): SqlPredicate {
    if (scope.operationId) return sqlPredicate(`${alias}.operation_id = :${SCOPE_OPERATION}`, { [SCOPE_OPERATION]: scope.operationId });
    const visible = OperationPolicy.visibleIds(scope);
    return sqlPredicate(`(${alias}.operation_id IS NULL OR ${alias}.operation_id = ANY (${visible.sql}))`, visible.params);
  }

  /** In memory: true when a record (`operationId` null outside operations) falls in the scope (libs/domain). */
  static includes(record: { operationId?: string | null }, scope: CaseRecordScope): boolean {
    return isCaseRecordInScope(record, scope);
  }

  /**
   * The scope a viewer asks for: one joint operation they may see (`operationId` given), or the task force as their
   * agency may see it (null or left out).
   * @throws NOT_FOUND ("Operation not found") for an operation that is unknown, malformed (the empty string too) or not
   *   visible to the viewer.
   */
  async require(viewer: Pick<AuthUser, 'agencyId'>, operationId: string | null | undefined): Promise<CheckedCaseRecordScope> {
    if (operationId !== null && operationId !== undefined) await this.operations.require(viewer, operationId);
    return { agencyId: viewer.agencyId, operationId: operationId ?? null };
  }
}
