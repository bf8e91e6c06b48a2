import { NotificationType } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn } from 'typeorm';

/** A notification persisted for one recipient, in the same transaction as the change that caused it. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Monotonic sequence: the order of delivery and the cursor a reconnecting client resumes from. */
  @Column({ type: 'bigint', insert: false, update: false })
  @Generated('increment')
  seq: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  @Column({ type: 'enum', enum: NotificationType, enumName: 'notification_type' })
  type: NotificationType;

  /** Text shown to the recipient; never carries more than the recipient may read. */
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** The values title and body are written from, by name (see NotificationEvent.textValues); `{}` before they were kept. */
  @Column({ name: 'text_values', type: 'jsonb', default: () => "'{}'::jsonb" })
  textValues: Record<string, string>;

  @Column({ name: 'operation_id', type: 'uuid', nullable: true })
  operationId: string | null;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  /** The lead a lead notification is about; it is shown only while the recipient's agency may read that lead. */
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId: string | null;

  /** Urgent notifications are pushed even when muted or in quiet hours. */
  @Column({ type: 'boolean', default: false })
  urgent: boolean;

  /** Stored but not pushed live (muted, or quiet hours); shown in the digest. */
  @Column({ name: 'held_back', type: 'boolean', default: false })
  heldBack: boolean;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When an alert e-mail counted it (UTC); a notification is counted in one e-mail at most. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
