import { useSyncExternalStore } from 'react';

/** The part of the address the app routes on. */
export interface AppLocation {
  pathname: string;
  search: string;
}

const NAVIGATION_EVENT = 'taskforce:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATION_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATION_EVENT, onChange);
  };
}

let cachedHref = '';
let cachedLocation: AppLocation = { pathname: '/', search: '' };

function snapshot(): AppLocation {
  // useSyncExternalStore needs the same object back while the address has not changed.
  if (window.location.href !== cachedHref) {
    cachedHref = window.location.href;
    cachedLocation = { pathname: window.location.pathname, search: window.location.search };
  }
  return cachedLocation;
}

/** Goes to an in-app address with the History API (no reload); `replace` keeps the back button's history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATION_EVENT));
}

/** The current address, re-rendering on every navigation and back/forward. */
export function useLocation(): AppLocation {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Matches `/operations/:id`-style patterns; returns the named parameters or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = pathname.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let index = 0; index < patternParts.length; index++) {
    const expected = patternParts[index] as string;
    const actual = pathParts[index] as string;
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(actual);
    else if (expected !== actual) return null;
  }
  return params;
}

/** Reads one query parameter of the current address, or null. */
export function useSearchParam(name: string): string | null {
  const { search } = useLocation();
  return new URLSearchParams(search).get(name);
}
