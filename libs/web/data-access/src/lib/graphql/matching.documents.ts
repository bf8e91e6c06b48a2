import { graphql, type ResultOf } from './schema-types';

/** A selector match as querySelector and each line of a list answer it. */
export const SELECTOR_MATCH_FIELDS = graphql(`
  fragment SelectorMatchFields on SelectorMatch {
    kind
    hit
    holders {
      ...AgencyFields
    }
  }
`);

/** One selector match (hit, revealed holders). */
export type SelectorMatchData = ResultOf<typeof SELECTOR_MATCH_FIELDS>;

export const ADD_LEAD_SELECTOR_MUTATION = graphql(`
  mutation AddLeadSelector($input: AddLeadSelectorInput!) {
    addLeadSelector(input: $input) {
      selector {
        id
        kind
        display
      }
      match {
        ...SelectorMatchFields
      }
    }
  }
`);

export const REMOVE_LEAD_SELECTOR_MUTATION = graphql(`
  mutation RemoveLeadSelector($id: ID!) {
    removeLeadSelector(id: $id)
  }
`);

export const SET_LEAD_HIT_MODE_MUTATION = graphql(`
  mutation SetLeadHitMode($input: SetLeadHitModeInput!) {
    setLeadHitMode(input: $input) {
      id
    }
  }
`);

export const QUERY_SELECTOR_QUERY = graphql(`
  query QuerySelector($input: QuerySelectorInput!) {
    querySelector(input: $input) {
      ...SelectorMatchFields
    }
  }
`);

export const SELECTOR_QUERY_BUDGET_QUERY = graphql(`
  query SelectorQueryBudget {
    selectorQueryBudget {
      personRemaining
      agencyRemaining
      personLimit
      agencyLimit
    }
  }
`);

export const DECONFLICTION_CASES_QUERY = graphql(`
  query DeconflictionCases {
    deconflictionCases {
      id
      side
      selectorKind
      queryingAgency {
        ...AgencyFields
      }
      holderAgency {
        ...AgencyFields
      }
      ownLeadId
      hits
      createdAt
      lastHitAt
    }
  }
`);

/** One deconfliction case as a liaison officer sees it. */
export type DeconflictionCaseData = ResultOf<typeof DECONFLICTION_CASES_QUERY>['deconflictionCases'][number];
