import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Fields of an agreement, with its status at the instant of the query. */
export const AGREEMENT_FIELDS = graphql(`
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
`);

/** An agreement with its parties (countries, ISO alpha-2, or agencies) and its status at the instant of the query. */
export type AgreementData = ResultOf<typeof AGREEMENT_FIELDS>;

/** Fields of one version of a jurisdiction rule; scope, filter and condition as JSON text. */
export const RULE_VERSION_FIELDS = graphql(`
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
`);

/** One version of a jurisdiction rule; scope, filter and condition as JSON text. */
export type RuleVersionData = ResultOf<typeof RULE_VERSION_FIELDS>;

/** Fields of a jurisdiction rule: its current version and its history (newest first). */
export const RULE_FIELDS = graphql(`
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
`);

/** A jurisdiction rule: its current version and its history (newest first). */
export type RuleData = ResultOf<typeof RULE_FIELDS>;

/** Every agreement, by id. */
export const AGREEMENTS_QUERY = graphql(`
  query Agreements {
    agreements {
      ...AgreementFields
    }
  }
`);

/** Records an agreement (platform admins); BAD_USER_INPUT names the field. */
export const CREATE_AGREEMENT_MUTATION = graphql(`
  mutation CreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

/** Changes, suspends, lifts or ends an agreement, version-checked (platform admins); live shares are decided again at once. */
export const UPDATE_AGREEMENT_MUTATION = graphql(`
  mutation UpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      ...AgreementFields
    }
  }
`);

/** Every rule with its whole history. */
export const JURISDICTION_RULES_QUERY = graphql(`
  query JurisdictionRules {
    jurisdictionRules(includeHistory: true) {
      ...RuleFields
    }
  }
`);

/** Records a jurisdiction rule, its first version (platform admins); BAD_USER_INPUT names the field. */
export const CREATE_RULE_MUTATION = graphql(`
  mutation CreateJurisdictionRule($input: CreateJurisdictionRuleInput!) {
    createJurisdictionRule(input: $input) {
      ...RuleFields
    }
  }
`);

/** Writes the next version of a jurisdiction rule, version-checked (platform admins); the current version ends when it starts. */
export const REVISE_RULE_MUTATION = graphql(`
  mutation ReviseJurisdictionRule($input: ReviseJurisdictionRuleInput!) {
    reviseJurisdictionRule(input: $input) {
      ...RuleFields
    }
  }
`);

/** Retires a jurisdiction rule now, version-checked (platform admins); its versions are kept. */
export const RETIRE_RULE_MUTATION = graphql(`
  mutation RetireJurisdictionRule($id: String!, $expectedVersion: Int!) {
    retireJurisdictionRule(id: $id, expectedVersion: $expectedVersion) {
      ...RuleFields
    }
  }
`);
