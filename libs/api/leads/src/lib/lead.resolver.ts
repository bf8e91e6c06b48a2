import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { UserModel, UserService } from '@taskforce/api-auth';
import { argSize, AuthUser, COST, cost, CurrentUser, DEFAULT_LIST_SIZE, listCost, ListSize, notFound, RequireRecentAuthentication, RequireRoles } from '@taskforce/api-core';
import { OperationModel, OperationService } from '@taskforce/api-operations';
import { TaskModel } from '@taskforce/api-tasks';
import { LEAD_WRITER_ROLES } from '@taskforce/domain';
import { CreateLeadInput, DecideLeadShareApprovalInput, LeadPageArgs, LinkTaskToLeadInput, RevealPotentialVictimInput, SearchLeadsArgs, ShareLeadInput, UpdateLeadInput } from './dto/lead.inputs';
import { LeadModel, LeadShareModel, PotentialVictimIdentityModel, SharingPreviewModel } from './lead.model';
import { LeadReadsService } from './lead-reads.service';
import { LeadService } from './lead.service';
import { LeadShareReviewService } from './lead-share-review.service';
import { LeadSharingService } from './lead-sharing.service';
import { VictimIdentityService } from './victim-identity.service';

/** Most leads `leads` and `searchLeads` return (LeadService takes 200). */
const LEAD_LIST_LIMIT = 200;

/** Recipients of a share or preview: `input.recipientAgencyIds` (at most 50), or the other agencies of `input.operationId`. */
const RECIPIENTS: ListSize = (args) => {
  const ids = (args['input'] as { recipientAgencyIds?: unknown[] | null } | undefined)?.recipientAgencyIds;
  return Math.min(ids?.length ?? DEFAULT_LIST_SIZE, 50);
};

async function requireAgency(agencies: AgencyService, id: string): Promise<AgencyModel> {
  const agency = await agencies.findById(id);
  if (!agency) throw notFound('Agency');
  return agency;
}

@Resolver(() => LeadModel)
export class LeadResolver {
  constructor(
    private readonly leadService: LeadService,
    private readonly reads: LeadReadsService,
    private readonly sharing: LeadSharingService,
    private readonly review: LeadShareReviewService,
    private readonly identity: VictimIdentityService,
    private readonly agencies: AgencyService,
    private readonly operations: OperationService,
  ) {}

  @Query(() => [LeadModel], {
    complexity: listCost(COST.READ + COST.AUDIT, argSize('first', LEAD_LIST_LIMIT, LEAD_LIST_LIMIT)),
    description: 'Leads you may read (your agency originated them or holds an active share), newest first: the first `first` (1–200, default 200), after the lead `after` (the last one you hold) when given. BAD_USER_INPUT naming `first` or `after` (not a lead of this list)',
  })
  async leads(@CurrentUser() user: AuthUser, @Args() page: LeadPageArgs): Promise<LeadModel[]> {
    return this.withOriginatingAgencies(await this.reads.list(user, page.first, page.after ?? null));
  }

