import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** US TIP Report tier of a country in a year, per source (`map_tiers`, `tip_tier_rankings`). */
@Entity('tip_tiers')
export class TipTierEntity {
  @PrimaryColumn('text') source!: string;
  @PrimaryColumn('text') key!: string;
  @Column('text', { name: 'country_alpha2' }) countryAlpha2!: string;
  @Column('text', { name: 'country_alpha3' }) countryAlpha3!: string;
  @Column('text', { name: 'country_name' }) countryName!: string;
  @Column('int') year!: number;
  @Column('text') tier!: string;
  @Column('text', { name: 'source_name' }) sourceName!: string;
  @Column('int', { name: 'source_line' }) sourceLine!: number;
  @Column('text', { name: 'source_sheet', nullable: true }) sourceSheet!: string | null;
  @Column('timestamptz', { name: 'imported_at' }) importedAt!: Date;
}

/** Year a country ratified the UN Trafficking in Persons Protocol (null = not by the end of the data range). */
@Entity('palermo_ratifications')
export class PalermoRatificationEntity {
  @PrimaryColumn('text') source!: string;
  @PrimaryColumn('text') key!: string;
  @Column('text', { name: 'country_alpha2' }) countryAlpha2!: string;
  @Column('text', { name: 'country_alpha3' }) countryAlpha3!: string;
  @Column('text', { name: 'country_name' }) countryName!: string;
  @Column('int', { name: 'ratified_year', nullable: true }) ratifiedYear!: number | null;
  @Column('boolean', { name: 'not_ratified_by_end_of_data_range' }) notRatifiedByEndOfDataRange!: boolean;
  @Column('int', { name: 'cow_code', nullable: true }) cowCode!: number | null;
  @Column('text', { name: 'source_name' }) sourceName!: string;
  @Column('int', { name: 'source_line' }) sourceLine!: number;
  @Column('timestamptz', { name: 'imported_at' }) importedAt!: Date;
}

/** States ratifying the UN Trafficking in Persons Protocol in a year, and the running total (ratifications_count.csv). */
@Entity('palermo_ratification_counts')
export class PalermoRatificationCountEntity {
  @PrimaryColumn('text') source!: string;
  @PrimaryColumn('text') key!: string;
  @Column('int') year!: number;
  @Column('int') ratified!: number;
  @Column('int') cumulative!: number;
  @Column('int', { name: 'source_line' }) sourceLine!: number;
  @Column('timestamptz', { name: 'imported_at' }) importedAt!: Date;
}

/** One published UNODC GLOTIP figure, as published (`<5` kept as suppressed, totals not recomputed). */
@Entity('glotip_figures')
export class GlotipFigureEntity {
  @PrimaryColumn('text') source!: string;
  @PrimaryColumn('text') key!: string;
  @Column('text', { name: 'country_alpha2' }) countryAlpha2!: string;
  @Column('text', { name: 'country_alpha3' }) countryAlpha3!: string;
  @Column('text', { name: 'country_name' }) countryName!: string;
  @Column('text') region!: string;
  @Column('text') subregion!: string;
  @Column('text') indicator!: string;
  @Column('text', { name: 'indicator_kind', nullable: true }) indicatorKind!: string | null;
  @Column('text') dimension!: string;
  @Column('text') category!: string;
  @Column('text') sex!: string;
  @Column('text') age!: string;
  @Column('int') year!: number;
  @Column('text') unit!: string;
  @Column('numeric', { nullable: true }) value!: string | null;
  @Column('boolean') suppressed!: boolean;
  @Column('text', { name: 'value_text' }) valueText!: string;
  @Column('text') citation!: string;
  @Column('int', { name: 'source_line' }) sourceLine!: number;
  @Column('text', { name: 'source_sheet', nullable: true }) sourceSheet!: string | null;
  @Column('timestamptz', { name: 'imported_at' }) importedAt!: Date;
}

/** One case-level record (one person, one event): agency-entered, or from a public data set (no agency). */
@Entity('case_records')
export class CaseRecordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') source!: string;
  @Column('text') key!: string;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  @Column('uuid', { name: 'operation_id', nullable: true }) operationId!: string | null;
  @Column('text') indicator!: string;
  @Column('text', { nullable: true }) year!: string | null;
  @Column('text', { nullable: true }) sex!: string | null;
  @Column('text', { name: 'age_group', nullable: true }) ageGroup!: string | null;
  @Column('text', { nullable: true }) citizenship!: string | null;
  @Column('text', { name: 'country_of_exploitation', nullable: true }) countryOfExploitation!: string | null;
  @Column('text', { name: 'citizenship_region', nullable: true }) citizenshipRegion!: string | null;
  @Column('text', { name: 'exploitation_region', nullable: true }) exploitationRegion!: string | null;
  @Column('text', { name: 'forms_of_exploitation', array: true }) formsOfExploitation!: string[];
  @Column('int', { name: 'source_line', nullable: true }) sourceLine!: number | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const INDICATOR_ENTITIES = [TipTierEntity, PalermoRatificationEntity, PalermoRatificationCountEntity, GlotipFigureEntity, CaseRecordEntity];
