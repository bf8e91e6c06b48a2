import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, badInput, FieldProblem } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { DataSource } from 'typeorm';
import { NotificationPreferencesInput } from './dto/notification-preferences.inputs';
import { NotificationPreferencesEntity } from './notification-preferences.entity';
import { NotificationPreferencesModel } from './notification.model';
import { isTimeZone } from './quiet-hours';

const hhmm = (time: string | null) => (time ? time.slice(0, 5) : null);

/** Per-person notification preferences: muted kinds, muted operations, quiet hours. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
  ) {}

  /** The actor's preferences (defaults — nothing muted, no quiet hours, UTC — when never set). */
  async get(actor: AuthUser): Promise<NotificationPreferencesModel> {
    const row = await this.db.getRepository(NotificationPreferencesEntity).findOneBy({ userId: actor.userId });
    if (!row) return { mutedTypes: [], mutedOperationIds: [], quietHoursStart: null, quietHoursEnd: null, timeZone: 'UTC' };
    return { mutedTypes: row.mutedTypes, mutedOperationIds: row.mutedOperationIds, quietHoursStart: hhmm(row.quietHoursStart), quietHoursEnd: hhmm(row.quietHoursEnd), timeZone: row.timeZone };
  }

  /**
   * Replaces the actor's preferences.
   * @throws BAD_USER_INPUT naming timeZone (unknown IANA zone), quietHoursEnd (only one end of the window given)
   *   or mutedOperationIds (an operation that is unknown or not visible — the same message either way).
   */
  async update(actor: AuthUser, input: NotificationPreferencesInput): Promise<NotificationPreferencesModel> {
    const problems: FieldProblem[] = [];
    if (!isTimeZone(input.timeZone)) problems.push({ field: 'timeZone', message: 'timeZone must be an IANA time zone such as Europe/Bucharest' });
    if (!input.quietHoursStart !== !input.quietHoursEnd) problems.push({ field: 'quietHoursEnd', message: 'give both quietHoursStart and quietHoursEnd, or neither' });
    for (const id of input.mutedOperationIds) {
      if (!(await this.access.isVisible(actor, id))) {
        problems.push({ field: 'mutedOperationIds', message: 'contains an operation that does not exist' });
        break;
      }
    }
    if (problems.length) throw badInput(problems);
    await this.db.getRepository(NotificationPreferencesEntity).save({
      userId: actor.userId,
      mutedTypes: input.mutedTypes,
      mutedOperationIds: input.mutedOperationIds,
      quietHoursStart: input.quietHoursStart || null,
      quietHoursEnd: input.quietHoursEnd || null,
      timeZone: input.timeZone,
    });
    return this.get(actor);
  }
}
