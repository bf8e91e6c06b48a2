import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, EventBus, scheduleSweep } from '@taskforce/api-core';
import { NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { NotificationType, TERMINAL_TASK_STATUSES } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { TaskEventAction, TaskEventEntity } from './task.entity';

interface OverdueRow {
  id: string;
  title: string;
  status: string;
  version: number;
  operation_id: string;
  escalation_minutes: number;
  agency: string;
  coordinators: string[];
}

/**
 * Escalation of urgent tasks nobody acknowledged: when an URGENT, unfinished task has no acknowledgement
 * `escalationMinutes` after its creation, its operation's active coordinators whose agency still takes part in it
 * (OperationPolicy.takesPart) get an urgent TASK_ESCALATED notification, once. Runs every ESCALATION_CHECK_SECONDS (0 = never; tests call `escalateOverdue` with an
 * injected instant). Safe with several API nodes: rows are claimed with FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class TaskEscalationService implements OnModuleInit {
  private readonly logger = new Logger(TaskEscalationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly bus: EventBus,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    scheduleSweep(this.scheduler, 'task-escalation', this.config.ESCALATION_CHECK_SECONDS, (now) => this.escalateOverdue(now), this.logger);
  }

  /** Escalates every urgent task overdue for acknowledgement at `now` (UTC); returns the ids escalated. */
  async escalateOverdue(now: Date): Promise<string[]> {
    const { rows, published } = await this.db.transaction(async (manager) => {
      const rows: OverdueRow[] = await manager.query(
        `SELECT t.id, t.title, t.status, t.version, t.operation_id, o.escalation_minutes, a.acronym AS agency,
                ARRAY(SELECT oc.user_id::text FROM operation_coordinators oc JOIN users u ON u.id = oc.user_id
                      WHERE oc.operation_id = t.operation_id AND u.disabled_at IS NULL
                        AND ${OperationPolicy.takesPart('oc.operation_id', 'u.agency_id')}) AS coordinators
           FROM tasks t
           JOIN operations o ON o.id = t.operation_id
           JOIN agencies a ON a.id = t.assignee_agency_id
          WHERE t.priority = 'URGENT' AND t.acknowledged_at IS NULL AND t.escalated_at IS NULL
            AND t.status <> ALL($2::task_status[]) AND o.status <> 'CLOSED'
            AND t.created_at + make_interval(mins => o.escalation_minutes) <= $1
          ORDER BY t.created_at
          FOR UPDATE OF t SKIP LOCKED`,
        [now, TERMINAL_TASK_STATUSES],
      );
      const drafts = [];
      for (const row of rows) {
        await manager.query('UPDATE tasks SET escalated_at = $2 WHERE id = $1', [row.id, now]);
        await manager.getRepository(TaskEventEntity).save({
          taskId: row.id,
          actorId: null,
          action: TaskEventAction.ESCALATED,
          fromStatus: null,
          toStatus: null,
          detail: `not acknowledged by ${row.agency} within ${row.escalation_minutes} min`,
        });
        for (const userId of row.coordinators) {
          drafts.push({
            recipientUserId: userId,
            type: NotificationType.TASK_ESCALATED,
            title: `No acknowledgement from ${row.agency} within ${row.escalation_minutes} min: ${row.title}`,
            textValues: { agency: row.agency, minutes: String(row.escalation_minutes), task: row.title },
            operationId: row.operation_id,
            taskId: row.id,
            urgent: true,
          });
        }
      }
      return { rows, published: await this.notifications.createInTransaction(manager, drafts, now) };
    });
    this.notifications.publish(published);
    for (const row of rows) {
      this.bus.publish('task.changed', { operationId: row.operation_id, taskId: row.id, change: 'ESCALATED', status: row.status as never, version: row.version });
    }
    return rows.map((r) => r.id);
  }
}
