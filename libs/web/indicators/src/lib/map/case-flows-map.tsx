import { useQuery } from '@apollo/client/react';
import { CELL_KEY_ADJUSTMENT } from '@taskforce/domain';
import { describeApiError, type FlowLevel, type IndicatorKind, type ShownFigure } from '@taskforce/web-data-access';
import { Card, LoadError, LoadingState, SelectField } from '@taskforce/web-ui';
import { FLOW_LEVEL_OPTIONS } from '../indicator-view';
import { CASE_FLOWS_QUERY } from './map.documents';
import { WorldMap } from './world-map';

const figure = (f: ShownFigure) => (f.count === null ? f.label : f.count.toLocaleString('en-GB'));

/**
 * "Flows between regions" (or countries) of one source — citizenship (region) → place (region) of exploitation —
 * as the server protects them for the viewer: a level menu, a world map with the flows that may be shown, the
 * number of suppressed flows, the records whose origin or destination is unknown at that level (counted apart,
 * never drawn) and the source's citation.
 */
export function CaseFlowsMap({
  source,
  level,
  onLevelChange,
  indicator,
  operationId,
  scope,
}: {
  source: string;
  level: FlowLevel;
  onLevelChange: (level: FlowLevel) => void;
  indicator?: IndicatorKind;
  operationId?: string;
  /** What the flows cover, for the CSV export's header: the joint operation's name, or `taskForceScope(acronym)`. */
  scope: string;
}) {
  const places = level === 'COUNTRY' ? 'countries' : 'regions';
  const { data, loading, error, refetch } = useQuery(CASE_FLOWS_QUERY, {
    variables: { input: { source, level, ...(indicator ? { indicator } : {}), ...(operationId ? { operationId } : {}) } },
  });
  const flows = data?.caseFlows;
  return (
    <Card title={`Flows between ${places}`} headingLevel={2} data-testid="case-flows">
      <SelectField
        label="Level"
        value={level}
        options={FLOW_LEVEL_OPTIONS}
        onChange={(event) => onLevelChange(event.target.value as FlowLevel)}
        data-testid="case-flows-level"
      />
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, 'The flows cannot be loaded right now.')}</LoadError>}
      {!flows && loading && <LoadingState label="Loading the flows…" />}
      {flows && (
        <>
          <p className="tf-muted tf-small">
            {level === 'COUNTRY' ? 'Citizenship → country of exploitation.' : 'Citizenship region → region of exploitation.'}{' '} {flows.total.count === null ? '' : `${figure(flows.total)} records; `}
            unknown origin: {figure(flows.unknownOrigin)}, unknown destination: {figure(flows.unknownDestination)}, both unknown:{' '}
            {figure(flows.unknownBoth)} (not drawn).
          </p>
          {flows.perturbed && (
            <p className="tf-muted tf-small" data-testid="case-flows-perturbed-note">
              Flows that count other agencies' records carry a small adjustment (usually 0 or 1 record, rarely more), the same every time, so
              that they cannot be combined with tables to reveal a suppressed figure; the total is exact.
            </p>
          )}
          <WorldMap
            flows={flows.flows}
            level={level}
            unit="records"
            title={`Flows of victims between ${places} (${flows.source})`}
            citation={flows.citation}
            suppressed={{ flows: flows.suppressedFlows, k: flows.k }}
            csvHeader={{ scope, operationId: operationId ?? null, k: flows.k, adjustment: flows.perturbed ? CELL_KEY_ADJUSTMENT : null, sources: [flows.citation] }}
            data-testid="case-flows-map"
          />
        </>
      )}
    </Card>
  );
}
