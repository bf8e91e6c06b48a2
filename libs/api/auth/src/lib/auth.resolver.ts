import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, COST, cost, CurrentUser, Public } from '@taskforce/api-core';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { LoginResultModel } from './second-factor.model';
import { AuthPayloadModel } from './user.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Mutation(() => LoginResultModel, {
    complexity: cost(COST.PASSWORD_CHECK),
    description:
      'Signs in, or (second factor set) answers secondFactorRequired with a challenge for loginSecondFactor; UNAUTHENTICATED on wrong credentials, TOO_MANY_REQUESTS (extensions.retryAfterSeconds) when the e-mail, client address or overall login budget is spent',
  })
  login(@Args('input') input: LoginInput, @Context('req') req: { ip?: string } | undefined): Promise<LoginResultModel> {
    return this.auth.login(input.email, input.password, req?.ip ?? null);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { complexity: cost(COST.READ + COST.LIGHT_WRITE), description: 'New tokens for a refresh token (rotated); UNAUTHENTICATED when it is no longer valid' })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { complexity: cost(COST.LIGHT_WRITE), description: 'Ends this session and disconnects its sockets' })
  logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.logout(user);
  }
}
