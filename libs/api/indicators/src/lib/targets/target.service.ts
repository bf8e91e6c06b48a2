import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, isUuid, notFound, positional } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { DayCount, IndicatorKind, isCoordinatorOf, isSensitive, protectPeriods } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { CaseRecordScopePolicy } from '../case-records/case-record-scope.policy';
import { OperationIndicatorsModel, OperationTargetModel } from './target.model';
import { SetOperationTargetInput } from './dto/target.inputs';
import { TimingService } from './timing.service';
import { SmallCellThreshold } from '../tables/small-cell-threshold';

/**
 * Distinct periods the targets of one operation and indicator may have had, removed ones included (two years of
 * monthly targets). Their figures are audited together (`protectPeriods`), which takes about 0.7 s at 24 periods on
 * this machine; the limit keeps `operationIndicators` quick.
 */
export const MAX_TARGET_PERIODS = 24;

interface TargetRow {
  id: string;
  operation_id: string;
  indicator: IndicatorKind;
  period_start: string;
  period_end: string;
  target: number;
}

/**
 * Targets per indicator and period that a joint operation's coordinators set, and progress against them.
 * Achieved = the operation's case records of the indicator whose `created_at` (UTC date) lies in
 * the period, both ends included; small-cell protected (libs/domain `protectPeriods`: exact when the viewer's agency
 * recorded all of them, otherwise suppressed when the part other agencies recorded is 1 … k − 1, however many the
 * viewer's agency adds; and audited over every period the operation's targets of that indicator have ever had, with
 * the operation's total, so that no difference of periods gives a small count back).
 */
@Injectable()
export class TargetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly timing: TimingService,
    private readonly audit: AuditService,
    private readonly threshold: SmallCellThreshold,
  ) {}

  /**
   * Sets (or replaces the figure of) the target of an operation for an indicator and period.
   * @throws NOT_FOUND "Operation not found" (unknown, malformed, invisible); FORBIDDEN for anyone but its
   * coordinators; BAD_USER_INPUT (field `periodEnd`) when the period ends before it starts; BAD_USER_INPUT (field
 * `periodStart`) for a new period when MAX_TARGET_PERIODS periods of that indicator were already set.
   */
  async set(user: AuthUser, input: SetOperationTargetInput): Promise<OperationTargetModel> {
    await this.requireCoordinator(user, input.operationId);
    if (input.periodEnd < input.periodStart) throw badInput([{ field: 'periodEnd', message: 'periodEnd must be on or after periodStart' }]);
    const id = await this.db.transaction(async (m) => {
      const [{ others }] = await m.query(
        `SELECT count(*)::int AS others FROM operation_target_periods
          WHERE operation_id = $1 AND indicator = $2 AND NOT (period_start = $3 AND period_end = $4)`,
        [input.operationId, input.indicator, input.periodStart, input.periodEnd],
      );
      if (others >= MAX_TARGET_PERIODS) {
        throw badInput([
          {
            field: 'periodStart',
            message: `at most ${MAX_TARGET_PERIODS} periods per indicator in a joint operation (periods of removed targets count: their figures were shown); reuse a period already set`,
          },
        ]);
      }
      const [row] = await m.query(
        `INSERT INTO operation_targets (operation_id, indicator, period_start, period_end, target, set_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (operation_id, indicator, period_start, period_end)
         DO UPDATE SET target = EXCLUDED.target, set_by = EXCLUDED.set_by, updated_at = now()
         RETURNING id::text AS id`,
        [input.operationId, input.indicator, input.periodStart, input.periodEnd, input.target, user.userId],
      );
      // Kept after the target is removed: its figure was shown, so later figures are protected together with it.
      await m.query(
        `INSERT INTO operation_target_periods (operation_id, indicator, period_start, period_end) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [input.operationId, input.indicator, input.periodStart, input.periodEnd],
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
    const k = this.threshold.forAgencyFigures(requestedK);
    const facts = await this.access.require(user, operationId);
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
    OperationPolicy.requireCoordinator(user, facts, 'set its targets');
  }

  /** Targets of an operation the caller already checked, with their achieved figures protected for the viewer. */
  private async progress(user: AuthUser, operationId: string, k: number = this.threshold.minimum, onlyId?: string): Promise<OperationTargetModel[]> {
    const rows: TargetRow[] = await this.db.query(
      `SELECT t.id::text AS id, t.operation_id::text AS operation_id, t.indicator, to_char(t.period_start, 'YYYY-MM-DD') AS period_start,
              to_char(t.period_end, 'YYYY-MM-DD') AS period_end, t.target
         FROM operation_targets t
        WHERE t.operation_id = $1 AND ($2::uuid IS NULL OR t.id = $2::uuid)
        ORDER BY t.indicator, t.period_start, t.period_end`,
      [operationId, onlyId ?? null],
    );
    if (!rows.length) return [];
    const indicators = [...new Set(rows.map((r) => r.indicator))];
    // Every period ever set for these indicators, and the operation's records per day (UTC), the viewer's counted.
    const periods: Array<{ indicator: string; start: string; end: string }> = await this.db.query(
      `SELECT indicator, to_char(period_start, 'YYYY-MM-DD') AS start, to_char(period_end, 'YYYY-MM-DD') AS "end"
         FROM operation_target_periods WHERE operation_id = $1 AND indicator = ANY($2::text[])
        ORDER BY first_set_at, period_start, period_end`,
      [operationId, indicators],
    );
    const scope = positional(CaseRecordScopePolicy.where({ agencyId: user.agencyId, operationId }, 'cr'), [indicators, user.agencyId]);
    const days: Array<{ indicator: string; date: string; count: number; own: number }> = await this.db.query(
      `SELECT cr.indicator, to_char((cr.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS date, count(*)::int AS count,
              (count(*) FILTER (WHERE cr.agency_id = $2::uuid))::int AS own
         FROM case_records cr
        WHERE ${scope.sql} AND cr.indicator = ANY($1::text[])
        GROUP BY 1, 2`,
      scope.values,
    );
    const figures = new Map<string, ReturnType<typeof protectPeriods>[number]>();
    for (const indicator of indicators) {
      const ofIndicator: DayCount[] = days.filter((d) => d.indicator === indicator);
      const live = rows.filter((r) => r.indicator === indicator).map((r) => ({ start: r.period_start, end: r.period_end }));
      const known = periods.filter((p) => p.indicator === indicator).map((p) => ({ start: p.start, end: p.end }));
      // In the order they were first set (protectPeriods decides them in that order, each decision final).
      const all = [...known, ...live.filter((l) => !known.some((p) => l.start === p.start && l.end === p.end))];
      // The operation's total of the indicator is shown in its tables unless other agencies' part of it is small.
      const othersTotal = ofIndicator.reduce((s, d) => s + d.count - d.own, 0);
      const shown = protectPeriods({ periods: all, days: ofIndicator, totalShown: !isSensitive(othersTotal, k), k });
      all.forEach((p, i) => figures.set(`${indicator}|${p.start}|${p.end}`, shown[i]));
    }
    return rows.map((r) => {
      const achieved = figures.get(`${r.indicator}|${r.period_start}|${r.period_end}`) as ReturnType<typeof protectPeriods>[number];
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
