import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DataCategory, SharingPurpose } from '@taskforce/domain';

/** Kind of agreement (GraphQL `AgreementKind`). */
export type AgreementKindValue = 'MULTILATERAL' | 'BILATERAL' | 'MOU';
/** Where an agreement stands now (GraphQL `AgreementStatus`). */
export type AgreementStatusValue = 'IN_FORCE' | 'NOT_YET_IN_FORCE' | 'EXPIRED' | 'SUSPENDED';
/** Flows a jurisdiction rule governs (GraphQL `RuleFlow`). */
export type RuleFlowValue = 'LEAVING' | 'ENTERING' | 'WITHIN' | 'ONWARD';

/** A party as the API returns it: a country (ISO alpha-2) or an agency. */
export interface AgreementPartyData {
  kind: 'COUNTRY' | 'AGENCY';
  country: string | null;
  agencyId: string | null;
  agency: { id: string; acronym: string; name: string } | null;
}

/** An agreement with its status at the instant of the query. */
export interface AgreementData {
  id: string;
  kind: AgreementKindValue;
  title: string;
  article: string | null;
  parties: AgreementPartyData[];
  dataCategories: DataCategory[];
  purposes: SharingPurpose[];
  inForceFrom: string;
  inForceTo: string | null;
  suspended: boolean;
  status: AgreementStatusValue;
  version: number;
  updatedAt: string;
}

/** One version of a jurisdiction rule; scope, filter and condition as JSON text. */
export interface RuleVersionData {
  ruleId: string;
  version: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  scopeJson: string;
  flows: RuleFlowValue[];
  whenJson: string | null;
  conditionJson: string;
  text: string;
  inEffect: boolean;
  retiredAt: string | null;
  createdAt: string;
}

/** A jurisdiction rule: its current version and its history (newest first). */
export interface RuleData {
  id: string;
  currentVersion: number;
  retired: boolean;
  current: RuleVersionData;
  versions: RuleVersionData[];
}

/** Input of createAgreement (and, with id + expectedVersion, of updateAgreement). */
export interface AgreementInput {
  id: string;
  kind: AgreementKindValue;
  title: string;
  article: string | null;
  parties: Array<{ kind: 'COUNTRY'; country: string } | { kind: 'AGENCY'; agencyId: string }>;
  dataCategories: DataCategory[];
  purposes: SharingPurpose[];
  inForceFrom: string;
  inForceTo: string | null;
  suspended?: boolean;
}

/** Input of createJurisdictionRule; reviseJurisdictionRule takes the same fields with expectedVersion. */
export interface RuleInput {
  id: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  scopeJson: string;
  flows: RuleFlowValue[];
  whenJson: string | null;
  conditionJson: string;
  text: string;
}

const AGREEMENT_FIELDS = gql`
  fragment AgreementFields on Agreement {
    id
    kind
    title
    article
    parties {
      kind
      country
      agencyId
      agency {
        id
        acronym
        name
      }
    }
    dataCategories
    purposes
    inForceFrom
    inForceTo
    suspended
    status
    version
    updatedAt
  }
`;

const RULE_VERSION_FIELDS = gql`
  fragment RuleVersionFields on JurisdictionRuleVersion {
    ruleId
    version
    effectiveFrom
    effectiveTo
    scopeJson
    flows
    whenJson
    conditionJson
    text
    inEffect
    retiredAt
    createdAt
  }
`;

const RULE_FIELDS = gql`
  fragment RuleFields on JurisdictionRule {
    id
    currentVersion
    retired
    current {
      ...RuleVersionFields
    }
    versions {
      ...RuleVersionFields
    }
  }
  ${RULE_VERSION_FIELDS}
`;

/** Every agreement, by id. */
export const AGREEMENTS_QUERY: TypedDocumentNode<{ agreements: AgreementData[] }, Record<string, never>> = gql`
  query Agreements {
    agreements {
      ...AgreementFields
    }
  }
  ${AGREEMENT_FIELDS}
`;

export const CREATE_AGREEMENT_MUTATION: TypedDocumentNode<{ createAgreement: AgreementData }, { input: AgreementInput }> = gql`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      ...AgreementFields
    }
  }
  ${AGREEMENT_FIELDS}
`;

export const UPDATE_AGREEMENT_MUTATION: TypedDocumentNode<
  { updateAgreement: AgreementData },
  { input: Partial<AgreementInput> & { id: string; expectedVersion: number } }
> = gql`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      ...AgreementFields
    }
  }
  ${AGREEMENT_FIELDS}
`;

/** Every rule with its whole history. */
export const JURISDICTION_RULES_QUERY: TypedDocumentNode<{ jurisdictionRules: RuleData[] }, Record<string, never>> = gql`
  query JurisdictionRules {
    jurisdictionRules(includeHistory: true) {
      ...RuleFields
    }
  }
  ${RULE_FIELDS}
`;

export const CREATE_RULE_MUTATION: TypedDocumentNode<{ createJurisdictionRule: RuleData }, { input: RuleInput }> = gql`
  mutation CreateJurisdictionRule($input: CreateJurisdictionRuleInput!) {
    createJurisdictionRule(input: $input) {
      ...RuleFields
    }
  }
  ${RULE_FIELDS}
`;

export const REVISE_RULE_MUTATION: TypedDocumentNode<{ reviseJurisdictionRule: RuleData }, { input: RuleInput & { expectedVersion: number } }> = gql`
  mutation ReviseJurisdictionRule($input: ReviseJurisdictionRuleInput!) {
    reviseJurisdictionRule(input: $input) {
      ...RuleFields
    }
  }
  ${RULE_FIELDS}
`;

export const RETIRE_RULE_MUTATION: TypedDocumentNode<{ retireJurisdictionRule: RuleData }, { id: string; expectedVersion: number }> = gql`
  mutation RetireJurisdictionRule($id: String!, $expectedVersion: Int!) {
    retireJurisdictionRule(id: $id, expectedVersion: $expectedVersion) {
      ...RuleFields
    }
  }
  ${RULE_FIELDS}
`;
