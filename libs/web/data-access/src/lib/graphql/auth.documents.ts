import { gql, type TypedDocumentNode } from '@apollo/client';
import { VIEWER_FIELDS } from './fragments';
import type { LoginResult, Viewer } from './types';

/**
 * Signs in with email and password; UNAUTHENTICATED for bad credentials, TOO_MANY_REQUESTS when rate-limited. The
 * Apollo link sends `X-Taskforce-Session: cookie`, so the session goes into HttpOnly cookies and no token is asked
 * for. With a second factor set, no session yet: `secondFactorRequired` and a challenge for
 * LOGIN_SECOND_FACTOR_MUTATION.
 */
export const LOGIN_MUTATION: TypedDocumentNode<
  { login: LoginResult },
  { input: { email: string; password: string } }
> = gql`
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
  ${VIEWER_FIELDS}
`;

/**
 * Rotates the session's tokens through the refresh cookie (no argument: the server reads the HttpOnly cookie and sets
 * new ones). Sent with plain `fetch` (see refresh-session.ts), outside the Apollo link chain, so a failing refresh
 * never loops back into the refresh logic.
 */
export const REFRESH_SESSION_SOURCE = `
  mutation RefreshSession {
    refreshSession {
      accessTokenExpiresAt
      user { id email displayName roles agency { id name acronym kind country countryName } }
    }
  }
`;

/** Ends this session on the server (and its sockets). */
export const LOGOUT_MUTATION: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

/** The signed-in person, fresh from the server. */
export const ME_QUERY: TypedDocumentNode<{ me: Viewer }, Record<string, never>> = gql`
  query Me {
    me {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

/** Operation names that work without a token: an UNAUTHENTICATED answer to them is final, never refreshed. */
export const PUBLIC_OPERATION_NAMES: ReadonlySet<string> = new Set(['Login', 'LoginSecondFactor', 'RefreshSession']);
