import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgencyModel } from '@taskforce/api-agencies';
import {
  DataCategory,
  FormOfExploitation,
  HandlingCode,
  InformationCredibility,
  ReasonCode,
  SharingOutcome,
  SharingPurpose,
  SourceReliability,
  TlpLabel,
} from '@taskforce/domain';
import { LeadPersonRole, LeadShareLapseReason, LeadShareStatus, LeadStatus, RouteRole } from './lead.entity';

registerEnumType(LeadStatus, { name: 'LeadStatus' });
registerEnumType(RouteRole, { name: 'RouteRole' });
registerEnumType(LeadPersonRole, { name: 'LeadPersonRole' });
registerEnumType(LeadShareStatus, { name: 'LeadShareStatus' });
registerEnumType(LeadShareLapseReason, { name: 'LeadShareLapseReason', description: 'Why the law ended a share' });
registerEnumType(TlpLabel, { name: 'TlpLabel', description: 'TLP 2.0 (FIRST); AMBER_STRICT is written AMBER+STRICT' });
registerEnumType(SourceReliability, { name: 'SourceReliability', description: 'Admiralty source reliability A–F' });
registerEnumType(InformationCredibility, { name: 'InformationCredibility', description: 'Admiralty information credibility 1 (CONFIRMED) … 6 (CANNOT_BE_JUDGED)' });
registerEnumType(HandlingCode, { name: 'HandlingCode', description: 'Europol-style handling codes H0–H3' });
// DataCategory and SharingPurpose are registered with the agreements that name them (@taskforce/api-jurisdiction).
registerEnumType(SharingOutcome, { name: 'SharingOutcome', description: 'ALLOW < ALLOW_REDACTED < REQUIRES_APPROVAL < DENY' });
registerEnumType(ReasonCode, { name: 'SharingReasonCode' });

@ObjectType('RouteStop')
export class RouteStopModel {
  @Field({ description: 'ISO 3166-1 alpha-2' })
  country: string;

  @Field(() => RouteRole)
  role: RouteRole;
}

@ObjectType('LeadPerson', { description: 'A person named in a lead; potential victims appear only under their pseudonym' })
export class LeadPersonModel {
  @Field(() => ID)
  id: string;

  @Field(() => LeadPersonRole)
  role: LeadPersonRole;

  @Field(() => String, { nullable: true, description: 'Suspects only' })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'Potential victims only: the generated pseudonym' })
  pseudonym: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'True when an encrypted identity is stored (readable through revealPotentialVictim)' })
  hasIdentity: boolean;
}

@ObjectType('SharingReasonValue', { description: 'One named value of a sharing reason’s text' })
export class SharingReasonValueModel {
  @Field()
  name: string;

  @Field()
  value: string;
}

@ObjectType('SharingReason')
export class SharingReasonModel {
  @Field(() => ReasonCode)
  code: ReasonCode;

  @Field({ description: 'RULE, MARKING, AGREEMENT or DEFAULT' })
  source: string;

  @Field({ description: 'Rule id, marking, agreement id or default principle' })
  ref: string;

  @Field({ description: 'English (logs, API clients); the web client writes the reason from `code` and `textValues`' })
  text: string;

  /** The domain's values by name (a `Reason`); the API lists them (`textValues`). */
  values?: Readonly<Record<string, string>>;
}

@ObjectType('LegalBasis')
export class LegalBasisModel {
  @Field({ description: 'AGREEMENT, NATIONAL_LAW or NO_TRANSFER' })
  kind: string;

  @Field()
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  article: string | null;
}

@ObjectType('LeadRedaction', { description: 'What the server removed from this projection of the lead, and why' })
export class LeadRedactionModel {
  @Field(() => [DataCategory])
  categories: DataCategory[];

  @Field({ description: 'e.g. "removed: victim personal data — rule NL-2"' })
  notice: string;

  @Field(() => [SharingReasonModel])
  reasons: SharingReasonModel[];
}

/** The fields of one sharing decision (libs/domain decideSharing), common to a stored share and a preview. */
@ObjectType({ isAbstract: true })
abstract class SharingDecisionFields {
  @Field(() => SharingPurpose)
  purpose: SharingPurpose;

