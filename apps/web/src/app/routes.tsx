// The dashboard library also holds the header of every signed-in page: it comes with the shell's chunk.
import { SecuritySettingsPage } from '@taskforce/web-auth';
import { DashboardPage, NotificationSettingsPage, SearchPage } from '@taskforce/web-dashboard';
import { LoadingState, matchPath, messageId, PATHS, type RouteName, type RouteParams } from '@taskforce/web-ui';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { NotFoundPage } from './not-found-page';

/**
 * A page loaded on first visit: each feature library becomes its own chunk of JavaScript, fetched when one of its
 * screens is first shown (pages of one library share the chunk).
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(async () => ({ default: await load() }));
}

const NewOperationPage = page(() => import('@taskforce/web-operations').then((m) => m.NewOperationPage));
const OperationPage = page(() => import('@taskforce/web-operations').then((m) => m.OperationPage));
const InvitationsPage = page(() => import('@taskforce/web-operations').then((m) => m.InvitationsPage));
const LeadsPage = page(() => import('@taskforce/web-leads').then((m) => m.LeadsPage));
const NewLeadPage = page(() => import('@taskforce/web-leads').then((m) => m.NewLeadPage));
const LeadDetailPage = page(() => import('@taskforce/web-leads').then((m) => m.LeadDetailPage));
const ApprovalsPage = page(() => import('@taskforce/web-leads').then((m) => m.ApprovalsPage));
const HitNoHitPage = page(() => import('@taskforce/web-leads').then((m) => m.HitNoHitPage));
const IndicatorsPage = page(() => import('@taskforce/web-indicators').then((m) => m.IndicatorsPage));
const CountriesPage = page(() => import('@taskforce/web-indicators').then((m) => m.CountriesPage));
const CountryProfilePage = page(() => import('@taskforce/web-indicators').then((m) => m.CountryProfilePage));
const EvaluationPage = page(() => import('@taskforce/web-evaluation').then((m) => m.EvaluationPage));
const OperationReportPage = page(() => import('@taskforce/web-evaluation').then((m) => m.OperationReportPage));
const ImportsPage = page(() => import('@taskforce/web-admin').then((m) => m.ImportsPage));
const AuditChainPage = page(() => import('@taskforce/web-admin').then((m) => m.AuditChainPage));
const AgreementsAdminPage = page(() => import('@taskforce/web-admin').then((m) => m.AgreementsAdminPage));
const RulesAdminPage = page(() => import('@taskforce/web-admin').then((m) => m.RulesAdminPage));
const PeopleAdminPage = page(() => import('@taskforce/web-admin').then((m) => m.PeopleAdminPage));
const AgenciesAdminPage = page(() => import('@taskforce/web-admin').then((m) => m.AgenciesAdminPage));

/** A resolved route: a key that changes when the page changes, and what to render. */
export interface ResolvedRoute {
  key: string;
  /** Message id of the document title, or null. */
  title: string | null;
  element: ReactNode;
}

/** One screen: its path (a pattern of `PATHS`), the key of a shown page, its document title, and the page. */
interface AppRoute {
  path: string;
  /** Message id of the document title; null: the page sets its own title once its data has arrived. */
  title: string | null;
  key: (params: Record<string, string>) => string;
  render: (params: Record<string, string>) => ReactNode;
}

/** A screen without parameters: one key and one title. */
const fixed = (name: RouteName, title: string, Page: ComponentType, key: string = name): AppRoute => ({ path: PATHS[name], title, key: () => key, render: () => <Page /> });

/** A screen with parameters, typed by its pattern: `render` gets exactly the parameters the pattern names. */
function withParams<N extends RouteName>(name: N, render: (params: RouteParams<N>) => ReactNode): AppRoute {
  const typed = (p: Record<string, string>) => p as RouteParams<N>;
  return { path: PATHS[name], title: null, key: (p) => `${name}:${Object.values(p).join('/')}`, render: (p) => render(typed(p)) };
}

/** Every signed-in screen, first match wins (so `/operations/new` comes before `/operations/:id`). */
export const APP_ROUTES: readonly AppRoute[] = [
  fixed('dashboard', messageId('nav.dashboard'), DashboardPage),
  fixed('login', messageId('nav.dashboard'), DashboardPage, 'dashboard'),
  fixed('notificationSettings', messageId('page.notificationSettings'), NotificationSettingsPage),
  fixed('securitySettings', messageId('page.security'), SecuritySettingsPage),
  fixed('newOperation', messageId('page.newOperation'), NewOperationPage),
  fixed('invitations', messageId('nav.invitations'), InvitationsPage),
  fixed('leads', messageId('nav.leads'), LeadsPage),
  fixed('newLead', messageId('page.newLead'), NewLeadPage),
  fixed('approvals', messageId('nav.approvals'), ApprovalsPage),
  fixed('hitNoHit', messageId('nav.hitNoHit'), HitNoHitPage),
  fixed('indicators', messageId('nav.indicators'), IndicatorsPage),
  fixed('countries', messageId('nav.countries'), CountriesPage),
  fixed('imports', messageId('nav.imports'), ImportsPage),
  fixed('auditChain', messageId('nav.auditLog'), AuditChainPage),
  fixed('agreements', messageId('nav.agreements'), AgreementsAdminPage),
  fixed('rules', messageId('page.rules'), RulesAdminPage),
  fixed('people', messageId('nav.people'), PeopleAdminPage),
  fixed('agencies', messageId('nav.agencies'), AgenciesAdminPage),
  fixed('search', messageId('page.search'), SearchPage),
  withParams('country', ({ code }) => <CountryProfilePage key={code} code={code} />),
  withParams('lead', ({ id }) => <LeadDetailPage key={id} leadId={id} />),
  withParams('evaluation', ({ id }) => <EvaluationPage key={id} operationId={id} />),
  withParams('report', ({ id }) => <OperationReportPage key={id} operationId={id} />),
  withParams('operation', ({ id }) => <OperationPage key={id} operationId={id} />),
];

/**
 * Maps an address to a page of APP_ROUTES (react-router's `matchPath`, parameters decoded), else "Page not found".
 * The page is wrapped in Suspense: while its chunk loads, a loading state shows. `/set-password` is public: see App.
 */
export function resolveRoute(pathname: string): ResolvedRoute {
  for (const route of APP_ROUTES) {
    const match = matchPath({ path: route.path, end: true }, pathname);
    if (!match) continue;
    const params = Object.fromEntries(Object.entries(match.params).filter((e): e is [string, string] => typeof e[1] === 'string'));
    return { key: route.key(params), title: route.title, element: <Suspense fallback={<LoadingState />}>{route.render(params)}</Suspense> };
  }
  return { key: 'not-found', title: messageId('notFound.title'), element: <NotFoundPage /> };
}
