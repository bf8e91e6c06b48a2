import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, scheduleSweep } from '@taskforce/api-core';
import { alertEmail } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { MailOutbox } from './mail-outbox';
import { NotificationPreferencesEntity } from './notification-preferences.entity';
import { NotificationService } from './notification.service';
import { isInQuietHours } from './quiet-hours';

/**
 * Alert e-mails for notifications a person has not seen: every EMAIL_CHECK_SECONDS, each person with notifications
 * unread and unseen for EMAIL_ALERT_DELAY_MINUTES (`NotificationService.awaitingAlert`: still visible to them, not
 * held back) gets one e-mail counting them (libs/domain `alertEmail`: no content, only a link), at most one per person
 * per delay; each notification is counted in one e-mail at most. It respects the person's preferences as they are
 * when it sends: kinds and operations muted since are left out, and during their quiet hours only urgent notifications
 * are e-mailed (the rest wait until the quiet hours end). Safe on several API nodes: a person's row is claimed with
 * FOR UPDATE SKIP LOCKED, and a failed send rolls back so the next sweep tries again.
 */
@Injectable()
export class AlertMailService implements OnModuleInit {
  private readonly logger = new Logger(AlertMailService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    if (this.config.EMAIL_CHECK_SECONDS > 0) this.logger.log(`alert e-mails: ${this.outbox.describe()}`);
    if (this.outbox.enabled) scheduleSweep(this.scheduler, 'alert-email', this.config.EMAIL_CHECK_SECONDS, (now) => this.sendDue(now), this.logger);
  }

  /** Sends the alert e-mails due at `now` (UTC); returns the ids of the people e-mailed. */
  async sendDue(now: Date): Promise<string[]> {
    const delay = this.config.EMAIL_ALERT_DELAY_MINUTES;
    const since = new Date(now.getTime() - delay * 60_000);
    const candidates: Array<{ id: string }> = await this.db.query(
      `SELECT DISTINCT n.recipient_user_id AS id FROM notifications n
        WHERE n.read_at IS NULL AND n.emailed_at IS NULL AND n.held_back = false AND n.created_at <= $1`,
      [since],
    );
    const sent: string[] = [];
    for (const { id } of candidates) {
      try {
        if (await this.alert(id, now, since)) sent.push(id);
      } catch (err) {
        this.logger.error(`alert e-mail to user ${id} failed: ${String(err)}`);
      }
    }
    return sent;
  }

  /** One person's e-mail, if one is due; true when sent. */
  private alert(userId: string, now: Date, since: Date): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const [person]: Array<{ id: string; agency_id: string; email: string; display_name: string }> = await m.query(
        `SELECT id, agency_id, email, display_name FROM users
          WHERE id = $1 AND disabled_at IS NULL AND (alert_emailed_at IS NULL OR alert_emailed_at <= $2)
          FOR UPDATE SKIP LOCKED`,
        [userId, since],
      );
      if (!person) return false;
      const prefs = await m.getRepository(NotificationPreferencesEntity).findOneBy({ userId });
      const quiet = !!prefs && isInQuietHours(now, prefs.quietHoursStart, prefs.quietHoursEnd, prefs.timeZone);
      const waiting = (await this.notifications.awaitingAlert({ userId, agencyId: person.agency_id }, now, this.config.EMAIL_ALERT_DELAY_MINUTES, m)).filter(
        (n) => n.urgent || (!quiet && !prefs?.mutedTypes.includes(n.type) && !(n.operationId && prefs?.mutedOperationIds.includes(n.operationId))),
      );
      if (!waiting.length) return false;
      const mail = alertEmail({ displayName: person.display_name, waiting: waiting.length, urgent: waiting.filter((n) => n.urgent).length, link: this.config.publicUrl });
      await m.query('UPDATE notifications SET emailed_at = $2 WHERE id = ANY($1::uuid[])', [waiting.map((n) => n.id), now]);
      await m.query('UPDATE users SET alert_emailed_at = $2 WHERE id = $1', [userId, now]);
      await this.outbox.send({ to: person.email, ...mail });
      return true;
    });
  }
}
