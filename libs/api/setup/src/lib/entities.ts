import { StatementCountingLogger } from '@taskforce/api-core';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditEntryEntity } from '@taskforce/api-audit';
import { InformationRequestEntity, OperationMessageEntity } from '@taskforce/api-channels';
import { EvidenceFileEntity } from '@taskforce/api-files';
import { LoginChallengeEntity, PasskeyEntity, RecoveryCodeEntity, SecuritySettingsEntity, SessionEntity, UserEntity, WebauthnChallengeEntity } from '@taskforce/api-auth';
import { migrateDatabase, postgresOptions } from '@taskforce/api-database';
import { INDICATOR_ENTITIES } from '@taskforce/api-indicators';
import { AgreementEntity, JurisdictionRuleEntity } from '@taskforce/api-jurisdiction';
import { LeadEntity, LeadPersonEntity, LeadShareEntity } from '@taskforce/api-leads';
import { DeconflictionCaseEntity, DeconflictionContactEntity, DeconflictionLeadRequestEntity, LeadSelectorEntity, SelectorQueryEntity } from '@taskforce/api-matching';
import { NotificationEntity, NotificationPreferencesEntity } from '@taskforce/api-notifications';
import { OperationEntity, OperationEventEntity, OperationInvitationEntity } from '@taskforce/api-operations';
import { OneTimeLinkEntity } from '@taskforce/api-people';
import { TaskCommentEntity, TaskEntity, TaskEventEntity } from '@taskforce/api-tasks';
import { DataSource, DataSourceOptions } from 'typeorm';

/** Every TypeORM entity of the API's features (a feature adding an entity lists it here). */
export const API_ENTITIES = [
  AgencyEntity,
  UserEntity,
  SessionEntity,
  RecoveryCodeEntity,
  LoginChallengeEntity,
  SecuritySettingsEntity,
  PasskeyEntity,
  WebauthnChallengeEntity,
  OperationEntity,
  OperationInvitationEntity,
  OperationEventEntity,
  TaskEntity,
  TaskCommentEntity,
  TaskEventEntity,
  OperationMessageEntity,
  InformationRequestEntity,
  EvidenceFileEntity,
  NotificationEntity,
  NotificationPreferencesEntity,
  AgreementEntity,
  JurisdictionRuleEntity,
  LeadEntity,
  LeadPersonEntity,
  LeadShareEntity,
  LeadSelectorEntity,
  SelectorQueryEntity,
  DeconflictionCaseEntity,
  DeconflictionContactEntity,
  DeconflictionLeadRequestEntity,
  ...INDICATOR_ENTITIES,
  AuditEntryEntity,
  OneTimeLinkEntity,
];

/**
 * TypeORM options for a PostgreSQL URL with every entity of the API: migrations only, never `synchronize`; SQL
 * statements run inside a request are counted in its RequestScope.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return { ...postgresOptions(url, API_ENTITIES, { preparedReads: true }), logger: new StatementCountingLogger() };
}

/** Opens a connection with every entity, applies pending migrations, and returns it (the caller destroys it). */
export function migrate(url: string): Promise<DataSource> {
  return migrateDatabase(url, API_ENTITIES);
}
