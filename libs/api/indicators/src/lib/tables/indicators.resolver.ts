import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, RequireRecentAuthentication, RequireRoles } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { DatasetKind } from '../imports/dataset-import';
import { IndicatorImportService } from '../imports/indicator-import.service';
import { IndicatorQueryService } from './indicator-query.service';
import { DatasetImportReportModel, FormsNamedTableModel, IndicatorTableModel } from './indicator.model';
import { IndicatorScopeInput, IndicatorTableInput } from './dto/indicator.inputs';

@Resolver()
export class IndicatorsResolver {
  constructor(
    private readonly imports: IndicatorImportService,
    private readonly queries: IndicatorQueryService,
  ) {}

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, 'Only platform admins import data sets')
  @Mutation(() => DatasetImportReportModel, {
    complexity: cost(COST.BULK),
    description: 'Imports a public data set from the data folder (platform admins only); idempotent and transactional; a file that would change or remove stored rows is previewed until confirm: true',
  })
  importDataset(
    @Args('kind', { type: () => DatasetKind }) kind: DatasetKind,
    @Args('path', { type: () => String, nullable: true, description: 'Relative to the data folder; default: the known file' }) path?: string,
    @Args('confirm', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Apply a file that changes or removes stored rows (after its preview)' }) confirm?: boolean,
  ): Promise<DatasetImportReportModel> {
    return this.imports.importKnown(kind, path, { confirm: !!confirm });
  }

  @Query(() => IndicatorTableModel, { complexity: cost(COST.STATISTICS), description: 'An indicator broken down by 1–2 dimensions, small cells suppressed unless all records are yours' })
  indicatorTable(@CurrentUser() user: AuthUser, @Args('input') input: IndicatorTableInput): Promise<IndicatorTableModel> {
    return this.queries.table(user, input);
  }

  @Query(() => FormsNamedTableModel, {
    complexity: cost(COST.STATISTICS),
    description:
      'Records naming each form of exploitation (a record naming two forms counts under both: the figures overlap), beside the single-form breakdown; small-cell protected so that neither can be differenced against the other',
  })
  formsNamedTable(@CurrentUser() user: AuthUser, @Args('input') input: IndicatorScopeInput): Promise<FormsNamedTableModel> {
    return this.queries.formsNamed(user, input);
  }

  @Query(() => String, { complexity: cost(COST.STATISTICS), description: 'formsNamedTable as CSV, after the `# ` header block every export carries (scope, operation id, k, source, generated at UTC)' })
  formsNamedTableCsv(@CurrentUser() user: AuthUser, @Args('input') input: IndicatorScopeInput): Promise<string> {
    return this.queries.formsNamedCsv(user, input);
  }

  @Query(() => String, { complexity: cost(COST.STATISTICS), description: 'indicatorTable as CSV, with the same suppression, after a `# ` header block (scope, operation id, small-cell threshold k, source, generated at UTC) and one empty line' })
  indicatorTableCsv(@CurrentUser() user: AuthUser, @Args('input') input: IndicatorTableInput): Promise<string> {
    return this.queries.csv(user, input);
  }
}
