import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgreementKind, DataCategory, RuleFlow, SharingPurpose } from '@taskforce/domain';
import { AgreementPartyKind } from './dto/sharing-law.inputs';

registerEnumType(DataCategory, { name: 'DataCategory' });
registerEnumType(SharingPurpose, { name: 'SharingPurpose' });
registerEnumType(AgreementKind, { name: 'AgreementKind', description: 'MULTILATERAL instrument, BILATERAL treaty, or agency-level MOU' });
registerEnumType(RuleFlow, { name: 'RuleFlow', description: 'Which moves a jurisdiction rule governs relative to its scope (libs/domain sharing README)' });

/** Where an agreement stands at the instant of the query (UTC). */
export enum AgreementStatus {
  IN_FORCE = 'IN_FORCE',
  NOT_YET_IN_FORCE = 'NOT_YET_IN_FORCE',
  EXPIRED = 'EXPIRED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: 'At the instant of the query: in force, not yet, expired, or suspended while in its period' });

@ObjectType('AgreementParty', { description: 'A whole country or one agency' })
export class AgreementPartyModel {
  @Field(() => AgreementPartyKind)
  kind: AgreementPartyKind;

  @Field(() => String, { nullable: true, description: 'COUNTRY parties: ISO 3166-1 alpha-2' })
  country: string | null;

  @Field(() => ID, { nullable: true, description: 'AGENCY parties: the agency id' })
  agencyId: string | null;
}

@ObjectType('Agreement', { description: 'A legal basis for moving data between its parties; decisions cite its id and article' })
export class AgreementModel {
  @Field()
  id: string;

  @Field(() => AgreementKind)
  kind: AgreementKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  article: string | null;

  @Field(() => [AgreementPartyModel])
  parties: AgreementPartyModel[];

  @Field(() => [DataCategory])
  dataCategories: DataCategory[];

  @Field(() => [SharingPurpose])
  purposes: SharingPurpose[];

  @Field({ description: 'UTC date (the whole day) or ISO 8601 instant with a zone, inclusive' })
  inForceFrom: string;

  @Field(() => String, { nullable: true, description: 'Inclusive end; null = open-ended' })
  inForceTo: string | null;

  @Field()
  suspended: boolean;

  @Field(() => AgreementStatus)
  status: AgreementStatus;

  @Field(() => Int, { description: 'Give it as expectedVersion to updateAgreement' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('JurisdictionRuleVersion', { description: 'One version of a jurisdiction rule, never overwritten (only its end is set when superseded or retired)' })
export class JurisdictionRuleVersionModel {
  /** Not `id`: a version is identified by rule id and version together (clients normalise objects by `id`). */
  @Field({ description: 'Id of the rule this is a version of' })
  ruleId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: 'UTC date or instant with a zone; null = always' })
  effectiveFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Inclusive end; null = open-ended' })
  effectiveTo: string | null;

  @Field({ description: 'JSON: {"kind":"COUNTRY","country":"NL"} or {"kind":"AGENCY_KIND","agencyKind":"NGO"}' })
  scopeJson: string;

  @Field(() => [RuleFlow])
  flows: RuleFlow[];

  @Field(() => String, { nullable: true, description: 'JSON filter; null = always' })
  whenJson: string | null;

  @Field({ description: 'JSON condition (kind LEGAL_BASIS, REQUIRES_AGREEMENT, RESTRICT_CATEGORIES, LIMIT_PURPOSES or RESTRICT_FLOW)' })
  conditionJson: string;

  @Field({ description: 'Human-readable statement with its instrument and article; decisions cite it' })
  text: string;

  @Field({ description: 'True when this version is within its effective period now (UTC)' })
  inEffect: boolean;

  @Field(() => Date, { nullable: true, description: 'Set on the last version of a retired rule' })
  retiredAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('JurisdictionRule', { description: 'A jurisdiction rule: its current (highest) version and, on request, every version' })
export class JurisdictionRuleModel {
  @Field()
  id: string;

  @Field(() => Int, { description: 'Highest version; give it as expectedVersion to revise or retire' })
  currentVersion: number;

  @Field()
  retired: boolean;

  @Field(() => JurisdictionRuleVersionModel)
  current: JurisdictionRuleVersionModel;

  @Field(() => [JurisdictionRuleVersionModel], { description: 'Newest first; only the current one unless history was asked for' })
  versions: JurisdictionRuleVersionModel[];
}
