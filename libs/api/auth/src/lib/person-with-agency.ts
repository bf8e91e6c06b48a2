import { AgencyEntity, AgencyService } from '@taskforce/api-agencies';
import { Role } from '@taskforce/domain';
import { UserModel } from './user.model';
import { UserService } from './user.service';

/**
 * The SELECT list of a person (the `users` row aliased `user`) with their agency (the `agencies` row aliased
 * `agency`) as columns named `<prefix>user_id`, `<prefix>agency_acronym`…: for readers that show people with their
 * agencies and read both in the statement that finds the people (`personWithAgency` reads them back). With LEFT
 * JOINs, a missing person gives a null `<prefix>user_id`.
 */
export function personWithAgencyColumns(user = 'u', agency = 'ua', prefix = ''): string {
  return (
    `${user}.id::text AS ${prefix}user_id, ${user}.email AS ${prefix}user_email, ${user}.display_name AS ${prefix}user_display_name, ` +
    `${user}.roles::text[] AS ${prefix}user_roles, ${user}.disabled_at AS ${prefix}user_disabled_at, ${user}.language AS ${prefix}user_language, ` +
    `${agency}.id::text AS ${prefix}agency_id, ${agency}.name AS ${prefix}agency_name, ${agency}.acronym AS ${prefix}agency_acronym, ` +
    `${agency}.kind AS ${prefix}agency_kind, ${agency}.country AS ${prefix}agency_country`
  );
}

/** `personWithAgencyColumns()`: aliases `u` and `ua`, no prefix. */
export const PERSON_WITH_AGENCY = personWithAgencyColumns();

/** A row read with `PERSON_WITH_AGENCY` (with a prefix, the same names behind it). */
export interface PersonWithAgencyRow {
  user_id: string;
  user_email: string;
  user_display_name: string;
  user_roles: Role[];
  user_disabled_at: Date | null;
  user_language: string | null;
  agency_id: string;
  agency_name: string;
  agency_acronym: string;
  agency_kind: AgencyEntity['kind'];
  agency_country: string | null;
}

/**
 * The person of a row read with `personWithAgencyColumns(…, prefix)`, with their agency loaded (`loadedAgency`,
 * which `User.agency` answers from); null when the row's `<prefix>user_id` is null (a LEFT JOIN found nobody).
 */
export function personWithAgency(row: PersonWithAgencyRow): UserModel;
export function personWithAgency(row: Record<string, unknown>, prefix: string): UserModel | null;
export function personWithAgency(row: Record<string, unknown> | PersonWithAgencyRow, prefix = ''): UserModel | null {
  const r = row as Record<string, unknown>;
  const at = <T>(name: string) => r[`${prefix}${name}`] as T;
  if (at<string | null>('user_id') === null) return null;
  return {
    ...UserService.toModel({ id: at('user_id'), email: at('user_email'), displayName: at('user_display_name'), roles: at('user_roles'), agencyId: at('agency_id'), disabledAt: at('user_disabled_at'), language: at('user_language') }),
    loadedAgency: AgencyService.toModel({ id: at('agency_id'), name: at('agency_name'), acronym: at('agency_acronym'), kind: at('agency_kind'), country: at('agency_country') }),
  };
}
