import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { PUBLIC_OPERATION_NAMES } from '../graphql/auth.documents';
import { refreshSession } from '../session/refresh-session';
import { sessionHeaders } from '../session/session-headers';
import { expiresSoon, sessionStore } from '../session/session-store';
import { stepUpStore } from '../step-up/step-up-store';
import { apiErrorCode, isUnauthenticated, sessionIdleMinutes } from './graphql-errors';
import { operationMessagesPolicy } from './message-pages';

interface AuthContext {
  headers?: Record<string, string>;
  /** The access token expiry the operation was sent under, to tell whether the session was refreshed meanwhile. */
  sessionExpiresAt?: string;
  /** Set once an operation has been retried with refreshed tokens, so it is never retried twice. */
  retriedAfterRefresh?: boolean;
  /** Set once an operation has been sent again after a step-up, so a second refusal reaches the caller. */
  retriedAfterStepUp?: boolean;
}

/**
 * Adds the cookie session's headers (X-Taskforce-Session, X-CSRF-Token, X-Taskforce-Idle-Seconds; the browser adds the
 * HttpOnly cookies), refreshing first when the access token is about to expire.
 */
function createSessionLink(): ApolloLink {
  return new SetContextLink(async (previous, operation) => {
    let session = sessionStore.get();
    if (session && !PUBLIC_OPERATION_NAMES.has(operation.operationName ?? '') && expiresSoon(session)) {
      session = await refreshSession(session.accessTokenExpiresAt).catch(() => session);
    }
    return {
      sessionExpiresAt: session?.accessTokenExpiresAt,
      headers: { ...(previous.headers as Record<string, string> | undefined), ...sessionHeaders() },
    };
  });
}

/**
 * On UNAUTHENTICATED, refreshes the session once and replays the operation with the new cookies; when the refresh
 * is refused, or the replay is refused again, the session is cleared (the app then shows the login). A session that
 * idled out is not refreshed (the server would refuse): it is cleared at once, and the login says why.
 */
function createRefreshOnUnauthenticatedLink(): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || PUBLIC_OPERATION_NAMES.has(operation.operationName ?? '')) return undefined;
    const idleMinutes = sessionIdleMinutes(error);
    if (idleMinutes !== undefined) {
      sessionStore.clear('idle', idleMinutes);
      return undefined;
    }
    const context = operation.getContext() as AuthContext;
    if (context.retriedAfterRefresh) {
      sessionStore.clear('expired');
      return undefined;
    }
    return from(refreshSession(context.sessionExpiresAt)).pipe(
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
 * The app's Apollo Client: refresh-on-UNAUTHENTICATED → step-up on REAUTHENTICATION_REQUIRED → cookie-session headers →
 * HTTP POST to the same-origin `/graphql`, with the browser's cookies (credentials `same-origin`).
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createRefreshOnUnauthenticatedLink(),
      createStepUpLink(),
      createSessionLink(),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    // SecondFactorStatus has no id: queries asking for different fields of it (the security page, the step-up
    // dialog's passkey check) merge into one object instead of replacing each other's. A channel's pages add up.
    cache: new InMemoryCache({ typePolicies: { SecondFactorStatus: { merge: true }, Query: { fields: { operationMessages: operationMessagesPolicy } } } }),
  });
}
