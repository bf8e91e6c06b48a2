import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyModel } from '@taskforce/api-agencies';
import { SharingReasonModel } from '@taskforce/api-leads';
import { DataCategory, SharingOutcome, SharingPurpose } from '@taskforce/domain';
import { SelectorKind } from '@taskforce/domain/matching';

/** Which side of a deconfliction case the viewer's agency is on. */
export enum DeconflictionSide {
  /** The viewer's agency asked (queried or recorded the selector). */
  QUERIER = 'QUERIER',
  /** The viewer's agency holds the lead whose selector was hit. */
  HOLDER = 'HOLDER',
}
registerEnumType(DeconflictionSide, { name: 'DeconflictionSide' });

/** Where a request for the holder's lead stands. */
export enum DeconflictionLeadRequestStatus {
  /** Waiting for the holder's liaison officers. */
  PENDING = 'PENDING',
  /** Approved and shared under the sharing decision (whole or redacted). */
  SHARED = 'SHARED',
  /** Approved, but the sharing decision refused it (DENY): nothing shared. Only the holder sees this status. */
  REFUSED_BY_LAW = 'REFUSED_BY_LAW',
  /** Declined by the holder (the requesting side also sees REFUSED_BY_LAW as DECLINED). */
  DECLINED = 'DECLINED',
}
registerEnumType(DeconflictionLeadRequestStatus, { name: 'DeconflictionLeadRequestStatus' });

@ObjectType('DeconflictionContact', { description: 'A contact one side of a case proposed to the other, with the message it typed' })
export class DeconflictionContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => DeconflictionSide, { description: 'The side that proposed it' })
  fromSide: DeconflictionSide;

  @Field(() => AgencyModel)
  fromAgency: AgencyModel;

  @Field()
  message: string;

  @Field({ description: 'UTC' })
  createdAt: Date;
}

@ObjectType('DeconflictionLeadRequest', {
  description:
    "The querying side's request for the holder's lead and the holder's decision. The requesting side sees the outcome, categories removed and reasons only once a share exists (SHARED); a request the law refused shows to it as DECLINED",
})
export class DeconflictionLeadRequestModel {
  @Field(() => ID)
  id: string;

  @Field(() => DeconflictionLeadRequestStatus)
  status: DeconflictionLeadRequestStatus;

  @Field(() => SharingPurpose)
  purpose: SharingPurpose;

  @Field({ description: 'Why the requesting side asks' })
  reason: string;

  @Field(() => AgencyModel, { description: 'The agency that asked (the querying side)' })
  requestingAgency: AgencyModel;

  @Field({ description: 'UTC' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'UTC; null while pending' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The holder's reason for its decision" })
  decisionReason: string | null;

  @Field(() => SharingOutcome, { nullable: true, description: 'The sharing decision at approval: ALLOW or ALLOW_REDACTED (shared), DENY (holder only)' })
  outcome: SharingOutcome | null;

  @Field(() => [DataCategory], { description: 'Categories the share removed' })
  redactedCategories: DataCategory[];

  @Field(() => [SharingReasonModel], { description: "The decision's reasons" })
  reasons: SharingReasonModel[];

  @Field(() => ID, { nullable: true, description: 'The lead shared, once SHARED (the requesting side may then open it)' })
  sharedLeadId: string | null;
}

@ObjectType('DeconflictionCase', { description: 'A hit between two agencies, as one side sees it: its own lead only, never the other side’s' })
export class DeconflictionCaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => DeconflictionSide)
  side: DeconflictionSide;

  @Field(() => SelectorKind)
  selectorKind: SelectorKind;

  @Field(() => AgencyModel, { description: 'The agency that asked' })
  queryingAgency: AgencyModel;

  @Field(() => AgencyModel, { description: 'The agency holding the selector' })
  holderAgency: AgencyModel;

  @Field(() => ID, { nullable: true, description: "Your agency's lead in the case: the holder's lead, or the lead the selector was recorded on (null for a query)" })
  ownLeadId: string | null;

  @Field(() => Int, { description: 'Hits counted in this case' })
  hits: number;

  @Field({ description: 'First hit (UTC)' })
  createdAt: Date;

  @Field({ description: 'Last hit (UTC)' })
  lastHitAt: Date;

  @Field({ description: 'True when the hit did not reveal the holder and the holder revealed itself by proposing contact' })
  holderDisclosed: boolean;

  @Field({ description: 'True when the querying side knows the holder: the hit revealed it, or the holder proposed contact. When false (holder side only), proposing contact reveals your agency to the querying side' })
  holderKnown: boolean;

  @Field(() => [DeconflictionContactModel], { description: 'Contacts proposed by either side, oldest first' })
  contacts: DeconflictionContactModel[];

  @Field(() => [DeconflictionLeadRequestModel], { description: "Requests for the holder's lead, newest first" })
  leadRequests: DeconflictionLeadRequestModel[];
}
