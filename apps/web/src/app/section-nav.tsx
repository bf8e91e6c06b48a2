import { LEAD_APPROVER_ROLES, Role } from '@taskforce/domain';
import { useViewer } from '@taskforce/web-data-access';
import { Link, messageId, useLingui, useLocation } from '@taskforce/web-ui';

/** A section of the app in the navigation bar; `match` says whether the current address belongs to it. */
interface Section {
  to: string;
  /** Message id of the link's text. */
  label: string;
  testId: string;
  match: (pathname: string) => boolean;
  /** Shown only to people with one of these roles (everyone when absent). */
  roles?: readonly Role[];
}

const SECTIONS: readonly Section[] = [
  { to: '/', label: messageId('nav.dashboard'), testId: 'nav-dashboard', match: (path) => path === '/' || path.startsWith('/operations/') },
  { to: '/leads', label: messageId('nav.leads'), testId: 'nav-leads', match: (path) => path === '/leads' || path.startsWith('/leads/') },
  { to: '/hit-no-hit', label: messageId('nav.hitNoHit'), testId: 'nav-hit-no-hit', match: (path) => path === '/hit-no-hit' },
  { to: '/indicators', label: messageId('nav.indicators'), testId: 'nav-indicators', match: (path) => path === '/indicators' },
  { to: '/countries', label: messageId('nav.countries'), testId: 'nav-countries', match: (path) => path === '/countries' || path.startsWith('/countries/') },
  {
    to: '/invitations',
    label: messageId('nav.invitations'),
    testId: 'nav-invitations',
    match: (path) => path === '/invitations',
    roles: [Role.AGENCY_ADMIN, Role.COORDINATOR, Role.LIAISON_OFFICER],
  },
  { to: '/approvals', label: messageId('nav.approvals'), testId: 'nav-approvals', match: (path) => path === '/approvals', roles: LEAD_APPROVER_ROLES },
  { to: '/admin/agreements', label: messageId('nav.agreements'), testId: 'nav-agreements', match: (path) => path === '/admin/agreements', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/rules', label: messageId('nav.rules'), testId: 'nav-rules', match: (path) => path === '/admin/rules', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/imports', label: messageId('nav.imports'), testId: 'nav-imports', match: (path) => path === '/admin/imports', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/people', label: messageId('nav.people'), testId: 'nav-people', match: (path) => path === '/admin/people', roles: [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN] },
  { to: '/admin/agencies', label: messageId('nav.agencies'), testId: 'nav-agencies', match: (path) => path === '/admin/agencies', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/audit', label: messageId('nav.auditLog'), testId: 'nav-admin-audit', match: (path) => path === '/admin/audit', roles: [Role.PLATFORM_ADMIN] },
];

/** The links to the sections of the app, under the header; the current one is marked with aria-current. */
export function SectionNav() {
  const viewer = useViewer();
  const { pathname } = useLocation();
  const { _ } = useLingui();
  const roles = viewer?.roles ?? [];
  const sections = SECTIONS.filter((section) => !section.roles || section.roles.some((role) => roles.includes(role)));
  return (
    <nav className="tf-section-nav" aria-label={_('nav.sections')}>
      <ul className="tf-section-nav__list">
        {sections.map((section) => {
          const current = section.match(pathname);
          return (
            <li key={section.to}>
              <Link
                to={section.to}
                className="tf-section-nav__link"
                aria-current={current ? 'page' : undefined}
                data-testid={section.testId}
              >
                {_(section.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
