import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyModel } from '@taskforce/api-agencies';
import { CryptoNetwork, HandlePlatform, HitDisclosureReason, HitMode, HitModeDefaultReason, IdentityDocumentType, SelectorKind } from '@taskforce/domain/matching';

registerEnumType(SelectorKind, { name: 'SelectorKind', description: 'What a selector identifies (libs/domain matching, README)' });
registerEnumType(IdentityDocumentType, { name: 'IdentityDocumentType', description: 'ICAO Doc 9303 document kinds' });
registerEnumType(CryptoNetwork, { name: 'CryptoNetwork', description: "A crypto-currency address's network (decides its alphabet and whether case matters)" });
registerEnumType(HandlePlatform, { name: 'HandlePlatform', description: 'Platform of an online handle; OTHER names it in platformName' });
registerEnumType(HitMode, { name: 'HitMode', description: 'What a hit on a lead’s selectors reveals to the agency that asked' });
registerEnumType(HitDisclosureReason, { name: 'HitDisclosureReason', description: 'Why a hit mode is in force (holder’s choice, or TLP:RED / H3 that never reveal)' });
registerEnumType(HitModeDefaultReason, { name: 'HitModeDefaultReason', description: 'Why a mode is the default for the lead’s markings' });

@ObjectType('LeadSelector', { description: 'A selector of a lead or of one of its persons, as its display form (never the matched value)' })
export class LeadSelectorModel {
  @Field(() => ID)
  id: string;

  @Field(() => SelectorKind)
  kind: SelectorKind;

  @Field({ description: 'The human form, e.g. "+40 712 345 678"' })
  display: string;

  @Field(() => ID, { nullable: true, description: 'The person of the lead it belongs to; null for the lead itself' })
  personId: string | null;

  @Field({ description: 'UTC' })
  createdAt: Date;
}

@ObjectType('LeadHitMode', { description: 'What a hit on this lead’s selectors reveals: the chosen (or default) mode and the one in force' })
export class LeadHitModeModel {
  @Field(() => HitMode, { description: 'The mode the holder chose, or the default of the markings' })
  mode: HitMode;

  @Field({ description: 'True when no mode was chosen and the default of the markings applies' })
  isDefault: boolean;

  @Field(() => HitModeDefaultReason, { description: 'Why the markings give their default' })
  defaultReason: HitModeDefaultReason;

  @Field({ description: 'One sentence on the default (English)' })
  defaultExplanation: string;

  @Field(() => HitMode, { description: 'The mode in force: markings win (TLP:RED and H3 never reveal)' })
  effectiveMode: HitMode;

  @Field(() => HitDisclosureReason)
  reason: HitDisclosureReason;

  @Field({ description: 'One sentence on what the asking agency and your liaison officers learn (English)' })
  explanation: string;
}

@ObjectType('SelectorMatch', {
  description: 'The answer to "does another agency hold this selector?": hit is true only when at least one holder is revealed, so a hit on a lead whose holder is not revealed looks exactly like a no-hit',
})
export class SelectorMatchModel {
  @Field(() => SelectorKind)
  kind: SelectorKind;

  @Field()
  hit: boolean;

  @Field(() => [AgencyModel], { description: 'Agencies holding the selector on a lead that reveals its holder (REVEAL_HOLDER in force)' })
  holders: AgencyModel[];
}

@ObjectType('AddLeadSelectorResult')
export class AddLeadSelectorResultModel {
  @Field(() => LeadSelectorModel)
  selector: LeadSelectorModel;

  @Field(() => SelectorMatchModel, { description: "The selector matched against other agencies' selectors, as querySelector answers" })
  match: SelectorMatchModel;
}

@ObjectType('SelectorListFieldError', { description: 'A problem of one line of a list, naming its CSV column (never the value)' })
export class SelectorListFieldErrorModel {
  @Field(() => String, { nullable: true, description: 'The column (kind, value, country, issuingCountry, documentType, network, platform, platformName, bankCode); null for the line as a whole (wrong number of fields, unreadable)' })
  field: string | null;

  @Field()
  message: string;
}

@ObjectType('SelectorListLine', { description: 'The answer for one data line of a list: as querySelector answers it, or its errors' })
export class SelectorListLineModel {
  @Field(() => Int, { description: 'Line number in the file, the header being line 1' })
  line: number;

  @Field(() => SelectorKind, { nullable: true, description: 'null when the kind column is not a selector kind' })
  kind: SelectorKind | null;

  @Field(() => Boolean, { nullable: true, description: 'As querySelector: true only when a holder is revealed; null for a line with errors (not queried)' })
  hit: boolean | null;

  @Field(() => [AgencyModel], { description: 'Holders revealed to you, by acronym' })
  holders: AgencyModel[];

  @Field(() => [SelectorListFieldErrorModel], { description: 'Empty for a line queried' })
  errors: SelectorListFieldErrorModel[];
}

@ObjectType('SelectorListReport', { description: 'A list of selectors queried at once: every data line in file order and the totals' })
export class SelectorListReportModel {
  @Field(() => [SelectorListLineModel])
  lines: SelectorListLineModel[];

  @Field(() => Int, { description: 'Valid lines queried (each counted against the daily budgets)' })
  queried: number;

  @Field(() => Int, { description: 'Lines that revealed at least one holder' })
  hits: number;

  @Field(() => Int, { description: 'Lines with errors, not queried' })
  rejected: number;
}

@ObjectType('SelectorQueryVolume', { description: "One agency's selector queries in a window (platform admins): counts only, never a selector, kind or holder" })
export class SelectorQueryVolumeModel {
  @Field(() => AgencyModel, { description: 'The querying agency' })
  agency: AgencyModel;

  @Field(() => Int, { description: 'Queries answered (single queries, recordings and each line of a list)' })
  queries: number;

  @Field(() => Int, { description: 'Queries whose answer revealed a holder, as the querier saw it (a hidden hit counts as a no-hit)' })
  hits: number;

  @Field(() => Int, { description: 'Queries refused by a daily budget (one per line of a refused list)' })
  refusals: number;
}

@ObjectType('SelectorQueryBudget', { description: 'Selector queries you may still make: the daily budgets over the last 24 hours (database clock) minus the queries counted' })
export class SelectorQueryBudgetModel {
  @Field(() => Int, { description: 'Left of your own budget (SELECTOR_QUERIES_PER_PERSON_PER_DAY)' })
  personRemaining: number;

  @Field(() => Int, { description: "Left of your agency's budget (SELECTOR_QUERIES_PER_AGENCY_PER_DAY)" })
  agencyRemaining: number;

  @Field(() => Int, { description: 'Your budget: queries per 24 hours' })
  personLimit: number;

  @Field(() => Int, { description: "Your agency's budget: queries per 24 hours" })
  agencyLimit: number;
}
