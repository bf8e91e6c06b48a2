import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { UserModel, UserService } from '@taskforce/api-auth';
import { argSize, AuthUser, badInput, COST, cost, CurrentUser, GqlRequestContext, listCost, notFound, userOfContext } from '@taskforce/api-core';
import { TaskStatus } from '@taskforce/domain';
import { OperationModel, OperationPolicy, OperationService } from '@taskforce/api-operations';
import { AddTaskCommentInput, CreateTaskInput, UpdateTaskInput, UpdateTaskStatusInput } from './dto/task.inputs';
import { TaskFilterInput } from './dto/task-filter.input';
import { TASK_PAGE_AFTER_DESCRIPTION, TASK_PAGE_FIRST_DESCRIPTION, taskPageProblems } from './dto/task-page.inputs';
import { TASK_PAGE_MAX, TaskColumnModel, TaskCommentModel, TaskEventModel, TaskModel } from './task.model';
import { TaskCommentsService } from './task-comments.service';
import { TaskService } from './task.service';
import { TaskBoardService } from './task-board.service';
import { TaskPolicy } from './task.policy';

/** Columns of the task board: one per task status. */
const BOARD_COLUMNS = Object.values(TaskStatus).length;

/** Most tasks `myTasks` returns (TaskService takes 200). */
const MY_TASKS_LIMIT = 200;

async function requireUser(users: UserService, id: string): Promise<UserModel> {
  const user = await users.findById(id);
  if (!user) throw notFound('User');
  return user;
}

@Resolver(() => TaskModel)
export class TaskResolver {
  constructor(
    private readonly taskService: TaskService,
    private readonly taskComments: TaskCommentsService,
    private readonly operations: OperationService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
  ) {}

  @Query(() => [TaskModel], { complexity: listCost(2 * COST.READ), description: 'Tasks of a joint operation; NOT_FOUND when the operation is not visible to you' })
  tasks(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<TaskModel[]> {
    return this.taskService.listForOperation(user, operationId);
  }

  @Query(() => TaskModel, { complexity: cost(2 * COST.READ), description: 'One task; NOT_FOUND when unknown or not visible to you' })
  task(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<TaskModel> {
    return this.taskService.get(user, id);
  }

  @Query(() => [TaskModel], { complexity: listCost(COST.READ, MY_TASKS_LIMIT), description: 'Unfinished tasks assigned to you or your agency, due first (at most 200)' })
  myTasks(@CurrentUser() user: AuthUser): Promise<TaskModel[]> {
    return this.taskService.listMine(user);
  }

  @Query(() => [UserModel], { complexity: listCost(2 * COST.READ), description: 'Active people of a participating agency a coordinator may assign a task to' })
  async assignableUsers(
    @CurrentUser() user: AuthUser,
    @Args('operationId', { type: () => ID }) operationId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<UserModel[]> {
    const facts = await this.operations.facts(user, operationId);
    OperationPolicy.requireCoordinator(user, facts, 'assign tasks');
    if (!facts.participatingAgencyIds.includes(agencyId)) {
      throw badInput([{ field: 'agencyId', message: 'the agency does not participate in this joint operation' }]);
    }
    return this.users.activeMembersOf(agencyId);
  }

  @Mutation(() => TaskModel, { complexity: cost(COST.WRITE), description: 'Creates and assigns a task (coordinators of the operation only)' })
  createTask(@CurrentUser() user: AuthUser, @Args('input') input: CreateTaskInput): Promise<TaskModel> {
    return this.taskService.create(user, input);
  }

  @Mutation(() => TaskModel, { complexity: cost(COST.WRITE), description: 'Moves a task; CONFLICT when expectedVersion is stale' })
  updateTaskStatus(@CurrentUser() user: AuthUser, @Args('input') input: UpdateTaskStatusInput): Promise<TaskModel> {
    return this.taskService.updateStatus(user, input);
  }

  @Mutation(() => TaskModel, { complexity: cost(COST.WRITE), description: 'Edits and/or reassigns a task (coordinators); CONFLICT when expectedVersion is stale' })
  updateTask(@CurrentUser() user: AuthUser, @Args('input') input: UpdateTaskInput): Promise<TaskModel> {
    return this.taskService.update(user, input);
  }

  @Mutation(() => TaskCommentModel, { complexity: cost(COST.WRITE), description: 'Comments on a task (assignee agency and coordinators)' })
  addTaskComment(@CurrentUser() user: AuthUser, @Args('input') input: AddTaskCommentInput): Promise<TaskCommentModel> {
    return this.taskComments.addComment(user, input);
  }

  @Mutation(() => TaskModel, { complexity: cost(COST.WRITE), description: 'Acknowledges an urgent task for the assignee agency (its liaison officers or the assignee); idempotent' })
  acknowledgeTask(@CurrentUser() user: AuthUser, @Args('taskId', { type: () => ID }) taskId: string): Promise<TaskModel> {
    return this.taskService.acknowledge(user, taskId);
  }

  @ResolveField(() => UserModel, { complexity: cost(COST.BATCHED), nullable: true, description: 'Who acknowledged it' })
  acknowledgedBy(task: TaskModel): UserModel | null | Promise<UserModel | null> {
    if (task.loaded) return task.loaded.acknowledgedBy;
    return task.acknowledgedById ? this.users.findById(task.acknowledgedById) : null;
  }

  @ResolveField(() => OperationModel, { complexity: cost(2 * COST.READ) })
  operation(@CurrentUser() user: AuthUser, @Parent() task: TaskModel): Promise<OperationModel> {
    return this.operations.getVisible(user, task.operationId);
  }

  // The card's fields take graphql-js's (source, args, context) without parameter decorators, so Nest calls them
  // directly; a task read with its card's records (`loaded`, board pages) is answered without a promise.
  @ResolveField(() => AgencyModel, { complexity: cost(COST.BATCHED) })
  assigneeAgency(task: TaskModel): AgencyModel | Promise<AgencyModel> {
    return task.loaded?.assigneeAgency ?? this.requireAgency(task.assigneeAgencyId);
  }

  @ResolveField(() => UserModel, { complexity: cost(COST.BATCHED), nullable: true })
  assigneeUser(task: TaskModel): UserModel | null | Promise<UserModel | null> {
    if (task.loaded) return task.loaded.assigneeUser;
    return task.assigneeUserId ? this.users.findById(task.assigneeUserId) : null;
  }

  @ResolveField(() => UserModel, { complexity: cost(COST.BATCHED) })
  createdBy(@Parent() task: TaskModel): Promise<UserModel> {
    return requireUser(this.users, task.createdById);
  }

  @ResolveField(() => [TaskCommentModel], { complexity: listCost(COST.READ), description: 'Oldest first' })
  comments(@Parent() task: TaskModel): Promise<TaskCommentModel[]> {
    return this.taskComments.comments(task.id);
  }

  @ResolveField(() => [TaskEventModel], { complexity: listCost(COST.READ), description: 'Who changed what, when; oldest first' })
  history(@Parent() task: TaskModel): Promise<TaskEventModel[]> {
    return this.taskComments.history(task.id);
  }

  @ResolveField(() => Boolean, { complexity: cost(COST.BATCHED), description: 'True when you may move this task' })
  viewerCanUpdateStatus(task: TaskModel, _args: unknown, context: GqlRequestContext): boolean | Promise<boolean> {
    const user = userOfContext(context);
    if (task.loaded) return TaskPolicy.canUpdateStatus(user, task.loaded.operation, task);
    return this.taskService.viewerCanUpdateStatus(user, task);
  }

  private async requireAgency(id: string): Promise<AgencyModel> {
    const agency = await this.agencies.findById(id);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}

@Resolver(() => TaskCommentModel)
export class TaskCommentResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel, { complexity: cost(COST.READ) })
  author(@Parent() comment: TaskCommentModel): Promise<UserModel> {
    return requireUser(this.users, comment.authorId);
  }
}

@Resolver(() => TaskEventModel)
export class TaskEventResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel, { complexity: cost(COST.READ), nullable: true, description: 'Who did it; null when the system did (escalation)' })
  actor(@Parent() event: TaskEventModel): Promise<UserModel | null> {
    return event.actorId ? requireUser(this.users, event.actorId) : Promise.resolve(null);
  }
}

