import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '@taskforce/api-agencies';
import { Role } from '@taskforce/domain';

@ObjectType('Person', { description: "A person of an agency as the agency's admins see them" })
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Lower-case e-mail address (the sign-in name)' })
  email: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  @Field({ description: 'True when the account is disabled (no sign-in, no session)' })
  disabled: boolean;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in (UTC); null when never signed in' })
  lastSignInAt: Date | null;

  @Field({ description: 'False until an invited person has set a password with their one-time link' })
  hasPassword: boolean;

  @Field(() => ID)
  agencyId: string;
}

@ObjectType('OneTimeLinkPayload', { description: 'A person and the one-time link that lets them set a password' })
export class OneTimeLinkPayloadModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field({ description: 'Path with the token, `/set-password?token=…`, to prefix with the web address and hand to the person; shown once' })
  link: string;

  @Field({ description: 'When the link stops working (UTC): 72 hours after it was made' })
  expiresAt: Date;
}

@ObjectType('CreateAgencyPayload', { description: 'A new agency and its first agency admin with their one-time link' })
export class CreateAgencyPayloadModel {
  @Field(() => AgencyModel)
  agency: AgencyModel;

  @Field(() => OneTimeLinkPayloadModel)
  firstAdmin: OneTimeLinkPayloadModel;
}
