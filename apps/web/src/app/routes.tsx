import { DashboardPage, NotificationSettingsPage } from '@taskforce/web-dashboard';
import { CountriesPage, CountryProfilePage, ImportsPage, IndicatorsPage } from '@taskforce/web-indicators';
import { AgreementsAdminPage, ApprovalsPage, AuditChainPage, LeadDetailPage, LeadsPage, NewLeadPage, RulesAdminPage } from '@taskforce/web-leads';
import { EvaluationPage, OperationReportPage } from '@taskforce/web-evaluation';
import { InvitationsPage, NewOperationPage, OperationPage } from '@taskforce/web-operations';
import { AgenciesAdminPage, PeopleAdminPage } from '@taskforce/web-people';
import { matchPath } from '@taskforce/web-ui';
import type { ReactNode } from 'react';
import { NotFoundPage } from './not-found-page';

/** A resolved route: a key that changes when the page changes, and what to render. */
export interface ResolvedRoute {
  key: string;
  title: string | null;
  element: ReactNode;
}

/**
 * Maps an address to a page: `/` (and `/login`) → dashboard, `/operations/new` → new joint operation,
 * `/operations/:id` → operation, `/invitations` → the agency's invitations to joint operations,
 * `/settings/notifications` → notification settings, `/leads` → leads, `/leads/new` → new lead, `/leads/:id` → lead, `/approvals` →
 * approvals inbox, `/indicators` → indicators dashboard, `/countries` → country list, `/countries/:code` → country
 * profile, `/admin/imports` → data imports, `/admin/audit` → audit chain verification, `/admin/agreements` and
 * `/admin/rules` → sharing law, `/admin/people` → the people of an agency (agency and platform admins),
 * `/admin/agencies` → agencies (platform admins), `/operations/:id/evaluation` → closing evaluation,
 * `/operations/:id/report` → printable operation report, else not found. `/set-password` is public: see App.
 */
export function resolveRoute(pathname: string): ResolvedRoute {
  if (pathname === '/' || pathname === '/login') {
    return { key: 'dashboard', title: 'Dashboard', element: <DashboardPage /> };
  }
  if (pathname === '/settings/notifications') {
    return { key: 'settings:notifications', title: 'Notification settings', element: <NotificationSettingsPage /> };
  }
  if (pathname === '/operations/new') {
    return { key: 'operations:new', title: 'New joint operation', element: <NewOperationPage /> };
  }
  if (pathname === '/invitations') {
    return { key: 'invitations', title: 'Invitations', element: <InvitationsPage /> };
  }
  if (pathname === '/leads') {
    return { key: 'leads', title: 'Leads', element: <LeadsPage /> };
  }
  if (pathname === '/leads/new') {
    return { key: 'leads:new', title: 'New lead', element: <NewLeadPage /> };
  }
  if (pathname === '/indicators') {
    return { key: 'indicators', title: 'Indicators', element: <IndicatorsPage /> };
  }
  if (pathname === '/admin/audit') {
    return { key: 'admin:audit', title: 'Audit log', element: <AuditChainPage /> };
  }
  if (pathname === '/countries') {
    return { key: 'countries', title: 'Countries', element: <CountriesPage /> };
  }
  if (pathname === '/admin/imports') {
    return { key: 'admin:imports', title: 'Data imports', element: <ImportsPage /> };
  }
  const country = matchPath('/countries/:code', pathname);
  if (country?.['code']) {
    const code = country['code'];
    return { key: `country:${code}`, title: null, element: <CountryProfilePage key={code} code={code} /> };
  }
  if (pathname === '/approvals') {
    return { key: 'approvals', title: 'Approvals', element: <ApprovalsPage /> };
  }
  if (pathname === '/admin/agreements') {
    return { key: 'admin:agreements', title: 'Agreements', element: <AgreementsAdminPage /> };
  }
  if (pathname === '/admin/people') {
    return { key: 'admin:people', title: 'People', element: <PeopleAdminPage /> };
  }
  if (pathname === '/admin/agencies') {
    return { key: 'admin:agencies', title: 'Agencies', element: <AgenciesAdminPage /> };
  }
  if (pathname === '/admin/rules') {
    return { key: 'admin:rules', title: 'Jurisdiction rules', element: <RulesAdminPage /> };
  }
  const lead = matchPath('/leads/:id', pathname);
  if (lead?.['id']) {
    const id = lead['id'];
    return { key: `lead:${id}`, title: null, element: <LeadDetailPage key={id} leadId={id} /> };
  }
  const evaluation = matchPath('/operations/:id/evaluation', pathname);
  if (evaluation?.['id']) {
    const id = evaluation['id'];
    return { key: `evaluation:${id}`, title: null, element: <EvaluationPage key={id} operationId={id} /> };
  }
  const report = matchPath('/operations/:id/report', pathname);
  if (report?.['id']) {
    const id = report['id'];
    return { key: `report:${id}`, title: null, element: <OperationReportPage key={id} operationId={id} /> };
  }
  const operation = matchPath('/operations/:id', pathname);
  if (operation?.['id']) {
    const id = operation['id'];
    return { key: `operation:${id}`, title: null, element: <OperationPage key={id} operationId={id} /> };
  }
  return { key: 'not-found', title: 'Page not found', element: <NotFoundPage /> };
}
