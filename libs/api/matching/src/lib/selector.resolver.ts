import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, listCost, RequireRoles } from '@taskforce/api-core';
import { LeadModel } from '@taskforce/api-leads';
import { LEAD_WRITER_ROLES, Role } from '@taskforce/domain';
import { AddLeadSelectorInput, QuerySelectorInput, SelectorQueryVolumesArgs, SetLeadHitModeInput } from './dto/selector.inputs';
import { DECONFLICTION_CASE_LIMIT, DeconflictionService } from './deconfliction.service';
import { SELECTOR_LIST_COST } from './selector-list.controller';
import { SelectorListMatchingService } from './selector-list-matching.service';
import { SelectorMatchingService } from './selector-matching.service';
import { SelectorVolumesService } from './selector-volumes.service';
import { SelectorService } from './selector.service';
import { DeconflictionCaseModel } from './deconfliction.model';
import { AddLeadSelectorResultModel, LeadHitModeModel, LeadSelectorModel, SelectorListReportModel, SelectorMatchModel, SelectorQueryBudgetModel, SelectorQueryVolumeModel } from './selector.model';

/** Hit/no-hit matching: selectors of leads, queries, the holder's hit mode and deconfliction cases (docs/hit-no-hit.md). */
@Resolver(() => LeadModel)
export class SelectorResolver {
  constructor(
    private readonly selectorService: SelectorService,
    private readonly matching: SelectorMatchingService,
    private readonly cases: DeconflictionService,
    private readonly lists: SelectorListMatchingService,
    private readonly volumes: SelectorVolumesService,
  ) {}

  @Query(() => SelectorMatchModel, {
    complexity: cost(4 * COST.READ + 2 * COST.AUDIT),
    description:
      "Does another agency hold this selector? hit and holders name only holders whose lead reveals them; otherwise the answer is a no-hit. Never matches your own agency's selectors. BAD_USER_INPUT naming the field; QUERY_BUDGET_EXHAUSTED (extensions budget PERSON or AGENCY, limit) past the daily budget",
  })
  querySelector(@CurrentUser() user: AuthUser, @Args('input') input: QuerySelectorInput): Promise<SelectorMatchModel> {
    return this.matching.query(user, input);
  }

  @Mutation(() => SelectorListReportModel, {
    complexity: cost(SELECTOR_LIST_COST),
    description:
      'Queries a list of selectors given as CSV text (header kind,value and optionally country, issuingCountry, documentType, network, platform, platformName, bankCode; at most 10,000 lines; docs/hit-no-hit.md): per line as querySelector answers, or the errors naming its columns. Counts one query per valid line, all or none: QUERY_BUDGET_EXHAUSTED (extensions budget, limit, lines, remaining) when the budget left cannot cover them. BAD_USER_INPUT on csv for a missing column or too many lines. A file over 100 KiB goes to POST /selectors/query.csv instead',
  })
  querySelectorsCsv(@CurrentUser() user: AuthUser, @Args('csv') csv: string): Promise<SelectorListReportModel> {
    return this.lists.queryCsv(user, csv);
  }

  @RequireRoles(LEAD_WRITER_ROLES, 'Only analysts, liaison officers and coordinators edit leads')
  @Mutation(() => AddLeadSelectorResultModel, {
    complexity: cost(COST.WRITE + 4 * COST.READ + 2 * COST.AUDIT),
    description: "Records a selector on a lead of your agency (or one of its persons) and matches it as querySelector does. NOT_FOUND for unknown or unreadable leads; FORBIDDEN for a recipient; BAD_USER_INPUT naming the field; QUERY_BUDGET_EXHAUSTED",
  })
  addLeadSelector(@CurrentUser() user: AuthUser, @Args('input') input: AddLeadSelectorInput): Promise<AddLeadSelectorResultModel> {
    return this.selectorService.add(user, input);
  }

  @RequireRoles(LEAD_WRITER_ROLES, 'Only analysts, liaison officers and coordinators edit leads')
  @Mutation(() => ID, { complexity: cost(COST.WRITE), description: 'Removes a selector from a lead of your agency; returns its id. NOT_FOUND for unknown or unreadable selectors' })
  removeLeadSelector(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.selectorService.remove(user, id);
  }

  @RequireRoles(LEAD_WRITER_ROLES, 'Only analysts, liaison officers and coordinators edit leads')
  @Mutation(() => LeadModel, { complexity: cost(COST.WRITE), description: "Chooses what a hit on a lead's selectors reveals (null: the default of its markings); its originating agency only" })
  setLeadHitMode(@CurrentUser() user: AuthUser, @Args('input') input: SetLeadHitModeInput): Promise<LeadModel> {
    return this.selectorService.setHitMode(user, input);
  }

  @RequireRoles([Role.LIAISON_OFFICER], 'Only liaison officers see deconfliction cases')
  @Query(() => [DeconflictionCaseModel], {
    complexity: listCost(COST.READ, DECONFLICTION_CASE_LIMIT),
    description: "Your agency's deconfliction cases (liaison officers), last hit first, at most 200: as holder every case on your leads, as querier those that revealed the holder (by the hit, or by the holder proposing contact); each side sees only its own lead, with the contacts and lead requests of the case",
  })
  deconflictionCases(@CurrentUser() user: AuthUser): Promise<DeconflictionCaseModel[]> {
    return this.cases.list(user);
  }

  @Query(() => SelectorQueryBudgetModel, {
    complexity: cost(COST.READ),
    description: 'Selector queries you and your agency may still make: the daily budgets minus the queries of the last 24 hours (database clock)',
  })
  selectorQueryBudget(@CurrentUser() user: AuthUser): Promise<SelectorQueryBudgetModel> {
    return this.volumes.budget(user);
  }

  @RequireRoles(Role.PLATFORM_ADMIN, 'Only platform admins see selector query volumes')
  @Query(() => [SelectorQueryVolumeModel], {
    complexity: cost(COST.STATISTICS),
    description: 'Selector queries per querying agency over the last `days` days (platform admins): queries answered, hits as the querier saw them (a hidden hit is a no-hit), refusals by a budget; agencies without queries left out; by acronym. BAD_USER_INPUT naming days; FORBIDDEN for others',
  })
  selectorQueryVolumes(@Args() args: SelectorQueryVolumesArgs): Promise<SelectorQueryVolumeModel[]> {
    return this.volumes.volumes(args.days);
  }

  @ResolveField(() => [LeadSelectorModel], {
    complexity: cost(COST.READ),
    description: "The lead's selectors as you may read them: none when your share redacts anything; the lead's own and those of the persons shown",
  })
  selectors(@Parent() lead: LeadModel): Promise<LeadSelectorModel[]> {
    return this.selectorService.listFor(lead);
  }

  @ResolveField(() => LeadHitModeModel, { complexity: cost(COST.READ), nullable: true, description: 'What a hit on this lead’s selectors reveals; its originating agency only (null for recipients)' })
  hitMode(@Parent() lead: LeadModel): Promise<LeadHitModeModel | null> {
    return this.selectorService.hitModeOf(lead);
  }
}
