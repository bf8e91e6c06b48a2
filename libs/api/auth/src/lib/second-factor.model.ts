import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PasskeyModel, SecondFactorMethod } from './passkey.model';
import { UserModel } from './user.model';

@ObjectType('LoginResult', {
  description:
    'The answer to login: either a session (accessToken, refreshToken, user) or, for a person with a second factor, secondFactorRequired with a challengeToken for loginSecondFactor (and no session)',
})
export class LoginResultModel {
  @Field({ description: 'True when the password was right and a second factor (TOTP code, recovery code or passkey) is now expected (loginSecondFactor); no session was opened' })
  secondFactorRequired: boolean;

  @Field(() => [SecondFactorMethod], { description: 'While a second factor is expected: the ones the person has (TOTP, RECOVERY_CODE, PASSKEY); empty otherwise' })
  secondFactorMethods: SecondFactorMethod[];

  @Field(() => String, {
    nullable: true,
    description:
      "While a second factor is expected and the person has a passkey: PublicKeyCredentialRequestOptionsJSON (W3C WebAuthn Level 3 §5.5) as JSON, naming their passkeys, with a challenge that lives and dies with challengeToken — what @simplewebauthn/browser's startAuthentication takes as optionsJSON; null otherwise",
  })
  passkeyOptions: string | null;

  @Field(() => String, { nullable: true, description: 'Single-use token for loginSecondFactor, bound to the person; null when a session was opened' })
  challengeToken: string | null;

  @Field(() => Date, { nullable: true, description: 'When the challenge token expires (UTC; 300 seconds after login)' })
  challengeExpiresAt: Date | null;

  @Field(() => String, { nullable: true, description: 'JWT for `Authorization: Bearer`; null while a second factor is expected, and for a cookie session (X-Taskforce-Session: cookie)' })
  accessToken: string | null;

  @Field(() => String, { nullable: true, description: 'Opaque token for refreshSession; null while a second factor is expected, and for a cookie session' })
  refreshToken: string | null;

  @Field(() => Date, { nullable: true, description: 'When the access token expires (UTC)' })
  accessTokenExpiresAt: Date | null;

  @Field(() => UserModel, { nullable: true })
  user: UserModel | null;

  @Field({ description: 'True when the person must set up a second factor (their agency or admin role requires one) before admin and step-up actions' })
  secondFactorEnrolmentRequired: boolean;
}

@ObjectType('Reauthentication', { description: 'A step-up recorded on the session' })
export class ReauthenticationModel {
  @Field({ description: 'When (UTC)' })
  reauthenticatedAt: Date;

  @Field({ description: 'Until when sensitive actions are allowed without asking again (UTC; 300 seconds later)' })
  validUntil: Date;
}

@ObjectType('TotpEnrolment', { description: 'A new TOTP secret to add to an authenticator app; confirmTotpEnrolment turns it on' })
export class TotpEnrolmentModel {
  @Field({ description: 'The secret in base32, to type in by hand' })
  secret: string;

  @Field({ description: 'otpauth://totp/… URI (SHA1, 6 digits, 30 s)' })
  otpauthUri: string;

  @Field({ description: 'The URI as a QR code (SVG document)' })
  qrCodeSvg: string;
}

@ObjectType('SecondFactorStatus', { description: "The caller's second factor" })
export class SecondFactorStatusModel {
  @Field({ description: 'True when the caller has a second factor: TOTP or at least one passkey' })
  enabled: boolean;

  @Field({ description: 'True when TOTP (an authenticator app) is on' })
  totpEnabled: boolean;

  @Field(() => Date, { nullable: true, description: 'When TOTP was turned on (UTC); null when it is off' })
  enabledAt: Date | null;

  @Field(() => [PasskeyModel], { description: "The caller's passkeys, oldest first" })
  passkeys: PasskeyModel[];

  @Field({ description: 'True when the caller must set one up before admin and step-up actions' })
  enrolmentRequired: boolean;

  @Field({ description: "The caller's agency requires a second factor of its people" })
  requiredByAgency: boolean;

  @Field({ description: 'The caller is an admin and admins must have a second factor' })
  requiredForAdmins: boolean;

  @Field(() => Int, { description: 'Unused recovery codes (issued with TOTP; 0 without it)' })
  recoveryCodesLeft: number;

  @Field(() => Date, { nullable: true, description: "This session's last sign-in or reauthenticate (UTC)" })
  reauthenticatedAt: Date | null;
}
