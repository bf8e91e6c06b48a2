import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@taskforce/domain';
import { AppError } from '../app-error';
import { RequireRoles, RolesGuard } from '../roles';

class Resolver {
  @RequireRoles(Role.PLATFORM_ADMIN, 'Only platform admins do this')
  adminOnly(): void {}

  @RequireRoles([Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN], 'Only admins do that')
  anyAdmin(): void {}

  open(): void {}
}

const contextFor = (handler: keyof Resolver, roles?: Role[]): ExecutionContext =>
  ({
    getType: () => 'http',
    getHandler: () => Resolver.prototype[handler],
    getClass: () => Resolver,
    switchToHttp: () => ({ getRequest: () => ({ headers: {}, user: roles ? { roles } : undefined }) }),
  }) as unknown as ExecutionContext;

const refusal = (fn: () => unknown): AppError | null => {
  try {
    fn();
    return null;
  } catch (err) {
    return err as AppError;
  }
};

describe('the role guard', () => {
  const guard = new RolesGuard(new Reflector());

  it('lets in a caller holding one of the roles', () => {
    expect(guard.canActivate(contextFor('adminOnly', [Role.MEMBER, Role.PLATFORM_ADMIN]))).toBe(true);
    expect(guard.canActivate(contextFor('anyAdmin', [Role.AGENCY_ADMIN]))).toBe(true);
  });

  it('refuses everyone else with FORBIDDEN and the handler’s message', () => {
    const err = refusal(() => guard.canActivate(contextFor('adminOnly', [Role.AGENCY_ADMIN, Role.COORDINATOR])));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ message: 'Only platform admins do this', extensions: { code: 'FORBIDDEN' } });
    expect(refusal(() => guard.canActivate(contextFor('anyAdmin', [])))).toMatchObject({ message: 'Only admins do that' });
  });

  it('passes handlers without a requirement, and refuses a marked handler reached without a caller', () => {
    expect(guard.canActivate(contextFor('open', [Role.MEMBER]))).toBe(true);
    expect(refusal(() => guard.canActivate(contextFor('adminOnly')))).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
