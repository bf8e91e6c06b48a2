import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgencyModel } from '@taskforce/api-agencies';
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

  /** The person's agency when the reader loaded it with the person (a board page): `agency` is then answered from it. */
  loadedAgency?: AgencyModel;

  @Field({ description: 'True when the account is disabled' })
  disabled: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The language the person chose for the web client: en, fr, es or ar (BCP 47); null until chosen (the client then follows the browser)',
  })
  language: string | null;
}

@ObjectType('AuthPayload', {
  description: 'A new or refreshed session: its tokens in the answer (API clients), or in cookies for a cookie session (web client; the tokens are then null)',
})
export class AuthPayloadModel {
  @Field(() => String, { nullable: true, description: 'JWT for `Authorization: Bearer`; short-lived. Null for a cookie session (it is in the HttpOnly access cookie)' })
  accessToken: string | null;

  @Field(() => String, { nullable: true, description: 'Opaque token for refreshSession; rotated on every use. Null for a cookie session (it is in the HttpOnly refresh cookie)' })
  refreshToken: string | null;

  @Field({ description: 'When the access token expires (UTC)' })
  accessTokenExpiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
