import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser } from '@taskforce/api-core';
import { PasskeyEntity } from './passkey.entity';
import { PasskeyChallengeModel, PasskeyModel } from './passkey.model';
import { FinishPasskeyRegistrationInput } from './dto/passkey.inputs';
import { PasskeyService } from './passkey.service';
import { SecondFactorService } from './second-factor.service';

/** The GraphQL form of a stored passkey (never its key or counter). */
export function toPasskeyModel(p: PasskeyEntity): PasskeyModel {
  return { id: p.id, name: p.name, createdAt: p.createdAt, lastUsedAt: p.lastUsedAt, transports: p.transports, backedUp: p.backedUp };
}

/** Passkeys (WebAuthn) of the signed-in person: registration, removal, and the challenge of a passkey step-up. */
@Resolver()
export class PasskeyResolver {
  constructor(
    private readonly passkeys: PasskeyService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  @Mutation(() => PasskeyChallengeModel, {
    complexity: cost(COST.WRITE),
    description:
      'Starts adding a passkey: creation options (JSON) with a single-use challenge bound to this session, valid 300 seconds, for finishPasskeyRegistration. REAUTHENTICATION_REQUIRED when the password or a factor was not given in the last 5 minutes; FAILED_PRECONDITION at 20 passkeys',
  })
  beginPasskeyRegistration(@CurrentUser() user: AuthUser): Promise<PasskeyChallengeModel> {
    return this.passkeys.beginRegistration(user);
  }

  @Mutation(() => PasskeyModel, {
    complexity: cost(COST.PASSWORD_CHECK + COST.WRITE),
    description:
      "Stores the passkey the authenticator made for beginPasskeyRegistration's options, under a name; it counts as a second factor at once. BAD_USER_INPUT naming name, or response (not a registration's JSON, no live registration of this session, not verifiable for this site, registered already)",
  })
  async finishPasskeyRegistration(@CurrentUser() user: AuthUser, @Args('input') input: FinishPasskeyRegistrationInput): Promise<PasskeyModel> {
    return toPasskeyModel(await this.passkeys.finishRegistration(user, input.name, input.response));
  }

  @Mutation(() => Boolean, {
    complexity: cost(COST.WRITE),
    description:
      "Removes one of the caller's passkeys. REAUTHENTICATION_REQUIRED as beginPasskeyRegistration; NOT_FOUND for unknown and other people's ids alike; FAILED_PRECONDITION when it is the last second factor and the agency or role requires one",
  })
  removePasskey(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.secondFactor.removePasskey(user, id);
  }

  @Mutation(() => PasskeyChallengeModel, {
    complexity: cost(COST.WRITE),
    description:
      "Starts a step-up with a passkey: request options (JSON) naming the caller's passkeys, with a single-use challenge bound to this session (300 seconds), answered through reauthenticate(passkeyResponse). FAILED_PRECONDITION without a passkey",
  })
  beginPasskeyReauthentication(@CurrentUser() user: AuthUser): Promise<PasskeyChallengeModel> {
    return this.passkeys.beginReauthentication(user);
  }
}
