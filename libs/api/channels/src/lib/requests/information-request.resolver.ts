import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { UserModel, UserService } from '@taskforce/api-auth';
import { AuthUser, COST, cost, CurrentUser, listCost, notFound } from '@taskforce/api-core';
import { AnswerInformationRequestInput, SendInformationRequestInput } from './information-request.inputs';
import { InformationRequestModel } from './information-request.model';
import { InformationRequestService, REQUEST_LIST_MAX } from './information-request.service';

@Resolver(() => InformationRequestModel)
export class InformationRequestResolver {
  constructor(
    private readonly requests: InformationRequestService,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
  ) {}

  @Query(() => [InformationRequestModel], {
    complexity: listCost(COST.READ, REQUEST_LIST_MAX),
    description: `Requests for information of a joint operation that your agency sent or received (all of them for its coordinators), newest first, at most ${REQUEST_LIST_MAX}; NOT_FOUND for an operation you cannot see`,
  })
  informationRequests(@CurrentUser() user: AuthUser, @Args('operationId', { type: () => ID }) operationId: string): Promise<InformationRequestModel[]> {
    return this.requests.list(user, operationId);
  }

  @Query(() => InformationRequestModel, { complexity: cost(COST.READ), description: 'One request for information; NOT_FOUND unless your agency sent or received it, or you coordinate its operation' })
  informationRequest(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<InformationRequestModel> {
    return this.requests.get(user, id);
  }

  @Mutation(() => InformationRequestModel, {
    complexity: cost(COST.WRITE),
    description: "Sends a request for information to another agency of the operation; its liaison officers are notified. FAILED_PRECONDITION when the operation is closed",
  })
  sendInformationRequest(
    @CurrentUser() user: AuthUser,
    // A plain object, so that the global pipe leaves it alone: the service checks its form and what the operation
    // decides (the addressed agency, the due date) together, and names every bad field in one error.
    @Args('input', { type: () => SendInformationRequestInput }) input: Record<string, unknown>,
  ): Promise<InformationRequestModel> {
    return this.requests.send(user, input);
  }

  @Mutation(() => InformationRequestModel, { complexity: cost(COST.WRITE), description: 'Acknowledges receipt of a request addressed to your agency; the sender sees it live' })
  acknowledgeInformationRequest(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<InformationRequestModel> {
    return this.requests.acknowledge(user, id);
  }

  @Mutation(() => InformationRequestModel, { complexity: cost(COST.WRITE), description: 'Answers a request addressed to your agency, which closes it' })
  answerInformationRequest(@CurrentUser() user: AuthUser, @Args('input') input: AnswerInformationRequestInput): Promise<InformationRequestModel> {
    return this.requests.answer(user, input);
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.BATCHED), description: 'The sending agency' })
  fromAgency(@Parent() request: InformationRequestModel): Promise<AgencyModel> {
    return this.agency(request.fromAgencyId);
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.BATCHED), description: 'The addressed agency' })
  toAgency(@Parent() request: InformationRequestModel): Promise<AgencyModel> {
    return this.agency(request.toAgencyId);
  }

  @ResolveField(() => UserModel, { complexity: cost(COST.BATCHED), description: 'Who sent it' })
  async sender(@Parent() request: InformationRequestModel): Promise<UserModel> {
    const user = await this.users.findById(request.senderId);
    if (!user) throw notFound('User');
    return user;
  }

  @ResolveField(() => UserModel, { nullable: true, complexity: cost(COST.BATCHED), description: 'Who acknowledged it' })
  acknowledgedBy(@Parent() request: InformationRequestModel): Promise<UserModel | null> {
    return request.acknowledgedById ? this.users.findById(request.acknowledgedById) : Promise.resolve(null);
  }

  @ResolveField(() => UserModel, { nullable: true, complexity: cost(COST.BATCHED), description: 'Who answered it' })
  answeredBy(@Parent() request: InformationRequestModel): Promise<UserModel | null> {
    return request.answeredById ? this.users.findById(request.answeredById) : Promise.resolve(null);
  }

  private async agency(id: string): Promise<AgencyModel> {
    const agency = await this.agencies.findById(id);
    if (!agency) throw notFound('Agency');
    return agency;
  }
}
