import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public } from '@taskforce/api-core';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { AuthPayloadModel } from './user.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Mutation(() => AuthPayloadModel, { description: 'Signs in; UNAUTHENTICATED on wrong credentials, TOO_MANY_REQUESTS when rate-limited' })
  login(@Args('input') input: LoginInput): Promise<AuthPayloadModel> {
    return this.auth.login(input.email, input.password);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'New tokens for a refresh token (rotated); UNAUTHENTICATED when it is no longer valid' })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends this session and disconnects its sockets' })
  logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.logout(user);
  }
}
