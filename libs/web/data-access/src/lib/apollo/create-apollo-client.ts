import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { PUBLIC_OPERATION_NAMES } from '../graphql/auth.documents';
import { refreshSession } from '../session/refresh-session';
import { expiresSoon, sessionStore } from '../session/session-store';
import { stepUpStore } from '../step-up/step-up-store';
import { apiErrorCode, isUnauthenticated } from './graphql-errors';

interface AuthContext {
  headers?: Record<string, string>;
  /** Set once an operation has been retried with refreshed tokens, so it is never retried twice. */
  retriedAfterRefresh?: boolean;
  /** Set once an operation has been sent again after a step-up, so a second refusal reaches the caller. */
  retriedAfterStepUp?: boolean;
}

function bearerOf(context: AuthContext): string | undefined {
  const header = context.headers?.['authorization'];
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

/** Adds `Authorization: Bearer <access token>`, refreshing first when the token is about to expire. */
function createAuthLink(): ApolloLink {
  return new SetContextLink(async (previous, operation) => {
    let session = sessionStore.get();
    if (!session || PUBLIC_OPERATION_NAMES.has(operation.operationName ?? '')) return {};
    if (expiresSoon(session)) {
      session = await refreshSession(session.accessToken).catch(() => session);
      if (!session) return {};
    }
    return { headers: { ...(previous.headers as Record<string, string> | undefined), authorization: `Bearer ${session.accessToken}` } };
  });
}

/**
 * On UNAUTHENTICATED, refreshes the session once and replays the operation with the new token; when the
 * refresh is refused, or the replay is refused again, the session is cleared (the app then shows the login).
 */
function createRefreshOnUnauthenticatedLink(): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || PUBLIC_OPERATION_NAMES.has(operation.operationName ?? '')) return undefined;
    const context = operation.getContext() as AuthContext;
    if (context.retriedAfterRefresh) {
      sessionStore.clear('expired');
      return undefined;
    }
    return from(refreshSession(bearerOf(context))).pipe(
      switchMap((session) => {
        if (!session) {
          sessionStore.clear('expired');
          return throwError(() => error);
        }
        operation.setContext({ retriedAfterRefresh: true });
        return forward(operation);
      }),
    );
  });
}

/**
 * On REAUTHENTICATION_REQUIRED (a sensitive action without a step-up in the last 5 minutes), asks the step-up dialog
 * (stepUpStore) for the password or a code and, once `reauthenticate` succeeded, sends the operation again — once.
 * Cancelled, or with no dialog mounted, the action fails with the original error.
 */
function createStepUpLink(): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (apiErrorCode(error) !== 'REAUTHENTICATION_REQUIRED' || !stepUpStore.hasListener()) return undefined;
    const context = operation.getContext() as AuthContext;
    if (context.retriedAfterStepUp) return undefined;
    return from(stepUpStore.request()).pipe(
      switchMap((confirmed) => {
        if (!confirmed) return throwError(() => error);
        operation.setContext({ retriedAfterStepUp: true });
        return forward(operation);
      }),
    );
  });
}

/**
 * The app's Apollo Client: refresh-on-UNAUTHENTICATED → step-up on REAUTHENTICATION_REQUIRED → bearer token → HTTP
 * POST to the same-origin `/graphql`.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([createRefreshOnUnauthenticatedLink(), createStepUpLink(), createAuthLink(), new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
