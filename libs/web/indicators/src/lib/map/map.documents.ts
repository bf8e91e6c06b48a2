import { graphql, type ResultOf } from '@taskforce/web-data-access';

/** Legs of the routes of the leads your agency may read, as your projection of each lead shows them. */
export const LEAD_ROUTES_QUERY = graphql(`
  query LeadRoutes {
    leadRoutes {
      from
      to
      leads
      tlp
      leadIds
    }
  }
`);

/** One leg of the routes of the leads the viewer may read (ISO 3166-1 alpha-2 countries), with the most restrictive TLP among them. */
export type LeadRouteLeg = ResultOf<typeof LEAD_ROUTES_QUERY>['leadRoutes'][number];

/** Flows between countries or regions of one source, protected by the server for the viewer. */
export const CASE_FLOWS_QUERY = graphql(`
  query CaseFlows($input: CaseFlowsInput!) {
    caseFlows(input: $input) {
      source
      level
      k
      viewerIsOwner
      perturbed
      citation
      flows {
        from
        to
        count
      }
      suppressedFlows
      suppressedRecords { ...ShownFigureFields }
      unknownOrigin { ...ShownFigureFields }
      unknownDestination { ...ShownFigureFields }
      unknownBoth { ...ShownFigureFields }
      total { ...ShownFigureFields }
    }
  }
`);

/** Small-cell protected flows from origin to place of exploitation (suppressed flows are counted, not listed). */
export type CaseFlowsData = ResultOf<typeof CASE_FLOWS_QUERY>['caseFlows'];
