import { useSearchParams } from 'react-router';

/**
 * The current address's query parameters and a setter (`setSearchParams(next, { replace: true })` keeps the back
 * button's history), for screens that keep their state in the address (filters, views).
 */
export { useSearchParams } from 'react-router';

/**
 * Routing is react-router's (declarative mode: a `BrowserRouter` at the root, see apps/web/src/main.tsx). The
 * app's screens use these from here so that one library serves every feature: `useLocation` (the address),
 * `useNavigate` (go to an in-app address; `{ replace: true }` keeps the back button's history), `matchPath`.
 */
export { matchPath, useLocation, useNavigate } from 'react-router';

/** Reads one query parameter of the current address, or null. */
export function useSearchParam(name: string): string | null {
  const [params] = useSearchParams();
  return params.get(name);
}
