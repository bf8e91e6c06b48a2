import { Role } from '@taskforce/domain';

/** Roles an admin may hand out in the people screen: PLATFORM_ADMIN only for platform admins. */
export function grantableRoles(viewerRoles: readonly Role[]): Role[] {
  const all = Object.values(Role);
  return viewerRoles.includes(Role.PLATFORM_ADMIN) ? all : all.filter((role) => role !== Role.PLATFORM_ADMIN);
}

/** `roles` with `role` added or removed, in the order of the Role enum. */
export function toggleRole(roles: readonly Role[], role: Role): Role[] {
  const next = roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role];
  return Object.values(Role).filter((r) => next.includes(r));
}

/** The full address of a one-time link path (`/set-password?token=…`) on this web origin. */
export function absoluteLink(path: string, origin: string): string {
  return new URL(path, origin).toString();
}

/** The token of a `/set-password?token=…` address (search part), or null when there is none. */
export function tokenFromSearch(search: string): string | null {
  const token = new URLSearchParams(search).get('token');
  return token && token.trim() ? token.trim() : null;
}
