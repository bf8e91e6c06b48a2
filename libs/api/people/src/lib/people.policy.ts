import { Injectable } from '@nestjs/common';
import { AgencyEntity } from '@taskforce/api-agencies';
import { UserEntity } from '@taskforce/api-auth';
import { AuthUser, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { EntityManager } from 'typeorm';

/** The caller fields the rules look at. */
export type PeopleActor = Pick<AuthUser, 'userId' | 'agencyId' | 'roles'>;

/**
 * Whose account an admin may manage — the one place these rules live (every people query and mutation asks here).
 * Which roles may manage people at all is a pure role check on the resolver (PeopleResolver's @RequireRoles: agency
 * admins and platform admins; agencies are created by platform admins only); here, what depends on the record:
 * - an agency admin reaches the people of their own agency only; anyone else is NOT_FOUND ("User not found"),
 *   exactly as an unknown or malformed id;
 * - only platform admins grant or remove PLATFORM_ADMIN, or act on a platform admin's account (FORBIDDEN);
 * - nobody changes their own roles or disables themselves (FORBIDDEN);
 * - a platform admin invites, resets passwords and changes roles in another agency only while it has no agency admin
 *   of its own able to sign in (`requireSecretariatReach`, FORBIDDEN).
 */
@Injectable()
export class PeoplePolicy {
  /** True for platform admins (who manage every agency's people). */
  static isPlatformAdmin(actor: PeopleActor): boolean {
    return actor.roles.includes(Role.PLATFORM_ADMIN);
  }

  /**
   * The id of the agency whose people the caller manages: their own when `agencyId` is absent; another one only for
   * platform admins.
   * @throws NOT_FOUND ("Agency not found") for an unknown or malformed id, and for an agency admin naming any agency
   * but their own.
   */
  async agencyInReach(m: EntityManager, actor: PeopleActor, agencyId?: string | null): Promise<string> {
    if (!agencyId || agencyId === actor.agencyId) return actor.agencyId;
    if (!PeoplePolicy.isPlatformAdmin(actor) || !isUuid(agencyId)) throw notFound('Agency');
    const exists = await m.getRepository(AgencyEntity).exists({ where: { id: agencyId } });
    if (!exists) throw notFound('Agency');
    return agencyId;
  }

  /**
   * The account `userId` if the caller may manage it, locked for update when `m` runs a transaction.
   * @throws FORBIDDEN for an agency admin acting on a platform admin's account; NOT_FOUND ("User not found") for an
   * unknown or malformed id and for anyone outside an agency admin's own agency.
   */
  async requirePerson(m: EntityManager, actor: PeopleActor, userId: string): Promise<UserEntity> {
    const lock = m.queryRunner?.isTransactionActive ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const row = isUuid(userId) ? await m.getRepository(UserEntity).findOne({ where: { id: userId }, ...lock }) : null;
    if (!row || (!PeoplePolicy.isPlatformAdmin(actor) && row.agencyId !== actor.agencyId)) throw notFound('User');
    if (!PeoplePolicy.isPlatformAdmin(actor) && row.roles.includes(Role.PLATFORM_ADMIN)) {
      throw forbidden("Only platform admins manage a platform admin's account");
    }
    return row;
  }

  /**
   * For an action that hands someone a way into an agency (an invitation or a password reset: the one-time link goes
   * to the caller) or changes what its people may do (roles): a platform admin acting on **another** agency may do
   * so only while that agency has no agency admin able to sign in (enabled, password set) other than `exceptUserId`
   * (the person acted on: an agency's only admin who is locked out can still be given a reset link). Otherwise the
   * secretariat could sign in as any agency and read what only that agency may read. Agency admins act within their
   * own agency anyway; disabling and enabling give nobody a way in and are not checked here.
   * @throws FORBIDDEN naming the agency.
   */
  async requireSecretariatReach(m: EntityManager, actor: PeopleActor, agencyId: string, exceptUserId?: string): Promise<void> {
    if (!PeoplePolicy.isPlatformAdmin(actor) || agencyId === actor.agencyId) return;
    const [row] = await m.query(
      `SELECT a.acronym, EXISTS (SELECT 1 FROM users u WHERE u.agency_id = a.id AND 'AGENCY_ADMIN' = ANY(u.roles)
                 AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL AND u.id IS DISTINCT FROM $2::uuid) AS has_admin
         FROM agencies a WHERE a.id = $1`,
      [agencyId, exceptUserId ?? null],
    );
    if (row?.has_admin) {
      throw forbidden(`${row.acronym} has an agency admin of its own: its people are invited, reset and given roles by its agency admins`);
    }
  }

  /** @throws FORBIDDEN when `roles` include PLATFORM_ADMIN and the caller is not a platform admin. */
  requireGrantable(actor: PeopleActor, roles: readonly Role[]): void {
    if (roles.includes(Role.PLATFORM_ADMIN) && !PeoplePolicy.isPlatformAdmin(actor)) {
      throw forbidden('Only platform admins grant or remove the platform admin role');
    }
  }

  /**
   * Checks a change of `target`'s roles to `roles` (target already passed requirePerson).
   * @throws FORBIDDEN for one's own roles, and for granting or removing PLATFORM_ADMIN without being a platform admin.
   */
  requireRolesChange(actor: PeopleActor, target: UserEntity, roles: readonly Role[]): void {
    if (target.id === actor.userId) throw forbidden('You cannot change your own roles');
    this.requireGrantable(actor, roles);
    this.requireGrantable(actor, target.roles);
  }

  /** @throws FORBIDDEN when the caller would disable their own account. */
  requireNotSelf(actor: PeopleActor, target: UserEntity, what: string): void {
    if (target.id === actor.userId) throw forbidden(`You cannot ${what} your own account`);
  }
}
