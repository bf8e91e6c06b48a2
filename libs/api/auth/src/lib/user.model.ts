import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@taskforce/domain';

registerEnumType(Role, { name: 'Role', description: 'What a person may do within their agency' });

@ObjectType('User', { description: 'A person of one agency' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [Role])
  roles: Role[];

  /** Resolved by a field resolver from agencyId. */
  agencyId: string;

  @Field({ description: 'True when the account is disabled' })
  disabled: boolean;
}

@ObjectType('AuthPayload', { description: 'Tokens of a new or refreshed session' })
export class AuthPayloadModel {
  @Field({ description: 'JWT for `Authorization: Bearer`; short-lived' })
  accessToken: string;

  @Field({ description: 'Opaque token for refreshSession; rotated on every use' })
  refreshToken: string;

  @Field({ description: 'When the access token expires (UTC)' })
  accessTokenExpiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
