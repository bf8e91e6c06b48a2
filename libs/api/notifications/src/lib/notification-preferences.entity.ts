import { NotificationType } from '@taskforce/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a person wants pushed live; everything is still stored. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferencesEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'muted_types', type: 'enum', enum: NotificationType, enumName: 'notification_type', array: true, default: [] })
  mutedTypes: NotificationType[];

  @Column({ name: 'muted_operation_ids', type: 'uuid', array: true, default: [] })
  mutedOperationIds: string[];

  /** "HH:MM:SS" local time in `timeZone`; null when quiet hours are off. */
  @Column({ name: 'quiet_hours_start', type: 'time', nullable: true })
  quietHoursStart: string | null;

  @Column({ name: 'quiet_hours_end', type: 'time', nullable: true })
  quietHoursEnd: string | null;

  /** IANA time zone, e.g. Europe/Bucharest. */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
