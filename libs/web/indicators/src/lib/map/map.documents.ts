import { gql, type TypedDocumentNode } from '@apollo/client';
import { SHOWN_FIGURE_FIELDS } from '@taskforce/web-data-access';

/** A figure as the server lets it be shown: the count, or null with "suppressed (< k)". */
export interface ShownFigure {
  count: number | null;
  suppressed: boolean;
  label: string;
}

/** One leg of the routes of the leads the viewer may read (ISO 3166-1 alpha-2 countries). */
export interface LeadRouteLeg {
  from: string;
  to: string;
  leads: number;
  tlp: 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';
  leadIds: string[];
}

export type FlowLevelName = 'COUNTRY' | 'REGION';

export interface CaseFlowsInput {
  source: string;
  /** IndicatorKind; VICTIM_IDENTIFIED when absent. */
  indicator?: string;
  level: FlowLevelName;
  operationId?: string;
  k?: number;
}

/** Small-cell protected flows from origin to place of exploitation (suppressed flows are counted, not listed). */
export interface CaseFlowsData {
  source: string;
  level: FlowLevelName;
  k: number;
  viewerIsOwner: boolean;
  /** Shown flows carry cell-key noise (usually 0 or ±1, at most ±10 each). */
  perturbed: boolean;
  citation: string;
  flows: Array<{ from: string; to: string; count: number }>;
  suppressedFlows: number;
  suppressedRecords: ShownFigure;
  unknownOrigin: ShownFigure;
  unknownDestination: ShownFigure;
  unknownBoth: ShownFigure;
  total: ShownFigure;
}

/** Legs of the routes of the leads your agency may read, as your projection of each lead shows them. */
export const LEAD_ROUTES_QUERY: TypedDocumentNode<{ leadRoutes: LeadRouteLeg[] }, Record<string, never>> = gql`
  query LeadRoutes {
    leadRoutes {
      from
      to
      leads
      tlp
      leadIds
    }
  }
`;

/** Flows between countries or regions of one source, protected by the server for the viewer. */
export const CASE_FLOWS_QUERY: TypedDocumentNode<{ caseFlows: CaseFlowsData }, { input: CaseFlowsInput }> = gql`
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
  ${SHOWN_FIGURE_FIELDS}
`;
