import type { AuthPayload, Viewer } from '../graphql/types';

/** A signed-in session: the tokens and who they belong to. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** ISO 8601 (UTC) instant after which the access token is refused. */
  accessTokenExpiresAt: string;
  user: Viewer;
}

/** Why the last session ended, so the login screen can say so. */
export type SessionEndReason = 'logged-out' | 'expired' | 'revoked';

type Listener = () => void;

const STORAGE_KEY = 'taskforce.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Session>;
  return (
    typeof candidate.accessToken === 'string' &&
    typeof candidate.refreshToken === 'string' &&
    typeof candidate.accessTokenExpiresAt === 'string' &&
    typeof candidate.user === 'object' &&
    candidate.user !== null
  );
}

function readStorage(): Session | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Holds the session in memory and in localStorage (so a reload keeps you signed in), notifies subscribers on
 * every change, and follows sign-in/sign-out done in other tabs through the `storage` event.
 */
class SessionStore {
  private session: Session | null = readStorage();
  private endReason: SessionEndReason | null = null;
  private readonly listeners = new Set<Listener>();

  constructor() {
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      const next = readStorage();
      if (!next && this.session) this.endReason = 'logged-out';
      this.session = next;
      this.emit();
    });
  }

  /** The current session, or null when signed out. */
  get(): Session | null {
    return this.session;
  }

  /** Why the last session ended (null after a fresh sign-in or on first visit). */
  lastEndReason(): SessionEndReason | null {
    return this.endReason;
  }

  /** Stores the tokens of a login or refresh. */
  setFromPayload(payload: AuthPayload): Session {
    const session: Session = {
      accessToken: payload.accessToken,
      refreshToken: payload.refreshToken,
      accessTokenExpiresAt: payload.accessTokenExpiresAt,
      user: payload.user,
    };
    this.session = session;
    this.endReason = null;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Private mode or a full quota: the session still lives in memory for this tab.
    }
    this.emit();
    return session;
  }

  /** Forgets the session (no-op when already signed out). */
  clear(reason: SessionEndReason): void {
    if (!this.session) return;
    this.session = null;
    this.endReason = reason;
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing to remove when storage is unavailable.
    }
    this.emit();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The one session store of the app. */
export const sessionStore = new SessionStore();

/** True when the access token expires within `marginMs` (default 30 s). */
export function expiresSoon(session: Session, marginMs = 30_000, now = Date.now()): boolean {
  const expiresAt = Date.parse(session.accessTokenExpiresAt);
  return Number.isFinite(expiresAt) && expiresAt - now < marginMs;
}
