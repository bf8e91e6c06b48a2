import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Fields of a person as the people screen shows them (GraphQL `Person`). */
export const AGENCY_PERSON_FIELDS = graphql(`
  fragment AgencyPersonFields on Person {
    id
    email
    displayName
    roles
    disabled
    lastSignInAt
    hasPassword
  }
`);

/** A person as the people screen shows them; `lastSignInAt` is ISO 8601 UTC or null. */
export type PersonData = ResultOf<typeof AGENCY_PERSON_FIELDS>;

/** The people of the viewer's agency, or (platform admins) of `agencyId`. */
export const AGENCY_PEOPLE_QUERY = graphql(`
  query AgencyPeople($agencyId: ID) {
    agencyPeople(agencyId: $agencyId) {
      ...AgencyPersonFields
    }
  }
`);

/** Creates a person without a password and a one-time link (72 h) to set one (step-up action); BAD_USER_INPUT naming email when in use. */
export const INVITE_PERSON_MUTATION = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      person {
        ...AgencyPersonFields
      }
      link
      expiresAt
    }
  }
`);

/** A person and their one-time link (`/set-password?token=…`, shown once) with its expiry (ISO 8601 UTC). */
export type OneTimeLinkData = ResultOf<typeof INVITE_PERSON_MUTATION>['invitePerson'];

/** Replaces a person's roles (step-up action); FORBIDDEN for one's own roles and for PLATFORM_ADMIN by other admins. */
export const CHANGE_PERSON_ROLES_MUTATION = graphql(`
  mutation ChangePersonRoles($input: ChangePersonRolesInput!) {
    changePersonRoles(input: $input) {
      ...AgencyPersonFields
    }
  }
`);

/** Disables an account and ends its sessions, sockets and unused one-time links at once; FORBIDDEN for oneself. */
export const DISABLE_USER_MUTATION = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      disabled
    }
  }
`);

/** Enables a disabled account again. */
export const ENABLE_PERSON_MUTATION = graphql(`
  mutation EnablePerson($userId: ID!) {
    enablePerson(userId: $userId) {
      ...AgencyPersonFields
    }
  }
`);

/** A new one-time link (72 h) to set a new password; earlier unused links stop working. */
export const START_PASSWORD_RESET_MUTATION = graphql(`
  mutation StartPasswordReset($userId: ID!) {
    startPasswordReset(userId: $userId) {
      person {
        ...AgencyPersonFields
      }
      link
      expiresAt
    }
  }
`);

/** Every agency of the workspace, by name. */
export const AGENCY_DIRECTORY_QUERY = graphql(`
  query AgencyDirectory {
    agencies {
      id
      name
      acronym
      kind
      country
    }
  }
`);

/** Creates an agency and its first agency admin with a one-time link (platform admins only). */
export const CREATE_AGENCY_MUTATION = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        id
        name
        acronym
        kind
        country
      }
      firstAdmin {
        person {
          ...AgencyPersonFields
        }
        link
        expiresAt
      }
    }
  }
`);
