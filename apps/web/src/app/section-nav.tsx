import { LEAD_APPROVER_ROLES, Role } from '@taskforce/domain';
import { useViewer } from '@taskforce/web-data-access';
import { Link, useLocation } from '@taskforce/web-ui';

/** A section of the app in the navigation bar; `match` says whether the current address belongs to it. */
interface Section {
  to: string;
  label: string;
  testId: string;
  match: (pathname: string) => boolean;
  /** Shown only to people with one of these roles (everyone when absent). */
  roles?: readonly Role[];
}

const SECTIONS: readonly Section[] = [
  { to: '/', label: 'Dashboard', testId: 'nav-dashboard', match: (path) => path === '/' || path.startsWith('/operations/') },
  { to: '/leads', label: 'Leads', testId: 'nav-leads', match: (path) => path === '/leads' || path.startsWith('/leads/') },
  { to: '/indicators', label: 'Indicators', testId: 'nav-indicators', match: (path) => path === '/indicators' },
  { to: '/countries', label: 'Countries', testId: 'nav-countries', match: (path) => path === '/countries' || path.startsWith('/countries/') },
  {
    to: '/invitations',
    label: 'Invitations',
    testId: 'nav-invitations',
    match: (path) => path === '/invitations',
    roles: [Role.AGENCY_ADMIN, Role.COORDINATOR, Role.LIAISON_OFFICER],
  },
  { to: '/approvals', label: 'Approvals', testId: 'nav-approvals', match: (path) => path === '/approvals', roles: LEAD_APPROVER_ROLES },
  { to: '/admin/agreements', label: 'Agreements', testId: 'nav-agreements', match: (path) => path === '/admin/agreements', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/rules', label: 'Rules', testId: 'nav-rules', match: (path) => path === '/admin/rules', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/imports', label: 'Data imports', testId: 'nav-imports', match: (path) => path === '/admin/imports', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/people', label: 'People', testId: 'nav-people', match: (path) => path === '/admin/people', roles: [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN] },
  { to: '/admin/agencies', label: 'Agencies', testId: 'nav-agencies', match: (path) => path === '/admin/agencies', roles: [Role.PLATFORM_ADMIN] },
  { to: '/admin/audit', label: 'Audit log', testId: 'nav-admin-audit', match: (path) => path === '/admin/audit', roles: [Role.PLATFORM_ADMIN] },
];

/** The links to the sections of the app, under the header; the current one is marked with aria-current. */
export function SectionNav() {
  const viewer = useViewer();
  const { pathname } = useLocation();
  const roles = viewer?.roles ?? [];
  const sections = SECTIONS.filter((section) => !section.roles || section.roles.some((role) => roles.includes(role)));
  return (
    <nav className="tf-section-nav" aria-label="Sections">
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
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
