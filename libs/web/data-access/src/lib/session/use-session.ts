import { useSyncExternalStore } from 'react';
import { sessionStore, type Session } from './session-store';

/** The current session (null when signed out), re-rendering on sign-in, refresh and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, () => sessionStore.get());
}
