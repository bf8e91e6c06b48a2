import { useQuery } from '@apollo/client/react';
import { describeApiError } from '@taskforce/web-data-access';
import { Alert, Card, LoadingState } from '@taskforce/web-ui';
import { CASE_FLOWS_QUERY, type ShownFigure } from './map.documents';
import { WorldMap } from './world-map';

const figure = (f: ShownFigure) => (f.count === null ? f.label : f.count.toLocaleString('en-GB'));

/**
 * "Flows between regions" of one source (citizenship region → exploitation region), as the server protects them
 * for the viewer: a world map with the flows that may be shown, the number of suppressed flows, the records whose
 * origin or destination is unknown (counted apart, never drawn) and the source's citation.
 */
export function CaseFlowsMap({ source, indicator, operationId }: { source: string; indicator?: string; operationId?: string }) {
  const { data, loading, error } = useQuery(CASE_FLOWS_QUERY, {
    variables: { input: { source, level: 'REGION', ...(indicator ? { indicator } : {}), ...(operationId ? { operationId } : {}) } },
  });
  const flows = data?.caseFlows;
  return (
    <Card title="Flows between regions" headingLevel={2} data-testid="case-flows">
      {error && <Alert>{describeApiError(error, 'The flows cannot be loaded right now.')}</Alert>}
      {!flows && loading && <LoadingState label="Loading the flows…" />}
      {flows && (
        <>
          <p className="tf-muted tf-small">
            Citizenship region → region of exploitation. {flows.total.count === null ? '' : `${figure(flows.total)} records; `}
            unknown origin: {figure(flows.unknownOrigin)}, unknown destination: {figure(flows.unknownDestination)}, both unknown:{' '}
            {figure(flows.unknownBoth)} (not drawn).
          </p>
          <WorldMap
            flows={flows.flows}
            level="REGION"
            unit="records"
            title={`Flows of victims between regions (${flows.source})`}
            citation={flows.citation}
            suppressed={{ flows: flows.suppressedFlows, k: flows.k }}
            data-testid="case-flows-map"
          />
        </>
      )}
    </Card>
  );
}