/** Adds `Operation.tasks`, under the same rule as `query tasks`. */
@Resolver(() => OperationModel)
export class OperationTasksResolver {
  constructor(
    private readonly taskService: TaskService,
    private readonly board: TaskBoardService,
  ) {}

  @ResolveField(() => [TaskModel], { complexity: listCost(2 * COST.READ), description: 'Every task of the operation (the board reads taskColumns, a page at a time)' })
  tasks(@CurrentUser() user: AuthUser, @Parent() operation: OperationModel): Promise<TaskModel[]> {
    return this.taskService.listForOperation(user, operation.id);
  }

  @ResolveField(() => [TaskColumnModel], {
    complexity: listCost(2 * COST.READ, BOARD_COLUMNS),
    description:
      'The task board: one column per task status, in lifecycle order, each with its total and its tasks a page at a time; with `filter`, only the tasks matching it (and only the columns of its statuses, when it names any). BAD_USER_INPUT naming the filter field',
  })
  taskColumns(
    @CurrentUser() user: AuthUser,
    @Parent() operation: OperationModel,
    @Args('filter', { type: () => TaskFilterInput, nullable: true }) filter?: TaskFilterInput,
  ): Promise<TaskColumnModel[]> {
    return this.board.columns(user, operation.id, filter);
  }

  @ResolveField(() => [UserModel], {
    complexity: listCost(COST.READ),
    description: "People assigned to at least one of the operation's tasks, by display name: the board's person filter",
  })
  taskAssignees(@CurrentUser() user: AuthUser, @Parent() operation: OperationModel): Promise<UserModel[]> {
    return this.board.assignees(user, operation.id);
  }
}

/** The tasks of a board column, a page at a time. */
@Resolver(() => TaskColumnModel)
export class TaskColumnResolver {
  constructor(private readonly board: TaskBoardService) {}

  @ResolveField(() => [TaskModel], {
    complexity: listCost(COST.READ, argSize('first', 50, TASK_PAGE_MAX)),
    description: 'Board order: most urgent priority first, then earliest due date (undated last), then oldest. BAD_USER_INPUT naming `first` (0–200) or `after` (not a task of this operation)',
  })
  tasks(
    @Parent() column: TaskColumnModel,
    @Args('first', { type: () => Int, defaultValue: 50, description: TASK_PAGE_FIRST_DESCRIPTION }) first: number,
    @Args('after', { type: () => ID, nullable: true, description: TASK_PAGE_AFTER_DESCRIPTION }) after?: string | null,
  ): Promise<TaskModel[]> {
    const problems = taskPageProblems(first, after);
    if (problems.length) return Promise.reject(badInput(problems));
    return this.board.columnPage(column, first, after);
  }
}