  @Query(() => Int, { complexity: cost(COST.COUNT + COST.AUDIT), description: 'How many leads you may read (same rule as leads)' })
  leadCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.reads.count(user);
  }

  @Query(() => [LeadModel], {
    complexity: listCost(COST.SEARCH + COST.AUDIT, LEAD_LIST_LIMIT),
    description: 'Leads you may read whose text, as you may read it (summary, details, H3 condition, persons shown), contains `text`, ignoring case; newest first, at most 200. BAD_USER_INPUT (field text) outside 2–200 characters',
  })
  async searchLeads(@CurrentUser() user: AuthUser, @Args() args: SearchLeadsArgs): Promise<LeadModel[]> {
    return this.withOriginatingAgencies(await this.reads.search(user, args.text));
  }

  @Query(() => Int, { complexity: cost(COST.SEARCH + COST.AUDIT), description: 'How many leads searchLeads finds for `text` (without its limit of 200)' })
  searchLeadCount(@CurrentUser() user: AuthUser, @Args() args: SearchLeadsArgs): Promise<number> {
    return this.reads.searchCount(user, args.text);
  }

  @Query(() => LeadModel, { complexity: cost(2 * COST.READ + COST.AUDIT), description: 'One lead as you may read it; NOT_FOUND when unknown or not readable by you' })
  lead(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<LeadModel> {
    return this.reads.get(user, id);
  }

  @Query(() => [SharingPreviewModel], { complexity: listCost(4 * COST.READ, RECIPIENTS), description: 'Per recipient, the decision sharing now would get (nothing is recorded); the originating agency, or a recipient holding an active share (onward share, decided on the lead as it holds it)' })
  previewLeadShare(@CurrentUser() user: AuthUser, @Args('input') input: ShareLeadInput): Promise<SharingPreviewModel[]> {
    return this.sharing.preview(user, input);
  }

  @Query(() => [LeadShareModel], { complexity: listCost(COST.READ), description: "Shares of your agency's leads waiting for a liaison officer's approval" })
  pendingLeadShareApprovals(@CurrentUser() user: AuthUser): Promise<LeadShareModel[]> {
    return this.review.pendingApprovals(user);
  }

  @RequireRoles(LEAD_WRITER_ROLES, 'Only analysts, liaison officers and coordinators record leads')
  @Mutation(() => LeadModel, { complexity: cost(COST.WRITE), description: 'Records a lead of your agency (analysts, liaison officers, coordinators)' })
  createLead(@CurrentUser() user: AuthUser, @Args('input') input: CreateLeadInput): Promise<LeadModel> {
    return this.leadService.create(user, input);
  }

  @Mutation(() => LeadModel, { complexity: cost(COST.WRITE), description: 'Edits a lead of your agency (version-checked: CONFLICT when stale); FORBIDDEN for a read-only recipient' })
  updateLead(@CurrentUser() user: AuthUser, @Args('input') input: UpdateLeadInput): Promise<LeadModel> {
    return this.leadService.update(user, input);
  }

  @Mutation(() => TaskModel, { complexity: cost(COST.WRITE), description: "Links a task to a lead (coordinators of the task's operation who may read the lead)" })
  linkTaskToLead(@CurrentUser() user: AuthUser, @Args('input') input: LinkTaskToLeadInput): Promise<TaskModel> {
    return this.leadService.linkTask(user, input);
  }

  @Mutation(() => TaskModel, { complexity: cost(COST.WRITE), description: "Removes a task's link to a lead (same people as linkTaskToLead)" })
  unlinkTaskFromLead(@CurrentUser() user: AuthUser, @Args('taskId', { type: () => ID }) taskId: string): Promise<TaskModel> {
    return this.leadService.unlinkTask(user, taskId);
  }

  @Mutation(() => [LeadShareModel], {
    complexity: listCost(COST.WRITE + 3 * COST.READ, RECIPIENTS, COST.WRITE),
    description: 'Shares a lead your agency originated, or passes on one it holds (onward share: at most what it holds); DENY records nothing, REQUIRES_APPROVAL waits for the originating agency\'s liaison officers',
  })
  shareLead(@CurrentUser() user: AuthUser, @Args('input') input: ShareLeadInput): Promise<LeadShareModel[]> {
    return this.sharing.share(user, input);
  }

  @Mutation(() => LeadShareModel, { complexity: cost(COST.WRITE), description: "Approves or refuses a pending share (the originating agency's liaison officers)" })
  decideLeadShareApproval(@CurrentUser() user: AuthUser, @Args('input') input: DecideLeadShareApprovalInput): Promise<LeadShareModel> {
    return this.review.decideApproval(user, input);
  }

  @Mutation(() => LeadShareModel, { complexity: cost(COST.WRITE), description: 'Withdraws a share at once (originating agency, or the agency that sent it onward); onward shares made by the recipient go too' })
  revokeLeadShare(@CurrentUser() user: AuthUser, @Args('shareId', { type: () => ID }) shareId: string): Promise<LeadShareModel> {
    return this.review.revoke(user, shareId);
  }

  @RequireRecentAuthentication()
  @Mutation(() => PotentialVictimIdentityModel, {
    complexity: cost(COST.WRITE + COST.AUDIT),
    description: "Decrypts a potential victim's identity with a stated reason (originating agency). Step-up action: REAUTHENTICATION_REQUIRED when the password or a code was not given in the last 5 minutes",
  })
  revealPotentialVictim(@CurrentUser() user: AuthUser, @Args('input') input: RevealPotentialVictimInput): Promise<PotentialVictimIdentityModel> {
    return this.identity.reveal(user, input);
  }

  // Without parameter decorators Nest calls it directly with graphql-js's (source): a listed lead is answered
  // from the agency read with the list, without a promise.
  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ) })
  originatingAgency(lead: LeadModel): AgencyModel | Promise<AgencyModel> {
    return lead.loadedOriginatingAgency ?? requireAgency(this.agencies, lead.originatingAgencyId);
  }

  /** The leads with their originating agencies, read by one statement for the whole list. */
  private async withOriginatingAgencies(leads: LeadModel[]): Promise<LeadModel[]> {
    const agencies = new Map((await this.agencies.findByIds([...new Set(leads.map((l) => l.originatingAgencyId))])).map((a) => [a.id, a]));
    for (const lead of leads) lead.loadedOriginatingAgency = agencies.get(lead.originatingAgencyId);
    return leads;
  }

  @ResolveField(() => OperationModel, { complexity: cost(2 * COST.READ), nullable: true, description: 'Null when none, or when your agency does not take part in it' })
  async operation(@CurrentUser() user: AuthUser, @Parent() lead: LeadModel): Promise<OperationModel | null> {
    if (!lead.operationId) return null;
    try {
      return await this.operations.getVisible(user, lead.operationId);
    } catch {
      return null;
    }
  }

  @ResolveField(() => [AgencyModel], { complexity: listCost(2 * COST.READ), description: 'TLP:RED named recipients; originating agency only (empty for others)' })
  async namedRecipients(@CurrentUser() user: AuthUser, @Parent() lead: LeadModel): Promise<AgencyModel[]> {
    if (!lead.viewerIsOriginator) return [];
    const ids = await this.reads.namedRecipientIds(user, lead.id);
    return this.agencies.findByIds(ids);
  }

  @ResolveField(() => [TaskModel], { complexity: listCost(2 * COST.READ), description: 'Tasks acting on this lead, in joint operations your agency takes part in' })
  linkedTasks(@CurrentUser() user: AuthUser, @Parent() lead: LeadModel): Promise<TaskModel[]> {
    return this.reads.linkedTasks(user, lead);
  }

  @ResolveField(() => [LeadShareModel], { complexity: listCost(COST.READ), description: 'All shares for the originating agency; for a recipient, its own active share and the onward shares it sent' })
  shares(@CurrentUser() user: AuthUser, @Parent() lead: LeadModel): Promise<LeadShareModel[]> {
    return this.reads.sharesOf(user, lead);
  }
}

