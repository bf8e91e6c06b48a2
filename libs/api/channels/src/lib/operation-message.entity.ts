import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A message of a joint operation's channel. A reply belongs to the thread of the message `threadId` names (a message
 * that starts a thread has none). Deleting clears the body: the row stays as "message deleted" (`deletedAt`,
 * `deletedById`) beside the audit entry.
 */
@Entity({ name: 'operation_messages' })
export class OperationMessageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /**
   * Position in the operation's channel: 1, 2, 3… counted per operation (operation_message_counters), ascending with
   * time; what unread markers and paging count from. bigint as text.
   */
  @Column({ type: 'bigint', update: false })
  seq!: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId!: string;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ name: 'author_agency_id', type: 'uuid' })
  authorAgencyId!: string;

  /** Null once deleted. */
  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label' })
  tlp!: TlpLabel;

  @Column({ name: 'handling_code', type: 'enum', enum: HandlingCode, enumName: 'handling_code', nullable: true })
  handlingCode!: HandlingCode | null;

  /** The restriction handling code H3 stands for (at most 500 characters); null without H3. */
  @Column({ name: 'handling_condition', type: 'text', nullable: true })
  handlingCondition!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById!: string | null;
}
