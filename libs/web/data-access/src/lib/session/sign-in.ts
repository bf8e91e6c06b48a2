import type {
  LoginMutation,
  LoginMutationVariables,
  LoginSecondFactorMutation,
  LoginSecondFactorMutationVariables,
} from '../graphql/generated/graphql';
import { sessionHeaders } from './session-headers';

// The sign-in screen sends its two requests with plain fetch, not through Apollo Client: the login page then loads
// neither the GraphQL client, nor its cache, nor the generated documents of every other screen (one module, which
// would come whole). The two documents are kept here as text; a unit test (__tests__/sign-in.spec.ts) requires them to
// be the very documents codegen generated from LOGIN_MUTATION and LOGIN_SECOND_FACTOR_MUTATION, whose types they use.

const VIEWER_FRAGMENTS =
  'fragment AgencyFields on Agency { id name acronym kind country } ' +
  'fragment ViewerFields on User { id email displayName roles language agency { ...AgencyFields } }';

/** The text of LOGIN_MUTATION (auth.documents.ts), sent by `requestLogin`. */
export const LOGIN_REQUEST =
  'mutation Login($input: LoginInput!) { login(input: $input) { secondFactorRequired secondFactorMethods passkeyOptions ' +
  `challengeToken challengeExpiresAt secondFactorEnrolmentRequired accessTokenExpiresAt user { ...ViewerFields } } } ${VIEWER_FRAGMENTS}`;

/** The text of LOGIN_SECOND_FACTOR_MUTATION (second-factor.documents.ts), sent by `requestLoginSecondFactor`. */
export const LOGIN_SECOND_FACTOR_REQUEST =
  'mutation LoginSecondFactor($input: LoginSecondFactorInput!) { loginSecondFactor(input: $input) { accessTokenExpiresAt ' +
  `user { ...ViewerFields } } } ${VIEWER_FRAGMENTS}`;

/** A refused sign-in step: the API's message and `extensions.code` (e.g. UNAUTHENTICATED, TOO_MANY_REQUESTS), if any. */
export class SignInError extends Error {
  constructor(
    message: string,
    /** The first GraphQL error's `extensions.code`; UNAUTHENTICATED for an HTTP 401 without a GraphQL body. */
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

interface GraphqlAnswer<R> {
  data?: R | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
}

async function send<R, V>(query: string, operationName: string, variables: V): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...sessionHeaders() },
    body: JSON.stringify({ operationName, query, variables }),
  });
  let answer: GraphqlAnswer<R>;
  try {
    answer = (await response.json()) as GraphqlAnswer<R>;
  } catch {
    throw new SignInError(`The API answered HTTP ${response.status}`, response.status === 401 ? 'UNAUTHENTICATED' : undefined);
  }
  const error = answer.errors?.[0];
  if (error) throw new SignInError(error.message ?? 'Sign-in failed', typeof error.extensions?.code === 'string' ? error.extensions.code : undefined);
  if (!answer.data) throw new SignInError(`The API answered HTTP ${response.status} without data`, undefined);
  return answer.data;
}

/**
 * `login` with email and password, asking for a cookie session (the API sets the HttpOnly cookies). Resolves with the
 * answer: a session (`accessTokenExpiresAt`, `user`) or a second-factor challenge. Rejects with SignInError when the
 * API refuses (UNAUTHENTICATED, TOO_MANY_REQUESTS, …) and with fetch's TypeError when the API cannot be reached.
 */
export async function requestLogin(input: LoginMutationVariables['input']): Promise<LoginMutation['login']> {
  return (await send<LoginMutation, LoginMutationVariables>(LOGIN_REQUEST, 'Login', { input })).login;
}

/**
 * `loginSecondFactor`: a TOTP code, a recovery code or a passkey's answer (JSON) for the challenge `login` gave.
 * Resolves with the session opened in cookies (`accessTokenExpiresAt`, `user`); rejects like `requestLogin`.
 */
export async function requestLoginSecondFactor(input: LoginSecondFactorMutationVariables['input']): Promise<LoginSecondFactorMutation['loginSecondFactor']> {
  return (await send<LoginSecondFactorMutation, LoginSecondFactorMutationVariables>(LOGIN_SECOND_FACTOR_REQUEST, 'LoginSecondFactor', { input })).loginSecondFactor;
}
