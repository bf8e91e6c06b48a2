import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, containsPattern, COST, CurrentUser, listCost, SearchTextArgs, whereArgs, WORKSPACE_SEARCH_LIMIT } from '@taskforce/api-core';
import { DataSource } from 'typeorm';
import { OperationEntity } from './operation.entity';
import { OperationModel } from './operation.model';
import { OperationPolicy } from './operation.policy';
import { OperationService } from './operation.service';

/** The operations part of the workspace search (the header's search box). */
@Resolver(() => OperationModel)
export class OperationSearchResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Joint operations your agency takes part in (the same rule as `operations`) whose name, purpose or description
   * contains `text`, ignoring case; most recently created first, at most 50. BAD_USER_INPUT naming `text` outside
   * 2–200 characters.
   */
  @Query(() => [OperationModel], {
    complexity: listCost(COST.SEARCH, WORKSPACE_SEARCH_LIMIT),
    description: 'Joint operations you take part in whose name, purpose or description contains `text` (ignoring case); newest first, at most 50',
  })
  async searchOperations(@CurrentUser() user: AuthUser, @Args() { text }: SearchTextArgs): Promise<OperationModel[]> {
    const rows = await this.db
      .getRepository(OperationEntity)
      .createQueryBuilder('o')
      .where(...whereArgs(OperationPolicy.visibleWhere(user, 'o.id')))
      .andWhere(`(o.name ILIKE :pattern ESCAPE '\\' OR o.purpose ILIKE :pattern ESCAPE '\\' OR o.description ILIKE :pattern ESCAPE '\\')`, { pattern: containsPattern(text) })
      .orderBy('o.created_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .limit(WORKSPACE_SEARCH_LIMIT)
      .getMany();
    return rows.map(OperationService.toModel);
  }
}
