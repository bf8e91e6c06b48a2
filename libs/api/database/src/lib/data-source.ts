import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditEntryEntity } from '@taskforce/api-audit';
import { INDICATOR_ENTITIES } from '@taskforce/api-indicators';
import { SessionEntity, UserEntity } from '@taskforce/api-auth';
import { AgreementEntity, JurisdictionRuleEntity, LeadEntity, LeadPersonEntity, LeadShareEntity } from '@taskforce/api-leads';
import { NotificationEntity, NotificationPreferencesEntity } from '@taskforce/api-notifications';
import { OperationEntity, OperationEventEntity, OperationInvitationEntity } from '@taskforce/api-operations';
import { OneTimeLinkEntity } from '@taskforce/api-people';
import { TaskCommentEntity, TaskEntity, TaskEventEntity } from '@taskforce/api-tasks';
import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/** Every TypeORM entity of the API. */
export const entities = [AgencyEntity, UserEntity, SessionEntity, OperationEntity, OperationInvitationEntity, OperationEventEntity, TaskEntity, TaskCommentEntity, TaskEventEntity, NotificationEntity, NotificationPreferencesEntity, AgreementEntity, JurisdictionRuleEntity, LeadEntity, LeadPersonEntity, LeadShareEntity, ...INDICATOR_ENTITIES, AuditEntryEntity, OneTimeLinkEntity];

/** TypeORM options for a PostgreSQL URL: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return { type: 'postgres', url, entities, migrations, synchronize: false, migrationsRun: false, logging: false, extra: { max: 10 } };
}

/** Opens a connection, applies pending migrations, and returns the data source (caller destroys it). */
export async function migrate(url: string): Promise<DataSource> {
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  await db.runMigrations({ transaction: 'each' });
  return db;
}
