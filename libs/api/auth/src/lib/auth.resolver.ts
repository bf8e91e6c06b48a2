import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AppError, AuthUser, COST, cost, CurrentUser, ErrorCode, Public, unauthenticated } from '@taskforce/api-core';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.inputs';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { LoginResultModel } from './second-factor.model';
import { CookieResponse, RequestHeaders, SessionCookies } from './session-cookies';
import { AuthPayloadModel } from './user.model';

/** The GraphQL context this resolver reads: the Express request and response. */
export interface HttpContext {
  req?: { ip?: string; headers: RequestHeaders };
  res?: CookieResponse;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Mutation(() => LoginResultModel, {
    complexity: cost(COST.PASSWORD_CHECK),
    description:
      'Signs in, or (second factor set) answers secondFactorRequired with a challenge for loginSecondFactor; UNAUTHENTICATED on wrong credentials, TOO_MANY_REQUESTS (extensions.retryAfterSeconds) when the e-mail, client address or overall login budget is spent. With the header X-Taskforce-Session: cookie the session goes into HttpOnly cookies and the tokens are null',
  })
  async login(@Args('input') input: LoginInput, @Context() ctx: HttpContext): Promise<LoginResultModel> {
    const { session, ...outcome } = await this.auth.login(input.email, input.password, ctx.req?.ip ?? null);
    if (!session) return { ...outcome, accessToken: null, refreshToken: null, accessTokenExpiresAt: null, user: null };
    return { ...outcome, ...this.cookies.deliver(ctx.res, this.cookieSession(ctx), session) };
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    complexity: cost(COST.READ + COST.LIGHT_WRITE),
    description:
      'New tokens for a refresh token (rotated); UNAUTHENTICATED when it is no longer valid (reason SESSION_IDLE when the session idled out). Without the argument, the refresh cookie is used (needs X-CSRF-Token) and the new session goes into the cookies',
  })
  async refreshSession(@Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null | undefined, @Context() ctx: HttpContext): Promise<AuthPayloadModel> {
    if (typeof refreshToken === 'string') return this.cookies.deliver(ctx.res, false, await this.auth.refresh(refreshToken));
    const headers = ctx.req?.headers ?? {};
    const cookie = this.cookies.read(headers).refresh;
    const sessionId = cookie ? await this.auth.sessionIdOfRefreshToken(cookie) : null;
    if (!cookie || !sessionId) {
      if (ctx.res && cookie) this.cookies.clear(ctx.res);
      throw unauthenticated();
    }
    // Nothing is written (not even the end of a session whose rotated-away token came back) before the CSRF check.
    this.cookies.assertSameSiteProof(headers, sessionId, this.cookies.csrfHeader(headers));
    try {
      return this.cookies.deliver(ctx.res, true, await this.auth.refresh(cookie));
    } catch (error) {
      // The refresh cookie is worth nothing any more: delete the session cookies with the refusal.
      if (ctx.res && error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) this.cookies.clear(ctx.res);
      throw error;
    }
  }

  @Mutation(() => Boolean, { complexity: cost(COST.LIGHT_WRITE), description: 'Ends this session and disconnects its sockets; deletes the session cookies' })
  async logout(@CurrentUser() user: AuthUser, @Context() ctx: HttpContext): Promise<boolean> {
    const done = await this.auth.logout(user);
    if (ctx.res) this.cookies.clear(ctx.res);
    return done;
  }

  private cookieSession(ctx: HttpContext): boolean {
    return !!ctx.req && this.cookies.wantsCookieSession(ctx.req.headers);
  }
}
