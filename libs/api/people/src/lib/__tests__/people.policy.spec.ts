import { UserEntity } from '@taskforce/api-auth';
import { AppError, REQUIRED_ROLES, RoleRequirement } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { PeopleActor, PeoplePolicy } from '../people.policy';
import { PeopleResolver } from '../people.resolver';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const agencyAdmin: PeopleActor = { userId: 'admin-1', agencyId: AGENCY, roles: [Role.AGENCY_ADMIN] };
const platformAdmin: PeopleActor = { userId: 'root-1', agencyId: AGENCY, roles: [Role.PLATFORM_ADMIN] };

function person(id: string, roles: Role[]): UserEntity {
  return Object.assign(new UserEntity(), { id, agencyId: AGENCY, roles, email: `${id}@demo.test`, displayName: id, disabledAt: null });
}

function codeOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as AppError).code;
  }
  return undefined;
}

describe('PeoplePolicy (the rules that need no database)', () => {
  const policy = new PeoplePolicy();

  it('nobody changes their own roles, not even a platform admin', () => {
    expect(codeOf(() => policy.requireRolesChange(agencyAdmin, person('admin-1', [Role.AGENCY_ADMIN]), [Role.AGENCY_ADMIN, Role.COORDINATOR]))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.requireRolesChange(platformAdmin, person('root-1', [Role.PLATFORM_ADMIN]), [Role.MEMBER]))).toBe('FORBIDDEN');
  });

  it('only platform admins grant or remove the platform admin role', () => {
    expect(codeOf(() => policy.requireRolesChange(agencyAdmin, person('p', [Role.MEMBER]), [Role.MEMBER, Role.PLATFORM_ADMIN]))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.requireRolesChange(agencyAdmin, person('p', [Role.PLATFORM_ADMIN, Role.MEMBER]), [Role.MEMBER]))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.requireGrantable(agencyAdmin, [Role.PLATFORM_ADMIN]))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.requireRolesChange(platformAdmin, person('p', [Role.MEMBER]), [Role.PLATFORM_ADMIN]))).toBeUndefined();
    expect(codeOf(() => policy.requireRolesChange(agencyAdmin, person('p', [Role.MEMBER]), [Role.COORDINATOR, Role.LIAISON_OFFICER]))).toBeUndefined();
  });

  it('nobody disables themselves', () => {
    expect(codeOf(() => policy.requireNotSelf(agencyAdmin, person('admin-1', [Role.AGENCY_ADMIN]), 'disable'))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.requireNotSelf(agencyAdmin, person('other', [Role.MEMBER]), 'disable'))).toBeUndefined();
  });
});

describe('who may manage people at all (role guard on the resolver)', () => {
  const requirementOf = (method: keyof PeopleResolver): RoleRequirement | undefined => Reflect.getMetadata(REQUIRED_ROLES, PeopleResolver.prototype[method]);

  it.each(['agencyPeople', 'invitePerson', 'changePersonRoles', 'disableUser', 'enablePerson', 'startPasswordReset'] as const)('%s: agency admins and platform admins only', (method) => {
    expect(requirementOf(method)).toEqual({ roles: [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN], refusal: 'Only agency admins and platform admins manage people' });
  });

  it('createAgency: platform admins only; setting a password with a link: anyone holding the link', () => {
    expect(requirementOf('createAgency')).toEqual({ roles: [Role.PLATFORM_ADMIN], refusal: 'Only platform admins create agencies' });
    expect(requirementOf('setPasswordWithToken')).toBeUndefined();
  });
});