@Resolver(() => LeadShareModel)
export class LeadShareResolver {
  constructor(
    private readonly agencies: AgencyService,
    private readonly users: UserService,
  ) {}

  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ) })
  recipientAgency(@Parent() share: LeadShareModel): Promise<AgencyModel> {
    return requireAgency(this.agencies, share.recipientAgencyId);
  }

  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ), description: 'The agency that passed the lead on (the originating agency for a first share)' })
  senderAgency(@Parent() share: LeadShareModel): Promise<AgencyModel> {
    return requireAgency(this.agencies, share.senderAgencyId);
  }

  @ResolveField(() => UserModel, { complexity: cost(COST.READ) })
  async sharedBy(@Parent() share: LeadShareModel): Promise<UserModel> {
    const user = await this.users.findById(share.sharedById);
    if (!user) throw notFound('User');
    return user;
  }
}

@Resolver(() => SharingPreviewModel)
export class SharingPreviewResolver {
  constructor(private readonly agencies: AgencyService) {}

  @ResolveField(() => AgencyModel, { complexity: cost(COST.READ) })
  recipientAgency(@Parent() preview: SharingPreviewModel): Promise<AgencyModel> {
    return requireAgency(this.agencies, preview.recipientAgencyId);
  }
}

@Resolver(() => TaskModel)
export class TaskLeadResolver {
  constructor(private readonly reads: LeadReadsService) {}

  @ResolveField(() => LeadModel, { complexity: cost(2 * COST.READ + COST.AUDIT), nullable: true, description: 'The lead this task acts on, as you may read it; null when none or when you may not read it' })
  lead(@CurrentUser() user: AuthUser, @Parent() task: TaskModel): Promise<LeadModel | null> {
    return this.reads.leadOfTask(user, task);
  }
}
