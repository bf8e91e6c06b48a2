import { AgencyEntity } from '@taskforce/api-agencies';
import { UserEntity } from '@taskforce/api-auth';
import { FormOfExploitation, OperationStatus } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';

/** A joint operation as stored. Who may see it is decided by OperationAccessService alone. */
@Entity({ name: 'operations' })
export class OperationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: OperationStatus, enumName: 'operation_status' })
  status: OperationStatus;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId: string;

  /** ISO 3166-1 alpha-2 codes of the countries where the operation acts. */
  @Column({ type: 'text', array: true })
  countries: string[];

  @Column({ name: 'forms_of_exploitation', type: 'enum', enum: FormOfExploitation, enumName: 'form_of_exploitation', array: true })
  formsOfExploitation: FormOfExploitation[];

  @ManyToMany(() => AgencyEntity)
  @JoinTable({ name: 'operation_agencies', joinColumn: { name: 'operation_id' }, inverseJoinColumn: { name: 'agency_id' } })
  participatingAgencies?: AgencyEntity[];

  @ManyToMany(() => UserEntity)
  @JoinTable({ name: 'operation_coordinators', joinColumn: { name: 'operation_id' }, inverseJoinColumn: { name: 'user_id' } })
  coordinators?: UserEntity[];

  /** Minutes the assignee agency has to acknowledge an urgent task before the coordinators are alerted. */
  @Column({ name: 'escalation_minutes', type: 'int', default: 15 })
  escalationMinutes: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
