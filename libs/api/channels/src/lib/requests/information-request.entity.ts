import { HandlingCode, TaskPriority, TlpLabel } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A request for information one agency of a joint operation sends another: acknowledged by the addressee (receipt),
 * closed by its answer, escalated once to the operation's coordinators when overdue (libs/domain
 * `informationRequestEscalation`). Instants are UTC.
 */
@Entity({ name: 'information_requests' })
export class InformationRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId!: string;

  @Column({ name: 'from_agency_id', type: 'uuid' })
  fromAgencyId!: string;

  @Column({ name: 'to_agency_id', type: 'uuid' })
  toAgencyId!: string;

  @Column({ name: 'sender_id', type: 'uuid' })
  senderId!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'enum', enum: TaskPriority, enumName: 'task_priority' })
  priority!: TaskPriority;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ type: 'enum', enum: TlpLabel, enumName: 'tlp_label' })
  tlp!: TlpLabel;

  @Column({ name: 'handling_code', type: 'enum', enum: HandlingCode, enumName: 'handling_code', nullable: true })
  handlingCode!: HandlingCode | null;

  /** The restriction handling code H3 stands for (at most 500 characters); null without H3. */
  @Column({ name: 'handling_condition', type: 'text', nullable: true })
  handlingCondition!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ name: 'acknowledged_by_id', type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;
}
