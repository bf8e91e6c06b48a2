import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, containsPattern, COST, CurrentUser, listCost, SearchTextArgs, whereArgs, WORKSPACE_SEARCH_LIMIT } from '@taskforce/api-core';
import { DataSource } from 'typeorm';
import { TaskEntity } from './task.entity';
import { TaskModel } from './task.model';
import { TaskPolicy } from './task.policy';
import { TaskService } from './task.service';

/** The tasks part of the workspace search (the header's search box). */
@Resolver(() => TaskModel)
export class TaskSearchResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Tasks of the joint operations your agency takes part in (the board's rule, TaskPolicy) whose title or description
   * contains `text`, ignoring case; most recently changed first, at most 50. BAD_USER_INPUT naming `text` outside
   * 2–200 characters.
   */
  @Query(() => [TaskModel], {
    complexity: listCost(COST.SEARCH, WORKSPACE_SEARCH_LIMIT),
    description: 'Tasks of the joint operations you take part in whose title or description contains `text` (ignoring case); most recently changed first, at most 50',
  })
  async searchTasks(@CurrentUser() user: AuthUser, @Args() { text }: SearchTextArgs): Promise<TaskModel[]> {
    const rows = await this.db
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where(...whereArgs(TaskPolicy.visibleWhere(user, 't')))
      .andWhere(`(t.title ILIKE :pattern ESCAPE '\\' OR t.description ILIKE :pattern ESCAPE '\\')`, { pattern: containsPattern(text) })
      .orderBy('t.updated_at', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(WORKSPACE_SEARCH_LIMIT)
      .getMany();
    return rows.map((row) => TaskService.toModel(row));
  }
}
