import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, RequireRoles } from '@taskforce/api-core';
import { SharingPreviewModel } from '@taskforce/api-leads';
import { Role } from '@taskforce/domain';
import { DecideDeconflictionLeadRequestInput, ProposeDeconflictionContactInput, RequestDeconflictionLeadInput } from './dto/deconfliction.inputs';
import { DeconflictionActionsService } from './deconfliction-actions.service';
import { DeconflictionCaseModel } from './deconfliction.model';

/** What the two sides of a deconfliction case do from it (docs/hit-no-hit.md, "From a case"); liaison officers only. */
@Resolver(() => DeconflictionCaseModel)
export class DeconflictionResolver {
  constructor(private readonly actions: DeconflictionActionsService) {}

  @RequireRoles([Role.LIAISON_OFFICER], 'Only liaison officers act on deconfliction cases')
  @Mutation(() => DeconflictionCaseModel, {
    complexity: cost(COST.WRITE + 3 * COST.READ + COST.AUDIT),
    description:
      "Proposes contact to the other side of a case, with a message; its liaison officers are told live. The holder may always propose; on a hit that did not reveal it, this reveals the holder to the querying side. NOT_FOUND for unknown cases and cases your agency does not see; FORBIDDEN for others than liaison officers; BAD_USER_INPUT naming message",
  })
  proposeDeconflictionContact(@CurrentUser() user: AuthUser, @Args('input') input: ProposeDeconflictionContactInput): Promise<DeconflictionCaseModel> {
    return this.actions.proposeContact(user, input);
  }

  @RequireRoles([Role.LIAISON_OFFICER], 'Only liaison officers act on deconfliction cases')
  @Mutation(() => DeconflictionCaseModel, {
    complexity: cost(COST.WRITE + 3 * COST.READ + COST.AUDIT),
    description:
      "The querying side asks the holder to share its lead (for purpose, with a reason); the holder's liaison officers are told live and see the request with the sharing decision's preview. NOT_FOUND for unknown cases and cases your agency does not see; FORBIDDEN for the holder side; CONFLICT while a request of the case is pending",
  })
  requestDeconflictionLead(@CurrentUser() user: AuthUser, @Args('input') input: RequestDeconflictionLeadInput): Promise<DeconflictionCaseModel> {
    return this.actions.requestLead(user, input);
  }

  @RequireRoles([Role.LIAISON_OFFICER], 'Only liaison officers act on deconfliction cases')
  @Mutation(() => DeconflictionCaseModel, {
    complexity: cost(2 * COST.WRITE + 6 * COST.READ + 2 * COST.AUDIT),
    description:
      "The holder approves (the lead is shared under the sharing decision taken now: whole, redacted, or refused by the law, with its reasons) or declines a request for its lead, with a reason told to the requesting side. NOT_FOUND for unknown requests and requests of cases your agency does not see; FORBIDDEN for the requesting side; CONFLICT once decided",
  })
  decideDeconflictionLeadRequest(@CurrentUser() user: AuthUser, @Args('input') input: DecideDeconflictionLeadRequestInput): Promise<DeconflictionCaseModel> {
    return this.actions.decide(user, input);
  }

  @RequireRoles([Role.LIAISON_OFFICER], 'Only liaison officers act on deconfliction cases')
  @Query(() => SharingPreviewModel, {
    complexity: cost(5 * COST.READ + COST.AUDIT),
    description:
      "The decision sharing the holder's lead with the requesting agency would get now, as previewLeadShare (outcome, categories removed, legal basis, reasons; audited): the holder side, for a pending request. NOT_FOUND for unknown requests and requests of cases your agency does not see; FORBIDDEN for the requesting side; CONFLICT once decided",
  })
  deconflictionLeadRequestPreview(@CurrentUser() user: AuthUser, @Args('requestId', { type: () => ID }) requestId: string): Promise<SharingPreviewModel> {
    return this.actions.preview(user, requestId);
  }
}
