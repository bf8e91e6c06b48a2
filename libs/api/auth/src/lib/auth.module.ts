import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '@taskforce/api-agencies';
import { AppConfig } from '@taskforce/api-core';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionCheckService } from './session-check.service';
import { LoginFailureBudget } from './login-failure-budget';
import { PasskeyEntity, WebauthnChallengeEntity } from './passkey.entity';
import { PasskeyResolver } from './passkey.resolver';
import { PasskeyService } from './passkey.service';
import { LoginChallengeEntity, RecoveryCodeEntity, SecuritySettingsEntity } from './second-factor.entity';
import { SecondFactorResolver } from './second-factor.resolver';
import { SecondFactorService } from './second-factor.service';
import { SecondFactorVerificationService } from './second-factor-verification.service';
import { SessionCookies } from './session-cookies';
import { SessionEntity } from './session.entity';
import { TotpSecretCipher } from './totp-secret-cipher';
import { UserEntity } from './user.entity';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity, RecoveryCodeEntity, LoginChallengeEntity, SecuritySettingsEntity, PasskeyEntity, WebauthnChallengeEntity]),
    AgenciesModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // The HMAC key as a KeyObject made once: given the string, jsonwebtoken would parse it again on every request
      // (trying it as a public key first), about a twentieth of a board request's CPU.
      useFactory: (config: AppConfig) => {
        const key = createSecretKey(Buffer.from(config.JWT_SECRET as string, 'utf8'));
        return { secretOrKeyProvider: () => key };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: config.LOGIN_RATE_WINDOW_SECONDS * 1000, limit: config.LOGIN_RATE_LIMIT }],
      }),
    }),
  ],
  providers: [
    SessionCheckService,
    AuthService,
    SessionCookies,
    LoginFailureBudget,
    UserService,
    AuthResolver,
    UserResolver,
    TotpSecretCipher,
    SecondFactorService,
    SecondFactorVerificationService,
    SecondFactorResolver,
    PasskeyService,
    PasskeyResolver,
    { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, SessionCheckService, UserService, SecondFactorService, SecondFactorVerificationService, PasskeyService, SessionCookies],
})
export class AuthModule {}
