import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, containsPattern, COST, CurrentUser, listCost, SearchTextArgs, whereArgs, WORKSPACE_SEARCH_LIMIT } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { DataSource } from 'typeorm';
import { OperationMessageEntity } from './operation-message.entity';
import { OperationMessageModel } from './operation-message.model';
import { OperationChannelService, toOperationMessageModel } from './operation-channel.service';

/** The channel messages part of the workspace search (the header's search box). */
@Resolver(() => OperationMessageModel)
export class MessageSearchResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly operations: OperationPolicy,
    private readonly channel: OperationChannelService,
  ) {}

  /**
   * Messages of the channels of the joint operations your agency takes part in (every member reads a channel, as
   * `operationMessages`) whose body contains `text`, ignoring case; deleted ones never; newest first, at most 50.
   * BAD_USER_INPUT naming `text` outside 2–200 characters.
   */
  @Query(() => [OperationMessageModel], {
    complexity: listCost(COST.SEARCH, WORKSPACE_SEARCH_LIMIT),
    description: 'Channel messages of the joint operations you take part in whose body contains `text` (ignoring case; deleted ones never); newest first, at most 50',
  })
  async searchMessages(@CurrentUser() user: AuthUser, @Args() { text }: SearchTextArgs): Promise<OperationMessageModel[]> {
    const rows = await this.db
      .getRepository(OperationMessageEntity)
      .createQueryBuilder('m')
      .where(...whereArgs(OperationPolicy.visibleWhere(user, 'm.operation_id')))
      .andWhere('m.deleted_at IS NULL')
      .andWhere(`m.body ILIKE :pattern ESCAPE '\\'`, { pattern: containsPattern(text) })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .limit(WORKSPACE_SEARCH_LIMIT)
      .getMany();
    const operationIds = [...new Set(rows.map((r) => r.operationId))];
    const facts = new Map(await Promise.all(operationIds.map(async (id) => [id, await this.operations.require(user, id)] as const)));
    const replies = await this.channel.replyCounts(rows.filter((r) => r.threadId === null).map((r) => r.id));
    return rows.flatMap((row) => {
      const operation = facts.get(row.operationId);
      return operation ? [toOperationMessageModel(row, user, operation, replies.get(row.id) ?? 0)] : [];
    });
  }
}
