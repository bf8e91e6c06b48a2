import { useApolloClient } from '@apollo/client/react';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io } from 'socket.io-client';
import { LATEST_NOTIFICATION_QUERY } from '../graphql/notifications.documents';
import { refreshSession } from '../session/refresh-session';
import { readCsrfToken } from '../session/session-headers';
import { sessionStore } from '../session/session-store';
import { useSession } from '../session/use-session';
import { notificationTrackerFor } from './notification-tracker';
import type { AppSocket, NotificationEvent } from './realtime-events';

/** Connection state of the live channel. */
export type RealtimeStatus = 'offline' | 'connecting' | 'live';

type NotificationListener = (event: NotificationEvent) => void;

/** The socket's `notification` events with duplicates removed (each id is delivered once). */
export interface NotificationFeed {
  subscribe(listener: NotificationListener): () => void;
}

class NotificationFeedImpl implements NotificationFeed {
  private readonly listeners = new Set<NotificationListener>();

  subscribe(listener: NotificationListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  emit(event: NotificationEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

interface RealtimeContextValue {
  socket: AppSocket | null;
  status: RealtimeStatus;
  /** De-duplicated `notification` events of the current socket. */
  notifications: NotificationFeed;
}

const idleFeed = new NotificationFeedImpl();

const RealtimeContext = createContext<RealtimeContextValue>({ socket: null, status: 'offline', notifications: idleFeed });

/** How many times in a row a refused handshake is retried with refreshed tokens before giving up. */
const MAX_HANDSHAKE_REFRESHES = 2;

/**
 * Opens one socket.io connection (same origin, `/socket.io`) while someone is signed in. Every (re)connection is
 * authenticated by the session cookie the browser sends with the handshake, with the CSRF token (`auth.csrf`) and the
 * id of the newest notification this tab has seen (`lastNotificationId`), so the server replays what was missed while
 * disconnected; notifications are de-duplicated by id before anyone hears of them. A handshake refused as
 * UNAUTHENTICATED refreshes the session and tries again; `session.revoked` signs out, saying why (ended, expired, or
 * idle for the server's idle limit).
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const userId = useSession()?.user.id;
  const client = useApolloClient();
  const [feed] = useState(() => new NotificationFeedImpl());
  const [value, setValue] = useState<RealtimeContextValue>({ socket: null, status: 'offline', notifications: feed });

  useEffect(() => {
    if (!userId) return undefined;
    const tracker = notificationTrackerFor(userId);
    const socket: AppSocket = io({
      // A function, so each reconnection attempt sends the current CSRF token and replay mark rather than the first.
      auth: (send) => {
        const lastNotificationId = tracker.lastId();
        const csrf = readCsrfToken() ?? '';
        send(lastNotificationId ? { csrf, lastNotificationId } : { csrf });
      },
    });
    let handshakeRefreshes = 0;
    let disposed = false;
    const update = (status: RealtimeStatus) => setValue({ socket, status, notifications: feed });

    /** With no replay mark yet, the newest notification on the server becomes it (for the next reconnection). */
    const seedReplayMark = () => {
      if (tracker.lastId()) return;
      client
        .query({ query: LATEST_NOTIFICATION_QUERY, fetchPolicy: 'network-only' })
        .then(({ data }) => {
          const newest = data?.notifications[0];
          if (!disposed && newest) tracker.noteSeen(newest);
        })
        .catch(() => undefined);
    };

    socket.on('notification', (event) => {
      if (tracker.accept(event)) feed.emit(event);
    });

    const reconnectWithFreshToken = () => {
      const seenExpiresAt = sessionStore.get()?.accessTokenExpiresAt;
      if (!seenExpiresAt || handshakeRefreshes >= MAX_HANDSHAKE_REFRESHES) {
        if (seenExpiresAt) sessionStore.clear('expired');
        return;
      }
      handshakeRefreshes += 1;
      refreshSession(seenExpiresAt)
        .then((session) => {
          if (session) socket.connect();
        })
        .catch(() => {
          // Network trouble: try again later with whatever token we have.
          window.setTimeout(() => socket.connect(), 5_000);
        });
    };

    socket.on('connect', () => {
      handshakeRefreshes = 0;
      update('live');
      seedReplayMark();
    });
    socket.on('disconnect', (reason) => {
      update(socket.active ? 'connecting' : 'offline');
      // The server closed the connection (e.g. the token expired): come back with a fresh one if still signed in.
      if (reason === 'io server disconnect' && sessionStore.get()) reconnectWithFreshToken();
    });
    socket.on('connect_error', (error) => {
      if (socket.active) {
        update('connecting');
        return;
      }
      update('offline');
      if (error.message === 'UNAUTHENTICATED') reconnectWithFreshToken();
    });
    socket.on('session.revoked', (event) => {
      if (event?.reason === 'IDLE') sessionStore.clear('idle', event.idleMinutes);
      else if (event?.reason === 'EXPIRED') sessionStore.clear('expired');
      else sessionStore.clear('revoked');
    });

    setValue({ socket, status: 'connecting', notifications: feed });
    return () => {
      disposed = true;
      socket.removeAllListeners();
      socket.disconnect();
      setValue({ socket: null, status: 'offline', notifications: feed });
    };
  }, [userId, client, feed]);

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

/** The live socket (null while signed out) and its connection state. */
export function useRealtime(): RealtimeContextValue {
  return useContext(RealtimeContext);
}
