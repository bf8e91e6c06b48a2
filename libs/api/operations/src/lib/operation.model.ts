import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyModel } from '@taskforce/api-agencies';
import type { UserModel } from '@taskforce/api-auth';
import { FormOfExploitation, InvitationStatus, OperationAgencyRole, OperationEventAction, OperationStatus } from '@taskforce/domain';

registerEnumType(OperationStatus, { name: 'OperationStatus', description: 'PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED' });
registerEnumType(FormOfExploitation, { name: 'FormOfExploitation', description: 'Palermo Protocol art. 3(a) and common practice' });
registerEnumType(OperationAgencyRole, { name: 'OperationAgencyRole', description: 'PARTY (a member of the team under its agreement) or PARTICIPANT (international body, observer)' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED' });
registerEnumType(OperationEventAction, { name: 'OperationEventAction' });

@ObjectType('Operation', { description: 'A joint operation of the task force; visible to its participating agencies only' })
export class OperationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'What the joint operation is for (the purpose clause of its agreement)' })
  purpose: string | null;

  @Field(() => OperationStatus)
  status: OperationStatus;

  @Field(() => Int, { description: 'Optimistic-concurrency version; give it as expectedVersion when changing the operation' })
  version: number;

  @Field(() => String, { nullable: true, description: 'First day of the planned period, UTC date YYYY-MM-DD' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the planned period, UTC date YYYY-MM-DD' })
  endsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the agreement in the sharing law the operation is formed under' })
  legalBasisAgreementId: string | null;

  @Field(() => String, { nullable: true, description: 'Instrument and article cited as the legal basis' })
  legalBasisCitation: string | null;

  @Field(() => Date, { nullable: true, description: 'When (UTC) the closing evaluation was finalised' })
  evaluationFinalisedAt: Date | null;

  leadAgencyId: string;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes' })
  countries: string[];

  @Field(() => [FormOfExploitation])
  formsOfExploitation: FormOfExploitation[];

  @Field(() => Int, { description: 'Minutes the assignee agency has to acknowledge an urgent task before the coordinators are alerted' })
  escalationMinutes: number;

  @Field(() => Int, { description: "Days the operation keeps its evidence files' contents after upload (its coordinators set it: setOperationFileRetention)" })
  fileRetentionDays: number;

  @Field({ description: 'UTC' })
  createdAt: Date;
}

@ObjectType('OperationParticipant', { description: 'An agency taking part in a joint operation, with its role' })
export class OperationParticipantModel {
  @Field(() => AgencyModel)
  agency: AgencyModel;

  @Field(() => OperationAgencyRole)
  role: OperationAgencyRole;

  @Field({ description: 'True for the lead agency' })
  isLead: boolean;

  @Field({ description: 'When (UTC) the agency joined' })
  joinedAt: Date;
}

@ObjectType('OperationEvent', { description: 'One entry of a joint operation’s history: who did what, when (UTC), why' })
export class OperationEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => OperationEventAction)
  action: OperationEventAction;

  @Field(() => OperationStatus, { nullable: true })
  fromStatus: OperationStatus | null;

  @Field(() => OperationStatus, { nullable: true })
  toStatus: OperationStatus | null;

  @Field(() => String, { nullable: true, description: 'What changed, in words' })
  detail: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as given by the person who did it' })
  reason: string | null;

  @Field({ description: 'UTC' })
  at: Date;

  actorId: string | null;
  agencyId: string | null;

  /** Who acted and the agency the entry is about, when the reader loaded them with the entry (null: none). */
  loaded?: { actor: UserModel | null; agency: AgencyModel | null };
}
