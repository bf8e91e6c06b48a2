import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AgencyKind, Role } from '@taskforce/domain';

/** A person as the people screen shows them (GraphQL `Person`); `lastSignInAt` is ISO 8601 UTC or null. */
export interface PersonData {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  lastSignInAt: string | null;
  hasPassword: boolean;
}

/** A person and their one-time link (`/set-password?token=…`, shown once) with its expiry (ISO 8601 UTC). */
export interface OneTimeLinkData {
  person: PersonData;
  link: string;
  expiresAt: string;
}

const PERSON_FIELDS = gql`
  fragment AgencyPersonFields on Person {
    id
    email
    displayName
    roles
    disabled
    lastSignInAt
    hasPassword
  }
`;

/** The people of the viewer's agency, or (platform admins) of `agencyId`. */
export const AGENCY_PEOPLE_QUERY: TypedDocumentNode<{ agencyPeople: PersonData[] }, { agencyId?: string | null }> = gql`
  ${PERSON_FIELDS}
  query AgencyPeople($agencyId: ID) {
    agencyPeople(agencyId: $agencyId) {
      ...AgencyPersonFields
    }
  }
`;

/** Input of invitePerson. */
export interface InvitePersonInputData {
  email: string;
  displayName: string;
  roles: Role[];
  agencyId?: string | null;
}

export const INVITE_PERSON_MUTATION: TypedDocumentNode<{ invitePerson: OneTimeLinkData }, { input: InvitePersonInputData }> = gql`
  ${PERSON_FIELDS}
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      person {
        ...AgencyPersonFields
      }
      link
      expiresAt
    }
  }
`;

export const CHANGE_PERSON_ROLES_MUTATION: TypedDocumentNode<{ changePersonRoles: PersonData }, { input: { userId: string; roles: Role[] } }> = gql`
  ${PERSON_FIELDS}
  mutation ChangePersonRoles($input: ChangePersonRolesInput!) {
    changePersonRoles(input: $input) {
      ...AgencyPersonFields
    }
  }
`;

export const DISABLE_USER_MUTATION: TypedDocumentNode<{ disableUser: { id: string; disabled: boolean } }, { id: string }> = gql`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      disabled
    }
  }
`;

export const ENABLE_PERSON_MUTATION: TypedDocumentNode<{ enablePerson: PersonData }, { userId: string }> = gql`
  ${PERSON_FIELDS}
  mutation EnablePerson($userId: ID!) {
    enablePerson(userId: $userId) {
      ...AgencyPersonFields
    }
  }
`;

export const START_PASSWORD_RESET_MUTATION: TypedDocumentNode<{ startPasswordReset: OneTimeLinkData }, { userId: string }> = gql`
  ${PERSON_FIELDS}
  mutation StartPasswordReset($userId: ID!) {
    startPasswordReset(userId: $userId) {
      person {
        ...AgencyPersonFields
      }
      link
      expiresAt
    }
  }
`;

/** Public: sets a password with a one-time link's token. */
export const SET_PASSWORD_WITH_TOKEN_MUTATION: TypedDocumentNode<{ setPasswordWithToken: boolean }, { input: { token: string; password: string } }> = gql`
  mutation SetPasswordWithToken($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input)
  }
`;

/** An agency as the agencies screen lists it. */
export interface AgencyRowData {
  id: string;
  name: string;
  acronym: string;
  kind: AgencyKind;
  country: string | null;
  countryName: string | null;
}

export const AGENCY_DIRECTORY_QUERY: TypedDocumentNode<{ agencies: AgencyRowData[] }, Record<string, never>> = gql`
  query AgencyDirectory {
    agencies {
      id
      name
      acronym
      kind
      country
      countryName
    }
  }
`;

/** Input of createAgency. */
export interface CreateAgencyInputData {
  name: string;
  acronym: string;
  country: string | null;
  kind: AgencyKind;
  firstAdmin: { email: string; displayName: string };
}

export const CREATE_AGENCY_MUTATION: TypedDocumentNode<{ createAgency: { agency: AgencyRowData; firstAdmin: OneTimeLinkData } }, { input: CreateAgencyInputData }> = gql`
  ${PERSON_FIELDS}
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      agency {
        id
        name
        acronym
        kind
        country
        countryName
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
`;
