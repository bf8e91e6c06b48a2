import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { cost, COST } from '@taskforce/api-core';
import { SharingReasonModel, SharingReasonValueModel } from './lead.model';

/** The values a sharing reason's sentence is written from, listed for the API. */
@Resolver(() => SharingReasonModel)
export class SharingReasonResolver {
  /**
   * What `text` is written from, by name, sorted by name (libs/domain `ReasonValues`: `categories` and `purposes` as
   * codes joined by `,`, names, ids and YYYY-MM-DD dates, rule text as written): a client writes the reason in its
   * reader's language from `code` and these. Empty for reasons recorded before they were kept; then show `text`.
   */
  @ResolveField(() => [SharingReasonValueModel], {
    // Read from the reason already loaded: no query.
    complexity: cost(COST.FIELD),
    description:
      'What `text` is written from, by name, sorted by name (categories and purposes as codes joined by ",", names, ids, YYYY-MM-DD dates, rule text as written): clients write the reason in the reader’s language from `code` and these. Empty for reasons recorded before they were kept; then show `text`.',
  })
  textValues(@Parent() reason: SharingReasonModel): SharingReasonValueModel[] {
    return Object.entries(reason.values ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, value]) => ({ name, value }));
  }
}
