import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '@taskforce/api-agencies';
import { InvitationStatus, OperationAgencyRole, OperationStatus } from '@taskforce/domain';

@ObjectType('InvitedOperation', {
  description: 'What an invited agency may know of a joint operation before it accepts: name, purpose, lead agency, period — nothing of its tasks, leads or people',
})
export class InvitedOperationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  purpose: string | null;

  @Field(() => OperationStatus)
  status: OperationStatus;

  @Field(() => String, { nullable: true, description: 'UTC date YYYY-MM-DD' })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'UTC date YYYY-MM-DD' })
  endsOn: string | null;

  @Field(() => AgencyModel)
  leadAgency: AgencyModel;
}

@ObjectType('OperationInvitation', { description: 'An invitation to an agency to join a joint operation, which the agency accepts or declines' })
export class OperationInvitationModel {
  @Field(() => ID)
  id: string;

  @Field(() => InvitationStatus, { description: 'A pending invitation past expiresAt reads EXPIRED' })
  status: InvitationStatus;

  @Field(() => OperationAgencyRole)
  role: OperationAgencyRole;

  @Field(() => String, { nullable: true })
  message: string | null;

  @Field(() => InvitedOperationModel)
  operation: InvitedOperationModel;

  @Field(() => AgencyModel, { description: 'The invited agency' })
  agency: AgencyModel;

  @Field({ description: 'Name and agency of who invited, e.g. "Anna de Vries (NL-POL)"' })
  invitedBy: string;

  @Field({ description: 'UTC' })
  createdAt: Date;

  @Field({ description: 'UTC; 14 days after it was sent' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'UTC' })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Name and agency of who answered' })
  respondedBy: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined or withdrawn' })
  responseReason: string | null;

  @Field(() => Int, {
    description:
      'How many enabled people of the invited agency can answer (its coordinators and agency admins). 0: nobody can until a platform admin or the agency gives someone one of those roles',
  })
  answerers: number;
}
