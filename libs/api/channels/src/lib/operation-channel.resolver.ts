import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { UserModel, UserService } from '@taskforce/api-auth';
import { argSize, AuthUser, COST, cost, CurrentUser, listCost, notFound } from '@taskforce/api-core';
import { EditOperationMessageInput, MESSAGE_PAGE_MAX, OperationMessagesArgs, PostOperationMessageInput } from './dto/operation-message.inputs';
import { OperationChannelService } from './operation-channel.service';
import { OperationMessageModel } from './operation-message.model';

@Resolver(() => OperationMessageModel)
export class OperationChannelResolver {
  constructor(
    private readonly channel: OperationChannelService,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
  ) {}

  @Query(() => [OperationMessageModel], {
    complexity: listCost(COST.READ, argSize('first', 50, MESSAGE_PAGE_MAX)),
    description:
      "A page of a joint operation's channel, oldest first: the messages that start threads, one thread (threadId), or the messages containing `search`. NOT_FOUND for an operation or thread you cannot see",
  })
  operationMessages(@CurrentUser() user: AuthUser, @Args() args: OperationMessagesArgs): Promise<OperationMessageModel[]> {
    return this.channel.list(user, args);
  }

  @Query(() => Int, { complexity: cost(COST.COUNT), description: "Messages of the operation's channel posted since you last read it (not yours, not deleted)" })
  operationUnreadMessageCount(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<number> {
    return this.channel.unreadCount(user, operationId);
  }

  @Mutation(() => OperationMessageModel, { complexity: cost(COST.WRITE), description: 'Posts a message (or a reply in a thread); FAILED_PRECONDITION when the operation is closed' })
  postOperationMessage(@CurrentUser() user: AuthUser, @Args('input') input: PostOperationMessageInput): Promise<OperationMessageModel> {
    return this.channel.post(user, input);
  }

  @Mutation(() => OperationMessageModel, { complexity: cost(COST.WRITE), description: 'Edits your message; the earlier text is kept and the edit audited' })
  editOperationMessage(
    @CurrentUser() user: AuthUser,
    // A plain object, so that the global pipe leaves it alone: the service checks the body's form and whether the
    // message takes a restriction together, and names every bad field in one error.
    @Args('input', { type: () => EditOperationMessageInput }) input: Record<string, unknown>,
  ): Promise<OperationMessageModel> {
    return this.channel.edit(user, input);
  }

  @Mutation(() => OperationMessageModel, { complexity: cost(COST.WRITE), description: 'Deletes a message (its author or a coordinator); it then reads "message deleted"' })
  deleteOperationMessage(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<OperationMessageModel> {
    return this.channel.delete(user, id);
  }

  @Mutation(() => Int, { complexity: cost(COST.LIGHT_WRITE), description: "Marks the operation's channel read for you; returns the unread count after (0)" })
  markOperationMessagesRead(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<number> {
    return this.channel.markRead(user, operationId);
  }

  @ResolveField(() => UserModel, { complexity: cost(COST.BATCHED) })
  async author(@Parent() message: OperationMessageModel): Promise<UserModel> {
    const user = await this.users.findById(message.authorId);
    if (!user) throw notFound('User');
    return user;
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.BATCHED), description: "The author's agency when they wrote it" })
  async authorAgency(@Parent() message: OperationMessageModel): Promise<AgencyModel> {
    const agency = await this.agencies.findById(message.authorAgencyId);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}
