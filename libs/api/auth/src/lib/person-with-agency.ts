import { AgencyEntity, AgencyService } from '@taskforce/api-agencies';
import { Role } from '@taskforce/domain';
import { UserModel } from './user.model';
import { UserService } from './user.service';

/**
 * The SELECT list of a person (`users u`) with their agency (`agencies ua`) as one row (`PersonWithAgencyRow`):
 * for readers that show people with their agencies and read both in the statement that finds the people.
 */
export const PERSON_WITH_AGENCY =
  'u.id::text AS user_id, u.email AS user_email, u.display_name AS user_display_name, u.roles::text[] AS user_roles, u.disabled_at AS user_disabled_at, ' +
  'ua.id::text AS agency_id, ua.name AS agency_name, ua.acronym AS agency_acronym, ua.kind AS agency_kind, ua.country AS agency_country';

/** A row read with `PERSON_WITH_AGENCY`. */
export interface PersonWithAgencyRow {
  user_id: string;
  user_email: string;
  user_display_name: string;
  user_roles: Role[];
  user_disabled_at: Date | null;
  agency_id: string;
  agency_name: string;
  agency_acronym: string;
  agency_kind: AgencyEntity['kind'];
  agency_country: string | null;
}

/** The person of a `PERSON_WITH_AGENCY` row, with their agency loaded (`loadedAgency`, which `User.agency` answers from). */
export function personWithAgency(r: PersonWithAgencyRow): UserModel {
  return {
    ...UserService.toModel({ id: r.user_id, email: r.user_email, displayName: r.user_display_name, roles: r.user_roles, agencyId: r.agency_id, disabledAt: r.user_disabled_at }),
    loadedAgency: AgencyService.toModel({ id: r.agency_id, name: r.agency_name, acronym: r.agency_acronym, kind: r.agency_kind, country: r.agency_country }),
  };
}
