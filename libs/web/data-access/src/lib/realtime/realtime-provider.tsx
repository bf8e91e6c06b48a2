import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { io } from 'socket.io-client';
import { refreshSession } from '../session/refresh-session';
import { sessionStore } from '../session/session-store';
import { useSession } from '../session/use-session';
import type { AppSocket } from './realtime-events';

/** Connection state of the live channel. */
export type RealtimeStatus = 'offline' | 'connecting' | 'live';

interface RealtimeContextValue {
  socket: AppSocket | null;
  status: RealtimeStatus;
}

const RealtimeContext = createContext<RealtimeContextValue>({ socket: null, status: 'offline' });

/** How many times in a row a refused handshake is retried with refreshed tokens before giving up. */
const MAX_HANDSHAKE_REFRESHES = 2;

/**
 * Opens one socket.io connection (same origin, `/socket.io`) while someone is signed in. Every (re)connection
 * presents the current access token; a handshake refused as UNAUTHENTICATED refreshes the session and tries
 * again; `session.revoked` signs out.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const userId = useSession()?.user.id;
  const [value, setValue] = useState<RealtimeContextValue>({ socket: null, status: 'offline' });

  useEffect(() => {
    if (!userId) return undefined;
    const socket: AppSocket = io({
      // A function, so each reconnection attempt sends the freshest token rather than the first one.
      auth: (send) => send({ token: sessionStore.get()?.accessToken ?? '' }),
    });
    let handshakeRefreshes = 0;
    const update = (status: RealtimeStatus) => setValue({ socket, status });

    const reconnectWithFreshToken = () => {
      const usedToken = sessionStore.get()?.accessToken;
      if (!usedToken || handshakeRefreshes >= MAX_HANDSHAKE_REFRESHES) {
        if (usedToken) sessionStore.clear('expired');
        return;
      }
      handshakeRefreshes += 1;
      refreshSession(usedToken)
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
    socket.on('session.revoked', () => {
      sessionStore.clear('revoked');
    });

    setValue({ socket, status: 'connecting' });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      setValue({ socket: null, status: 'offline' });
    };
  }, [userId]);

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

/** The live socket (null while signed out) and its connection state. */
export function useRealtime(): RealtimeContextValue {
  return useContext(RealtimeContext);
}