  @Field(() => SharingOutcome)
  outcome: SharingOutcome;

  @Field(() => [DataCategory])
  redactedCategories: DataCategory[];

  @Field(() => LegalBasisModel, { nullable: true })
  legalBasis: LegalBasisModel | null;

  @Field(() => [SharingReasonModel])
  reasons: SharingReasonModel[];

  @Field(() => [SharingReasonModel], { description: "The originator's restrictions the recipient takes on" })
  conditions: SharingReasonModel[];

  @Field()
  summary: string;
}

@ObjectType('LeadShare')
export class LeadShareModel extends SharingDecisionFields {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  leadId: string;

  recipientAgencyId: string;
  sharedById: string;
  /** The agency that passed the lead on (the originator for a first share). */
  senderAgencyId: string;

  @Field(() => LeadShareStatus)
  status: LeadShareStatus;

  @Field({ description: 'The instant the decision was taken for' })
  decidedAt: Date;

  @Field(() => String, { nullable: true })
  approvalReason: string | null;

  @Field(() => Date, { nullable: true })
  approvalAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the law ended the share (status LAPSED), UTC' })
  lapsedAt: Date | null;

  @Field(() => LeadShareLapseReason, { nullable: true, description: 'Why the law ended it: agreement ended, law changed, or the recipient left the operation' })
  lapseReason: LeadShareLapseReason | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Lead', { description: 'A lead as the caller may read it: the originator sees it whole, a recipient the projection its share allows' })
export class LeadModel {
  @Field(() => ID)
  id: string;

  @Field()
  summary: string;

  @Field({ description: 'Replaced by the redaction notice when anything was removed for the caller' })
  details: string;

  operationId: string | null;
  originatingAgencyId: string;
  /** The originating agency when the reader loaded it with the lead (lists): `originatingAgency` is answered from it. */
  loadedOriginatingAgency?: AgencyModel;

  @Field(() => FormOfExploitation)
  formOfExploitation: FormOfExploitation;

  @Field(() => [RouteStopModel], { description: 'Ordered: origin, transit, destination' })
  route: RouteStopModel[];

  @Field(() => [DataCategory], { description: 'Categories present in this projection' })
  dataCategories: DataCategory[];

  @Field(() => TlpLabel)
  tlp: TlpLabel;

  @Field(() => SourceReliability)
  sourceReliability: SourceReliability;

  @Field(() => InformationCredibility)
  informationCredibility: InformationCredibility;

  @Field({ description: 'Admiralty grade as written, e.g. "B2"' })
  grade: string;

  @Field(() => [HandlingCode])
  handlingCodes: HandlingCode[];

  @Field(() => String, { nullable: true, description: 'The H3 condition' })
  handlingCondition: string | null;

  @Field(() => LeadStatus)
  status: LeadStatus;

  @Field(() => Int)
  version: number;

  @Field(() => [LeadPersonModel])
  persons: LeadPersonModel[];

  @Field({ description: 'True when the caller belongs to the originating agency' })
  viewerIsOriginator: boolean;

  @Field(() => LeadRedactionModel, { nullable: true, description: 'Null when nothing was removed' })
  redaction: LeadRedactionModel | null;

  /** The caller's share (recipients only). */
  viewerShareId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('SharingPreview', { description: "The engine's decision for one recipient, computed now from the stored agreements and rules" })
export class SharingPreviewModel extends SharingDecisionFields {
  recipientAgencyId: string;

  @Field()
  at: string;

  @Field(() => LeadShareStatus, { nullable: true, description: 'Status of the existing live share with this recipient, if any' })
  existingShareStatus: LeadShareStatus | null;
}

@ObjectType('PotentialVictimIdentity', { description: 'Decrypted identity of a potential victim; every read needs a stated reason' })
export class PotentialVictimIdentityModel {
  @Field(() => ID)
  personId: string;

  @Field()
  pseudonym: string;

  @Field(() => String, { nullable: true })
  fullName: string | null;

  @Field(() => String, { nullable: true })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true })
  nationality: string | null;
}
