import { graphql, type ResultOf } from './schema-types';

/**
 * Second step of sign-in (public): a TOTP code, a recovery code or a passkey's answer (JSON) for the challenge `login`
 * answered; opens the session in cookies (the Apollo link asks for a cookie session). UNAUTHENTICATED for a wrong,
 * reused or expired code, answer or challenge alike.
 */
export const LOGIN_SECOND_FACTOR_MUTATION = graphql(`
  mutation LoginSecondFactor($input: LoginSecondFactorInput!) {
    loginSecondFactor(input: $input) {
      accessTokenExpiresAt
      user {
        ...ViewerFields
      }
    }
  }
`);

/** The signed-in person's second factors: TOTP and passkeys. */
export const MY_SECOND_FACTOR_QUERY = graphql(`
  query MySecondFactor {
    mySecondFactor {
      enabled
      totpEnabled
      passkeys {
        id
        name
        createdAt
        lastUsedAt
        transports
      }
      enabledAt
      enrolmentRequired
      requiredByAgency
      requiredForAdmins
      recoveryCodesLeft
    }
  }
`);

/**
 * The signed-in person's second factors: `enabled` when TOTP or at least one passkey is set; times ISO 8601 UTC; whether
 * one is required of them (by their agency, or of every admin) and how many recovery codes are left.
 */
export type SecondFactorStatus = ResultOf<typeof MY_SECOND_FACTOR_QUERY>['mySecondFactor'];

/** A new TOTP secret to add to an authenticator app (asks for a step-up when the last one is older than 5 minutes). */
export const BEGIN_TOTP_ENROLMENT_MUTATION = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

/** A new TOTP secret: the secret itself, its `otpauth://` URI and the same as a QR code (SVG markup). */
export type TotpEnrolment = ResultOf<typeof BEGIN_TOTP_ENROLMENT_MUTATION>['beginTotpEnrolment'];

/** Turns the factor on with a code of the new secret; answers the 10 recovery codes, this once. */
export const CONFIRM_TOTP_ENROLMENT_MUTATION = graphql(`
  mutation ConfirmTotpEnrolment($code: String!) {
    confirmTotpEnrolment(code: $code)
  }
`);

/** Turns the factor off with the password and a TOTP or recovery code. */
export const DISABLE_TOTP_MUTATION = graphql(`
  mutation DisableTotp($input: DisableTotpInput!) {
    disableTotp(input: $input)
  }
`);

/**
 * Step-up: the password, a TOTP code, a recovery code or a passkey's answer (JSON, for beginPasskeyReauthentication)
 * again; sensitive actions are then allowed for 5 minutes.
 */
export const REAUTHENTICATE_MUTATION = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input) {
      reauthenticatedAt
      validUntil
    }
  }
`);

export { classifySecret } from '../session/classify-secret';

/** Agency admins: require (or stop requiring) a second factor of everyone in their agency. Step-up action. */
export const SET_AGENCY_SECOND_FACTOR_REQUIRED_MUTATION = graphql(`
  mutation SetAgencySecondFactorRequired($required: Boolean!) {
    setAgencySecondFactorRequired(required: $required)
  }
`);

/** Platform admins: require (or stop requiring) a second factor of every admin. Step-up action. */
export const SET_ADMIN_SECOND_FACTOR_REQUIRED_MUTATION = graphql(`
  mutation SetAdminSecondFactorRequired($required: Boolean!) {
    setAdminSecondFactorRequired(required: $required)
  }
`);

/** Whether the signed-in person has a passkey (for the step-up dialog's "Use a passkey"). */
export const MY_PASSKEYS_QUERY = graphql(`
  query MyPasskeys {
    mySecondFactor {
      passkeys {
        id
      }
    }
  }
`);

/** Starts adding a passkey: creation options (JSON) with a challenge for this session. Asks for a step-up when due. */
export const BEGIN_PASSKEY_REGISTRATION_MUTATION = graphql(`
  mutation BeginPasskeyRegistration {
    beginPasskeyRegistration {
      optionsJson
      expiresAt
    }
  }
`);

/** Stores the passkey the browser made (its answer as JSON) under a name. BAD_USER_INPUT naming name or response. */
export const FINISH_PASSKEY_REGISTRATION_MUTATION = graphql(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      id
      name
      createdAt
      lastUsedAt
      transports
    }
  }
`);

/** Removes one of the person's passkeys (step-up action; refused for the last factor while one is required). */
export const REMOVE_PASSKEY_MUTATION = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id)
  }
`);

/** Starts a step-up with a passkey: request options (JSON) with a challenge for this session. */
export const BEGIN_PASSKEY_REAUTHENTICATION_MUTATION = graphql(`
  mutation BeginPasskeyReauthentication {
    beginPasskeyReauthentication {
      optionsJson
      expiresAt
    }
  }
`);
