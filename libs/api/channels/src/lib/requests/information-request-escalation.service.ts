import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, scheduleSweep } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { informationRequestEscalation, NotificationType } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { InformationRequestEntity } from './information-request.entity';
import { InformationRequestService, namesOf } from './information-request.service';

/**
 * Escalation of requests for information, the way urgent tasks escalate (same check interval,
 * ESCALATION_CHECK_SECONDS; same operation setting, `escalationMinutes`): an unanswered request whose due date has
 * passed, or an URGENT one nobody acknowledged within `escalationMinutes` (libs/domain
 * `informationRequestEscalation`), gives the operation's active coordinators whose agency takes part an urgent
 * INFORMATION_REQUEST_ESCALATED notification, once. Never in a CLOSED operation. Safe with several API nodes: rows
 * are claimed with FOR UPDATE SKIP LOCKED.
 */
@Injectable()
export class InformationRequestEscalationService implements OnModuleInit {
  private readonly logger = new Logger(InformationRequestEscalationService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly requests: InformationRequestService,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    scheduleSweep(this.scheduler, 'information-request-escalation', this.config.ESCALATION_CHECK_SECONDS, (now) => this.escalateOverdue(now), this.logger);
  }

  /** Escalates every request due for escalation at `now` (UTC); returns the ids escalated. */
  async escalateOverdue(now: Date): Promise<string[]> {
    const { escalated, published } = await this.db.transaction(async (m) => {
      const candidates: Array<{ id: string; escalation_minutes: number; coordinators: string[] }> = await m.query(
        `SELECT r.id, o.escalation_minutes,
                ARRAY(SELECT oc.user_id::text FROM operation_coordinators oc JOIN users u ON u.id = oc.user_id
                      WHERE oc.operation_id = r.operation_id AND u.disabled_at IS NULL
                        AND ${OperationPolicy.takesPart('oc.operation_id', 'u.agency_id')}) AS coordinators
           FROM information_requests r
           JOIN operations o ON o.id = r.operation_id
          WHERE r.answered_at IS NULL AND r.escalated_at IS NULL AND o.status <> 'CLOSED'
            AND (r.due_at <= $1
                 OR (r.priority = 'URGENT' AND r.acknowledged_at IS NULL AND r.created_at + make_interval(mins => o.escalation_minutes) <= $1))
          ORDER BY r.created_at
          FOR UPDATE OF r SKIP LOCKED`,
        [now],
      );
      const escalated: InformationRequestEntity[] = [];
      const drafts: NotificationDraft[] = [];
      for (const candidate of candidates) {
        const request = await m.getRepository(InformationRequestEntity).findOneByOrFail({ id: candidate.id });
        const reason = informationRequestEscalation(request, candidate.escalation_minutes, now);
        if (!reason) continue;
        await m.query('UPDATE information_requests SET escalated_at = $2 WHERE id = $1', [request.id, now]);
        escalated.push({ ...request, escalatedAt: now });
        const names = await namesOf(m, request);
        const why =
          reason === 'OVERDUE'
            ? `not answered by ${names.to} by its due date`
            : `not acknowledged by ${names.to} within ${candidate.escalation_minutes} min`;
        for (const userId of candidate.coordinators) {
          drafts.push({
            recipientUserId: userId,
            type: NotificationType.INFORMATION_REQUEST_ESCALATED,
            title: `Request for information from ${names.from} ${why} (${names.operation})`,
            textValues: { from: names.from, to: names.to, operation: names.operation, reason, minutes: String(candidate.escalation_minutes) },
            operationId: request.operationId,
            urgent: true,
          });
        }
      }
      return { escalated, published: await this.notifications.createInTransaction(m, drafts, now) };
    });
    this.notifications.publish(published);
    for (const request of escalated) this.requests.announce(request, 'ESCALATED', null);
    return escalated.map((r) => r.id);
  }
}
