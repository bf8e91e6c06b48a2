import { generatePath, type PathParam } from 'react-router';

/**
 * Every in-app screen's address pattern, by name (react-router patterns). The route table
 * (apps/web/src/app/routes.tsx) and every link and navigation build on these, so a screen's address is written once
 * and its parameters are checked by the compiler.
 */
export const PATHS = {
  dashboard: '/',
  login: '/login',
  notificationSettings: '/settings/notifications',
  securitySettings: '/settings/security',
  newOperation: '/operations/new',
  invitations: '/invitations',
  leads: '/leads',
  newLead: '/leads/new',
  approvals: '/approvals',
  hitNoHit: '/hit-no-hit',
  indicators: '/indicators',
  countries: '/countries',
  imports: '/admin/imports',
  auditChain: '/admin/audit',
  agreements: '/admin/agreements',
  rules: '/admin/rules',
  people: '/admin/people',
  agencies: '/admin/agencies',
  search: '/search',
  country: '/countries/:code',
  lead: '/leads/:id',
  evaluation: '/operations/:id/evaluation',
  report: '/operations/:id/report',
  operation: '/operations/:id',
} as const;

/** The name of a screen in `PATHS`. */
export type RouteName = keyof typeof PATHS;

/** The parameters of a screen's address, by name: `RouteParams<'lead'>` is `{ id: string }`. */
export type RouteParams<N extends RouteName> = { [K in PathParam<(typeof PATHS)[N]>]: string };

/**
 * The address of a screen, its parameters filled in and URI-encoded (react-router's `generatePath`):
 * `pathTo('lead', { id })` → `/leads/<id>`; `pathTo('leads')` → `/leads`. A missing or misspelt parameter does
 * not compile.
 */
export function pathTo<N extends RouteName>(name: N, ...params: [PathParam<(typeof PATHS)[N]>] extends [never] ? [] : [RouteParams<N>]): string {
  return generatePath<string>(PATHS[name], (params[0] ?? {}) as Record<string, string>);
}
