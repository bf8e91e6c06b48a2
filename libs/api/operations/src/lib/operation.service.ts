import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity, isCountryCode } from '@taskforce/api-agencies';
import { UserEntity } from '@taskforce/api-auth';
import { AuthUser, badInput, forbidden } from '@taskforce/api-core';
import { OperationFacts, OperationStatus, Role } from '@taskforce/domain';
import { DataSource, In } from 'typeorm';
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
   * Creates a joint operation (status PLANNED) led by the actor's agency, with the actor as coordinator.
   * @throws FORBIDDEN unless the actor holds the COORDINATOR role; BAD_USER_INPUT naming unknown agencies or
   *   country codes.
   */
  async create(actor: AuthUser, input: CreateOperationInput): Promise<OperationModel> {
    if (!actor.roles.includes(Role.COORDINATOR)) throw forbidden('Only coordinators create joint operations');
    const badCountries = input.countries.filter((c) => !isCountryCode(c));
    if (badCountries.length) throw badInput([{ field: 'countries', message: `unknown ISO 3166-1 codes: ${badCountries.join(', ')}` }]);
    const agencyIds = [...new Set([actor.agencyId, ...input.participatingAgencyIds])];
    return this.db.transaction(async (manager) => {
      const agencies = await manager.getRepository(AgencyEntity).findBy({ id: In(agencyIds) });
      if (agencies.length !== agencyIds.length) {
        throw badInput([{ field: 'participatingAgencyIds', message: 'contains an unknown agency' }]);
      }
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
}
