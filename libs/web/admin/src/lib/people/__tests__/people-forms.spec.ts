import { Role } from '@taskforce/domain';
import { absoluteLink, grantableRoles, toggleRole } from '../people-forms';

describe('people screen helpers', () => {
  it('agency admins cannot hand out the platform admin role; platform admins can', () => {
    expect(grantableRoles([Role.AGENCY_ADMIN])).toEqual(['COORDINATOR', 'MEMBER', 'LIAISON_OFFICER', 'ANALYST', 'AGENCY_ADMIN']);
    expect(grantableRoles([Role.PLATFORM_ADMIN])).toContain('PLATFORM_ADMIN');
  });

  it('toggles a role keeping the enum order', () => {
    expect(toggleRole([Role.ANALYST], Role.COORDINATOR)).toEqual(['COORDINATOR', 'ANALYST']);
    expect(toggleRole([Role.COORDINATOR, Role.ANALYST], Role.COORDINATOR)).toEqual(['ANALYST']);
  });

  it('builds the full link of a one-time link path', () => {
    expect(absoluteLink('/set-password?token=abc_-1', 'https://tf.example.org')).toBe('https://tf.example.org/set-password?token=abc_-1');
  });
});
