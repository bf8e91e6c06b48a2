import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { OperationAccessService } from '@taskforce/api-operations';
import { IndicatorKind, isCoordinatorOf, protectForViewer } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { OperationIndicatorsModel, OperationTargetModel, SetOperationTargetInput } from './target.models';
import { TimingService } from './timing.service';
import { SmallCellThreshold } from './small-cell-threshold';

interface TargetRow {
  id: string;
  operation_id: string;
  indicator: IndicatorKind;
  period_start: string;
  period_end: string;
  target: number;
  achieved: number;
  /** How many of `achieved` the viewer's agency recorded. */
  own: number;
}

/**
 * Targets per indicator and period that a joint operation's coordinators set, and progress against them.
 * Achieved = the operation's case records of the indicator whose `created_at` (UTC date) lies in
 * the period, both ends included; small-cell protected like every table (libs/domain `protectForViewer`: exact when
 * the viewer's agency recorded all of them, otherwise suppressed when the part other agencies recorded is 1 … k − 1,
 * however many the viewer's agency adds).
 */
@Injectable()
export class TargetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationAccessService,
    private readonly timing: TimingService,
    private readonly audit: AuditService,
    private readonly threshold: SmallCellThreshold,
  ) {}

  /**
   * Sets (or replaces the figure of) the target of an operation for an indicator and period.
   * @throws NOT_FOUND "Operation not found" (unknown, malformed, invisible); FORBIDDEN for anyone but its
   * coordinators; BAD_USER_INPUT (field `periodEnd`) when the period ends before it starts.
   */
  async set(user: AuthUser, input: SetOperationTargetInput): Promise<OperationTargetModel> {
    await this.requireCoordinator(user, input.operationId);
    if (input.periodEnd < input.periodStart) throw badInput([{ field: 'periodEnd', message: 'periodEnd must be on or after periodStart' }]);
    const id = await this.db.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO operation_targets (operation_id, indicator, period_start, period_end, target, set_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (operation_id, indicator, period_start, period_end)
         DO UPDATE SET target = EXCLUDED.target, set_by = EXCLUDED.set_by, updated_at = now()
         RETURNING id::text AS id`,
        [input.operationId, input.indicator, input.periodStart, input.periodEnd, input.target, user.userId],
      );
      const details = { operationId: input.operationId, indicator: input.indicator, periodStart: input.periodStart, periodEnd: input.periodEnd, target: input.target };
      await this.audit.record(user, { action: AuditAction.OPERATION_TARGET_SET, subjectType: AuditSubject.OPERATION_TARGET, subjectId: row.id, details }, m);
      return row.id as string;
    });
    const [target] = await this.progress(user, input.operationId, undefined, id);
    return target;
  }

  /**
   * Removes a target; returns its id.
   * @throws NOT_FOUND "Operation target not found" for unknown ids and targets of operations the caller cannot
   * see; FORBIDDEN for participants who are not its coordinators.
   */
  async remove(user: AuthUser, targetId: string): Promise<string> {
    if (!isUuid(targetId)) throw notFound('Operation target');
    const rows: Array<{ operation_id: string }> = await this.db.query(`SELECT operation_id::text AS operation_id FROM operation_targets WHERE id = $1`, [targetId]);
    if (!rows.length || !(await this.access.isVisible(user, rows[0].operation_id))) throw notFound('Operation target');
    await this.requireCoordinator(user, rows[0].operation_id);
    await this.db.transaction(async (m) => {
      await m.query(`DELETE FROM operation_targets WHERE id = $1`, [targetId]);
      await this.audit.record(user, { action: AuditAction.OPERATION_TARGET_REMOVED, subjectType: AuditSubject.OPERATION_TARGET, subjectId: targetId, details: { operationId: rows[0].operation_id } }, m);
    });
    return targetId;
  }

  /**
   * Targets with progress, timing of the operation and across the viewer's operations.
   * @throws NOT_FOUND "Operation not found" for unknown, malformed and invisible ids.
   */
  async operationIndicators(user: AuthUser, operationId: string, requestedK?: number): Promise<OperationIndicatorsModel> {
    const k = this.threshold.forRequest(requestedK);
    const facts = await this.access.requireVisible(user, operationId);
    const targets = await this.progress(user, operationId, k);
    return {
      operationId,
      k,
      viewerIsCoordinator: isCoordinatorOf(user, facts),
      targets,
      timing: await this.timing.timing(user, operationId),
      taskForceTiming: await this.timing.timing(user, null),
    };
  }

  private async requireCoordinator(user: AuthUser, operationId: string): Promise<void> {
    const facts = await this.access.requireWritable(user, operationId);
    if (!isCoordinatorOf(user, facts)) throw forbidden('Only coordinators of this joint operation set its targets');
  }

  private async progress(user: AuthUser, operationId: string, k: number = this.threshold.minimum, onlyId?: string): Promise<OperationTargetModel[]> {
    const rows: TargetRow[] = await this.db.query(
      `SELECT t.id::text AS id, t.operation_id::text AS operation_id, t.indicator, to_char(t.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(t.period_end, 'YYYY-MM-DD') AS period_end, t.target, count(cr.id)::int AS achieved,
              (count(cr.id) FILTER (WHERE cr.agency_id = $2::uuid))::int AS own
         FROM operation_targets t
         LEFT JOIN case_records cr
           ON cr.operation_id = t.operation_id AND cr.indicator = t.indicator
          AND (cr.created_at AT TIME ZONE 'UTC')::date BETWEEN t.period_start AND t.period_end
        WHERE t.operation_id = $1 AND ($3::uuid IS NULL OR t.id = $3::uuid)
        GROUP BY t.id
        ORDER BY t.indicator, t.period_start, t.period_end`,
      [operationId, user.agencyId, onlyId ?? null],
    );
    return rows.map((r) => {
      const achieved = protectForViewer([{ key: [], count: r.achieved, own: r.own }], { dimensions: [], k }).total;
      return {
        id: r.id,
        operationId: r.operation_id,
        indicator: r.indicator,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        target: r.target,
        achieved,
        progress: achieved.count === null ? null : Math.min(1, achieved.count / r.target),
      };
    });
  }
}
