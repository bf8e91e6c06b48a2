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

/** A deconfliction case as one side sees it, with its contacts and lead requests. */
export const DECONFLICTION_CASE_FIELDS = graphql(`
  fragment DeconflictionCaseFields on DeconflictionCase {
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
    holderDisclosed
    holderKnown
    contacts {
      id
      fromSide
      fromAgency {
        ...AgencyFields
      }
      message
      createdAt
    }
    leadRequests {
      id
      status
      purpose
      reason
      requestingAgency {
        ...AgencyFields
      }
      requestedAt
      decidedAt
      decisionReason
      outcome
      redactedCategories
      reasons {
        ...SharingReasonFields
      }
      sharedLeadId
    }
  }
`);

export const DECONFLICTION_CASES_QUERY = graphql(`
  query DeconflictionCases {
    deconflictionCases {
      ...DeconflictionCaseFields
    }
  }
`);

/** Proposes contact to the other side of a case; answers the case as the caller sees it. */
export const PROPOSE_DECONFLICTION_CONTACT_MUTATION = graphql(`
  mutation ProposeDeconflictionContact($input: ProposeDeconflictionContactInput!) {
    proposeDeconflictionContact(input: $input) {
      ...DeconflictionCaseFields
    }
  }
`);

/** The querying side asks the holder for its lead. */
export const REQUEST_DECONFLICTION_LEAD_MUTATION = graphql(`
  mutation RequestDeconflictionLead($input: RequestDeconflictionLeadInput!) {
    requestDeconflictionLead(input: $input) {
      ...DeconflictionCaseFields
    }
  }
`);

/** The holder approves (shares under the sharing decision) or declines a request for its lead. */
export const DECIDE_DECONFLICTION_LEAD_REQUEST_MUTATION = graphql(`
  mutation DecideDeconflictionLeadRequest($input: DecideDeconflictionLeadRequestInput!) {
    decideDeconflictionLeadRequest(input: $input) {
      ...DeconflictionCaseFields
    }
  }
`);

/** The sharing decision a pending request would get now (holder side). */
export const DECONFLICTION_LEAD_REQUEST_PREVIEW_QUERY = graphql(`
  query DeconflictionLeadRequestPreview($requestId: ID!) {
    deconflictionLeadRequestPreview(requestId: $requestId) {
      recipientAgency {
        ...AgencyFields
      }
      outcome
      redactedCategories
      legalBasis {
        kind
        id
        title
        article
      }
      reasons {
        ...SharingReasonFields
      }
      conditions {
        ...SharingReasonFields
      }
      summary
      purpose
      at
      existingShareStatus
    }
  }
`);

/** One deconfliction case as a liaison officer sees it. */
export type DeconflictionCaseData = ResultOf<typeof DECONFLICTION_CASES_QUERY>['deconflictionCases'][number];

/** One request for the holder's lead, as the viewer's side sees it. */
export type DeconflictionLeadRequestData = DeconflictionCaseData['leadRequests'][number];
