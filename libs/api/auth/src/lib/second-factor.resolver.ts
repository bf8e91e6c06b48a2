import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, Public, RequireRecentAuthentication, RequireRoles } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { AuthService } from './auth.service';
import type { HttpContext } from './auth.resolver';
import { SessionCookies } from './session-cookies';
import { SecondFactorService } from './second-factor.service';
import { SecondFactorVerificationService } from './second-factor-verification.service';
import { ReauthenticationModel, SecondFactorStatusModel, TotpEnrolmentModel } from './second-factor.model';
import { DisableTotpInput, LoginSecondFactorInput, ReauthenticateInput } from './dto/second-factor.inputs';
import { toPasskeyModel } from './passkey.resolver';
import { AuthPayloadModel } from './user.model';

type Req = { ip?: string } | undefined;

/** Second factor (TOTP and recovery codes), the second step of sign-in, step-up, and who must have a factor. */
@Resolver()
export class SecondFactorResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly secondFactor: SecondFactorService,
    private readonly verification: SecondFactorVerificationService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, {
    complexity: cost(COST.PASSWORD_CHECK),
    description:
      'Second step of sign-in: a TOTP code, a recovery code or a passkey assertion for the challenge token from login; opens the session. UNAUTHENTICATED for a wrong, reused or expired code, assertion or challenge alike; BAD_USER_INPUT naming passkeyResponse when it is not an assertion\'s JSON; TOO_MANY_REQUESTS as login. With the header X-Taskforce-Session: cookie the session goes into HttpOnly cookies and the tokens are null',
  })
  async loginSecondFactor(@Args('input') input: LoginSecondFactorInput, @Context() ctx: HttpContext): Promise<AuthPayloadModel> {
    const session = await this.auth.loginSecondFactor(input.challengeToken, input, ctx.req?.ip ?? null);
    const cookieSession = !!ctx.req && this.cookies.wantsCookieSession(ctx.req.headers);
    return this.cookies.deliver(ctx.res, cookieSession, session);
  }

  @Query(() => SecondFactorStatusModel, { complexity: cost(COST.READ), description: "The caller's second factors: TOTP on or off, their passkeys, whether they must set one up, recovery codes left" })
  async mySecondFactor(@CurrentUser() user: AuthUser): Promise<SecondFactorStatusModel> {
    const state = await this.secondFactor.state(user);
    return { ...state, passkeys: state.passkeys.map(toPasskeyModel) };
  }

  @Mutation(() => TotpEnrolmentModel, {
    complexity: cost(COST.WRITE),
    description: 'A new TOTP secret (URI, QR code) to confirm with confirmTotpEnrolment; REAUTHENTICATION_REQUIRED when the password or a code was not given in the last 5 minutes',
  })
  beginTotpEnrolment(@CurrentUser() user: AuthUser): Promise<TotpEnrolmentModel> {
    return this.secondFactor.begin(user);
  }

  @Mutation(() => [String], {
    complexity: cost(COST.WRITE),
    description: 'Turns the second factor on with a code of the new secret and returns 10 single-use recovery codes, shown this once. BAD_USER_INPUT naming code when it does not match',
  })
  confirmTotpEnrolment(@CurrentUser() user: AuthUser, @Args('code') code: string): Promise<string[]> {
    return this.secondFactor.confirm(user, code);
  }

  @Mutation(() => Boolean, {
    complexity: cost(COST.PASSWORD_CHECK + COST.WRITE),
    description: 'Turns TOTP off (password and a TOTP or recovery code); passkeys stay. UNAUTHENTICATED when either is wrong; FAILED_PRECONDITION when it is the last second factor and the agency or role requires one',
  })
  disableTotp(@CurrentUser() user: AuthUser, @Args('input') input: DisableTotpInput, @Context('req') req: Req): Promise<boolean> {
    const isRecovery = !/^\s*\d{6}\s*$/.test(input.code);
    return this.secondFactor.disable(user, input.password, isRecovery ? { recoveryCode: input.code } : { code: input.code }, req?.ip ?? null);
  }

  @Mutation(() => ReauthenticationModel, {
    complexity: cost(COST.PASSWORD_CHECK),
    description:
      'Step-up: the password, a TOTP/recovery code or a passkey assertion (for beginPasskeyReauthentication) again; sensitive actions are then allowed for 5 minutes. UNAUTHENTICATED when wrong; BAD_USER_INPUT naming passkeyResponse when it is not an assertion\'s JSON; TOO_MANY_REQUESTS as login',
  })
  reauthenticate(@CurrentUser() user: AuthUser, @Args('input') input: ReauthenticateInput, @Context('req') req: Req): Promise<ReauthenticationModel> {
    return this.verification.reauthenticate(user, input, req?.ip ?? null);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.AGENCY_ADMIN, "Only the agency's admins require a second factor of its people")
  @Mutation(() => Boolean, {
    complexity: cost(COST.WRITE),
    description: "Requires (or stops requiring) a second factor of every person of the caller's agency (agency admins; FORBIDDEN otherwise). Step-up action",
  })
  setAgencySecondFactorRequired(@CurrentUser() user: AuthUser, @Args('required') required: boolean): Promise<boolean> {
    return this.secondFactor.setAgencyRequired(user, required);
  }

  @RequireRecentAuthentication()
  @RequireRoles(Role.PLATFORM_ADMIN, 'Only platform admins require a second factor of admins')
  @Mutation(() => Boolean, {
    complexity: cost(COST.WRITE),
    description: 'Requires (or stops requiring) a second factor of every agency admin and platform admin (platform admins; FORBIDDEN otherwise). Step-up action',
  })
  setAdminSecondFactorRequired(@CurrentUser() user: AuthUser, @Args('required') required: boolean): Promise<boolean> {
    return this.secondFactor.setAdminsRequired(user, required);
  }
}
