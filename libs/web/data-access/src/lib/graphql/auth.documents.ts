import { graphql, type ResultOf } from './schema-types';

/**
 * Signs in with email and password; UNAUTHENTICATED for bad credentials, TOO_MANY_REQUESTS when rate-limited. The
 * Apollo link sends `X-Taskforce-Session: cookie`, so the session goes into HttpOnly cookies and no token is asked
 * for. The answer is a session (`accessTokenExpiresAt` and `user`) or, with a second factor set, no session yet:
 * `secondFactorRequired`, the person's `secondFactorMethods`, `passkeyOptions` (WebAuthn request options as JSON, when
 * they have a passkey) and a `challengeToken` for LOGIN_SECOND_FACTOR_MUTATION.
 */
export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      secondFactorRequired
      secondFactorMethods
      passkeyOptions
      challengeToken
      challengeExpiresAt
      secondFactorEnrolmentRequired
      accessTokenExpiresAt
      user {
        ...ViewerFields
      }
    }
  }
`);

/**
 * Rotates the session's tokens through the refresh cookie (no argument: the server reads the HttpOnly cookie and sets
 * new ones). Sent with plain `fetch` (see refresh-session.ts), outside the Apollo link chain, so a failing refresh
 * never loops back into the refresh logic.
 */
export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession {
    refreshSession {
      accessTokenExpiresAt
      user {
        ...ViewerFields
      }
    }
  }
`);

/**
 * A session as `loginSecondFactor` and `refreshSession` open it for the web client. Its tokens live in HttpOnly cookies
 * the page's script never sees, so it asks for none: only when the access token expires (ISO 8601, UTC) and who signed
 * in.
 */
export type AuthPayload = ResultOf<typeof REFRESH_SESSION_MUTATION>['refreshSession'];

/** Ends this session on the server (and its sockets). */
export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);

/** The signed-in person, fresh from the server. */
export const ME_QUERY = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

/**
 * Stores the language the signed-in person chose (en, fr, es or ar) and answers with the person, so the cached `me`
 * follows. BAD_USER_INPUT with the field `language` for any other value.
 */
export const SET_MY_LANGUAGE_MUTATION = graphql(`
  mutation SetMyLanguage($input: SetMyLanguageInput!) {
    setMyLanguage(input: $input) {
      ...ViewerFields
    }
  }
`);

/** Operation names that work without a token: an UNAUTHENTICATED answer to them is final, never refreshed. */
export const PUBLIC_OPERATION_NAMES: ReadonlySet<string> = new Set(['Login', 'LoginSecondFactor', 'RefreshSession']);
