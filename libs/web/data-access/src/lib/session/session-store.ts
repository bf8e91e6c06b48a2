import type { AuthPayload } from '../graphql/auth.documents';
import type { Viewer } from '../graphql/fragments';

/**
 * A signed-in session as this page knows it. The tokens themselves live in HttpOnly cookies the page's script cannot
 * read; the page keeps only who is signed in and when the access token expires, neither of them a secret.
 */
export interface Session {
  /** ISO 8601 (UTC) instant after which the access cookie's token is refused and must be refreshed. */
  accessTokenExpiresAt: string;
  user: Viewer;
}

/** Why the last session ended, so the login screen can say so. */
export type SessionEndReason = 'logged-out' | 'expired' | 'revoked' | 'idle';

/** How the last session ended: the reason and, for `idle`, the idle limit in minutes (SESSION_IDLE_MINUTES). */
export interface SessionEnd {
  reason: SessionEndReason;
  idleMinutes?: number;
}

type Listener = () => void;

const STORAGE_KEY = 'taskforce.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Session>;
  return typeof candidate.accessTokenExpiresAt === 'string' && typeof candidate.user === 'object' && candidate.user !== null;
}

function readStorage(): Session | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && ('accessToken' in parsed || 'refreshToken' in parsed)) {
      // Kept by an earlier version of the client, tokens and all: delete it. That session has no cookies: sign in again.
      window.localStorage.removeItem(STORAGE_KEY);
      return null;
    }
    return isSession(parsed) ? { accessTokenExpiresAt: parsed.accessTokenExpiresAt, user: parsed.user } : null;
  } catch {
    return null;
  }
}

/**
 * Holds who is signed in, in memory and in localStorage (so a reload and other tabs know), notifies subscribers on
 * every change, and follows sign-in/sign-out done in other tabs through the `storage` event. It never holds a token.
 */
class SessionStore {
  private session: Session | null = readStorage();
  private end: SessionEnd | null = null;
  private signingOut = false;
  private readonly listeners = new Set<Listener>();

  constructor() {
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      const next = readStorage();
      if (!next && this.session) this.end = { reason: 'logged-out' };
      this.session = next;
      this.emit();
    });
  }

  /** The current session, or null when signed out. */
  get(): Session | null {
    return this.session;
  }

  /**
   * Reads the session again from localStorage, where another tab may have just written a refreshed one (before its
   * `storage` event arrived here), and returns it.
   */
  reload(): Session | null {
    const stored = readStorage();
    if (stored?.accessTokenExpiresAt !== this.session?.accessTokenExpiresAt || stored?.user.id !== this.session?.user.id) {
      this.session = stored;
      this.emit();
    }
    return this.session;
  }

  /** Why the last session ended (null after a fresh sign-in or on first visit). */
  lastEndReason(): SessionEndReason | null {
    return this.end?.reason ?? null;
  }

  /** How the last session ended, with the idle limit when it idled out (null after a fresh sign-in or on first visit). */
  lastEnd(): SessionEnd | null {
    return this.end;
  }

  /** Stores who signed in (login, second step) or the new expiry of a refresh. */
  setFromPayload(payload: AuthPayload): Session {
    const session: Session = { accessTokenExpiresAt: payload.accessTokenExpiresAt, user: payload.user };
    this.session = session;
    this.end = null;
    this.signingOut = false;
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // Private mode or a full quota: the session still lives in memory for this tab.
    }
    this.emit();
    return session;
  }

  /** Says this tab is signing out, so the server's `session.revoked` for it reads as a sign-out, not an intrusion. */
  markSigningOut(): void {
    this.signingOut = true;
  }

  /** Forgets the session (no-op when already signed out). `idleMinutes` goes with the reason `idle`. */
  clear(reason: SessionEndReason, idleMinutes?: number): void {
    if (!this.session) return;
    this.session = null;
    this.end = this.signingOut && reason === 'revoked' ? { reason: 'logged-out' } : reason === 'idle' ? { reason, idleMinutes } : { reason };
    this.signingOut = false;
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
