import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity, isCountryCode } from '@taskforce/api-agencies';
import { UserEntity } from '@taskforce/api-auth';
import { AuthUser, badInput, EventBus, forbidden } from '@taskforce/api-core';
import { isCoordinatorOf, OperationFacts, OperationStatus, Role } from '@taskforce/domain';
import { DataSource } from 'typeorm';
import { CreateOperationInput } from './dto/create-operation.input';
import { OperationAccessService } from './operation-access.service';
import { OperationEntity } from './operation.entity';
import { OperationModel } from './operation.model';

/** Joint operations: reading (always through OperationAccessService) and creating. */
@Injectable()
export class OperationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationAccessService,
    private readonly bus: EventBus,
  ) {}

  static toModel(entity: OperationEntity): OperationModel {
    return {
      id: entity.id,
      name: entity.name,
      description: entity.description,
      status: entity.status,
      leadAgencyId: entity.leadAgencyId,
      countries: entity.countries,
      formsOfExploitation: entity.formsOfExploitation,
      escalationMinutes: entity.escalationMinutes,
      createdAt: entity.createdAt,
    };
  }

  /** Operations the actor's agency participates in, active ones first, then by name. */
  async listVisible(actor: AuthUser): Promise<OperationModel[]> {
    const rows = await this.db
      .getRepository(OperationEntity)
      .createQueryBuilder('o')
      .where(OperationAccessService.visibleOperationCondition('o.id'), { viewerAgencyId: actor.agencyId })
      .orderBy(`CASE o.status WHEN 'ACTIVE' THEN 0 WHEN 'PLANNED' THEN 1 WHEN 'SUSPENDED' THEN 2 ELSE 3 END`)
      .addOrderBy('o.name')
      .getMany();
    return rows.map(OperationService.toModel);
  }

  /** @throws NOT_FOUND when unknown or not visible to the actor. */
  async getVisible(actor: AuthUser, id: string): Promise<OperationModel> {
    await this.access.requireVisible(actor, id);
    const row = await this.db.getRepository(OperationEntity).findOneByOrFail({ id });
    return OperationService.toModel(row);
  }

  /** Access facts of an operation the actor may see. @throws NOT_FOUND otherwise. */
  facts(actor: AuthUser, id: string): Promise<OperationFacts> {
    return this.access.requireVisible(actor, id);
  }

  /** Participating agencies, lead agency first, then by name. */
  async participatingAgencies(operationId: string): Promise<AgencyEntity[]> {
    return this.db
      .getRepository(AgencyEntity)
      .createQueryBuilder('a')
      .innerJoin('operation_agencies', 'oa', 'oa.agency_id = a.id AND oa.operation_id = :operationId', { operationId })
      .innerJoin(OperationEntity, 'o', 'o.id = oa.operation_id')
      .orderBy('CASE WHEN a.id = o.lead_agency_id THEN 0 ELSE 1 END')
      .addOrderBy('a.name')
      .getMany();
  }

  /** Coordinators named on the operation, by name. */
  async coordinators(operationId: string): Promise<UserEntity[]> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin('operation_coordinators', 'oc', 'oc.user_id = u.id AND oc.operation_id = :operationId', { operationId })
      .orderBy('u.display_name')
      .getMany();
  }

  /**
   * Creates a joint operation (status PLANNED) led by the actor's agency, with the actor as coordinator. Only the
   * actor's own agency participates: other agencies join by invitation with their consent (not built yet), so
   * nobody is pulled into an operation — or has their staff listed — without agreeing.
   * @throws FORBIDDEN unless the actor holds the COORDINATOR role; BAD_USER_INPUT naming unknown country codes.
   */
  async create(actor: AuthUser, input: CreateOperationInput): Promise<OperationModel> {
    if (!actor.roles.includes(Role.COORDINATOR)) throw forbidden('Only coordinators create joint operations');
    const badCountries = input.countries.filter((c) => !isCountryCode(c));
    if (badCountries.length) throw badInput([{ field: 'countries', message: `unknown ISO 3166-1 codes: ${badCountries.join(', ')}` }]);
    return this.db.transaction(async (manager) => {
      const agencies = await manager.getRepository(AgencyEntity).findBy({ id: actor.agencyId });
      const coordinator = await manager.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
      const saved = await manager.getRepository(OperationEntity).save(
        manager.getRepository(OperationEntity).create({
          name: input.name.trim(),
          description: input.description?.trim() || null,
          status: OperationStatus.PLANNED,
          leadAgencyId: actor.agencyId,
          countries: input.countries,
          formsOfExploitation: input.formsOfExploitation,
          participatingAgencies: agencies,
          coordinators: [coordinator],
        }),
      );
      return OperationService.toModel(saved);
    });
  }

  /**
   * Sets how many minutes (1–1440) the assignee agency has to acknowledge an urgent task.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor coordinates the operation; BAD_USER_INPUT
   *   naming `minutes` when out of range.
   */
  async setEscalationMinutes(actor: AuthUser, operationId: string, minutes: number): Promise<OperationModel> {
    const facts = await this.access.requireVisible(actor, operationId);
    if (!isCoordinatorOf(actor, facts)) throw forbidden('Only coordinators of this joint operation change its escalation time');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) throw badInput([{ field: 'minutes', message: 'minutes must be a whole number from 1 to 1440' }]);
    await this.db.getRepository(OperationEntity).update({ id: operationId }, { escalationMinutes: minutes });
    return this.getVisible(actor, operationId);
  }

  /**
   * Removes an agency from an operation (not the lead agency). Its people lose sight of the operation and
   * everything under it at once — next query, list, count, notification and socket event — and their coordinator
   * nominations for it end.
   * @throws NOT_FOUND when the operation is invisible; FORBIDDEN unless the actor coordinates it; BAD_USER_INPUT
   *   naming `agencyId` for the lead agency or an agency that does not participate.
   */
  async removeAgency(actor: AuthUser, operationId: string, agencyId: string): Promise<OperationModel> {
    const facts = await this.access.requireVisible(actor, operationId);
    if (!isCoordinatorOf(actor, facts)) throw forbidden('Only coordinators of this joint operation change its agencies');
    const operation = await this.db.getRepository(OperationEntity).findOneByOrFail({ id: operationId });
    if (agencyId === operation.leadAgencyId) throw badInput([{ field: 'agencyId', message: 'the lead agency cannot leave its own joint operation' }]);
    if (!facts.participatingAgencyIds.includes(agencyId)) throw badInput([{ field: 'agencyId', message: 'the agency does not participate in this joint operation' }]);
    await this.db.transaction(async (manager) => {
      await manager.query('DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = $2', [operationId, agencyId]);
      await manager.query('DELETE FROM operation_coordinators oc USING users u WHERE oc.user_id = u.id AND oc.operation_id = $1 AND u.agency_id = $2', [operationId, agencyId]);
    });
    this.bus.publish('operation.agency.removed', { operationId, agencyId });
    return OperationService.toModel(operation);
  }
}
