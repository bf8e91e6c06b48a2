import { AgencyKind } from '@taskforce/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An agency (police, prosecution, inspectorate, NGO, international body…) as stored. */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  acronym: string;

  @Column({ type: 'enum', enum: AgencyKind, enumName: 'agency_kind' })
  kind: AgencyKind;

  /** ISO 3166-1 alpha-2; null for international bodies. */
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set by the agency's admins: every person of the agency must have a second factor (TOTP). */
  @Column({ name: 'second_factor_required', type: 'boolean', default: false })
  secondFactorRequired: boolean;
}
