import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

/** The ways a person can give the second step of sign-in. */
export enum SecondFactorMethod {
  /** A 6-digit code from an authenticator app (RFC 6238). */
  TOTP = 'TOTP',
  /** One of the single-use recovery codes issued with TOTP. */
  RECOVERY_CODE = 'RECOVERY_CODE',
  /** A passkey (WebAuthn assertion). */
  PASSKEY = 'PASSKEY',
}
registerEnumType(SecondFactorMethod, { name: 'SecondFactorMethod', description: 'A way to give the second step of sign-in or a step-up' });

@ObjectType('Passkey', { description: 'A passkey (WebAuthn credential) the caller registered as a second factor' })
export class PasskeyModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the person called it (1–60 characters)' })
  name: string;

  @Field({ description: 'When it was registered (UTC)' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last sign-in or step-up with it (UTC); null when not used since registration' })
  lastUsedAt: Date | null;

  @Field(() => [String], { description: 'How the browser reaches the authenticator, as it reported at registration (internal, usb, nfc, ble, hybrid…)' })
  transports: string[];

  @Field({ description: 'True when the authenticator said the passkey is backed up (synced between devices)' })
  backedUp: boolean;
}

@ObjectType('PasskeyChallenge', { description: 'WebAuthn options with a new single-use challenge, for the browser' })
export class PasskeyChallengeModel {
  @Field({
    description:
      "The options as JSON: PublicKeyCredentialCreationOptionsJSON (registration) or PublicKeyCredentialRequestOptionsJSON (step-up), W3C WebAuthn Level 3 §5.4/§5.5 — what @simplewebauthn/browser's startRegistration / startAuthentication take as optionsJSON",
  })
  optionsJson: string;

  @Field({ description: 'Until when the challenge may be answered (UTC; 300 seconds)' })
  expiresAt: Date;
}
