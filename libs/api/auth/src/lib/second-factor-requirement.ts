import { AgencyEntity } from '@taskforce/api-agencies';
import { AppConfig } from '@taskforce/api-core';
import { Role } from '@taskforce/domain';
import { EntityManager } from 'typeorm';
import { SecuritySettingsEntity } from './second-factor.entity';
import { UserEntity } from './user.entity';

// Who must have a second factor: every person of an agency that requires one (`agencies.second_factor_required`), and
// agency and platform admins when the platform setting (`security_settings`) or ADMIN_SECOND_FACTOR_REQUIRED says so.
// Either TOTP or a passkey satisfies it. One rule, in its SQL form (per request) and for one person's row.

/** The roles the admin requirement applies to. */
const ADMIN_ROLES = [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN];

/**
 * SQL (over `users u` joined to `agencies a`) that is true when the person must have a second factor and has none.
 * Agency requirement, the platform setting for admins, or ADMIN_SECOND_FACTOR_REQUIRED.
 */
export function enrolmentRequiredSql(config: AppConfig): string {
  const adminsRequired = config.adminSecondFactorRequired ? 'true' : '(SELECT admins_second_factor_required FROM security_settings LIMIT 1)';
  return `(u.totp_enabled_at IS NULL AND NOT EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id) AND (a.second_factor_required OR (u.roles && ARRAY['AGENCY_ADMIN','PLATFORM_ADMIN']::user_role[] AND COALESCE(${adminsRequired}, false))))`;
}

/** Whether the agency's or the admin requirement applies to `row` (whatever factors they have), read through `m`. */
export async function secondFactorRequirementOf(m: EntityManager, config: AppConfig, row: UserEntity): Promise<{ requiredByAgency: boolean; requiredForAdmins: boolean }> {
  const agency = await m.getRepository(AgencyEntity).findOne({ where: { id: row.agencyId } });
  const isAdmin = row.roles.some((r) => ADMIN_ROLES.includes(r));
  return { requiredByAgency: agency?.secondFactorRequired ?? false, requiredForAdmins: isAdmin && (await adminsRequired(m, config)) };
}

async function adminsRequired(m: EntityManager, config: AppConfig): Promise<boolean> {
  if (config.adminSecondFactorRequired) return true;
  const row = await m.getRepository(SecuritySettingsEntity).findOne({ where: { id: true } });
  return row?.adminsSecondFactorRequired ?? false;
}
