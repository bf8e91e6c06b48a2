import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, whereArgs } from '@taskforce/api-core';
import { LeadPolicy } from '@taskforce/api-leads';
import { OperationPolicy } from '@taskforce/api-operations';
import { TaskPolicy } from '@taskforce/api-tasks';
import { medianLeadToFirstActionMs, onTimeRate } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { TimingIndicatorsModel } from './target.model';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Tasks done on time and median time from a lead to its first action, for one joint operation or across every
 * operation the viewer's agency takes part in. Only tasks of visible operations (OperationPolicy) and leads the
 * viewer may read (LeadPolicy) are counted.
 *
 * - A task's completion instant is the `task_events` row whose `to_status` became DONE (DONE is final).
 * - A lead belongs to the operation it is attached to (`leads.operation_id`); leads attached to no operation are
 *   not counted. Its first action is the earliest `created_at` of the tasks linked to it (`tasks.lead_id`) in
 *   operations the viewer's agency takes part in — so nobody learns of a task they may not see.
 */
@Injectable()
export class TimingService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Timing of one operation (the caller must have checked that it is visible) or, with `operationId` null, of
   * every operation the viewer's agency takes part in.
   */
  async timing(user: AuthUser, operationId: string | null): Promise<TimingIndicatorsModel> {

    const tasks: Array<{ status: string; due_at: Date | null; completed_at: Date | null }> = await this.db
      .createQueryBuilder()
      .from('tasks', 't')
      .select('t.status::text', 'status')
      .addSelect('t.due_at', 'due_at')
      .addSelect(`(SELECT min(e.at) FROM task_events e WHERE e.task_id = t.id AND e.to_status = 'DONE')`, 'completed_at')
      .where(...whereArgs(OperationPolicy.scopeWhere(user, 't.operation_id', operationId)))
      .getRawMany();

    const firstActionVisible = TaskPolicy.visibleWhere(user, 'lt');
    const leads: Array<{ created_at: Date; first_action_at: Date | null }> = await this.db
      .createQueryBuilder()
      .from('leads', 'l')
      .select('l.created_at', 'created_at')
      .addSelect(
        `(SELECT min(lt.created_at) FROM tasks lt WHERE lt.lead_id = l.id AND ${firstActionVisible.sql})`,
        'first_action_at',
      )
      .setParameters(firstActionVisible.params)
      .where(...whereArgs(OperationPolicy.scopeWhere(user, 'l.operation_id', operationId)))
      .andWhere(...whereArgs(LeadPolicy.readableWhere(user, 'l')))
      .getRawMany();

    const rate = onTimeRate(tasks.map((t) => ({ status: t.status, dueAt: iso(t.due_at), completedAt: iso(t.completed_at) })));
    return {
      operationId,
      tasksOnTime: rate,
      leadToAction: medianLeadToFirstActionMs(leads.map((l) => ({ recordedAt: l.created_at.toISOString(), firstActionAt: iso(l.first_action_at) }))),
    };
  }
}
