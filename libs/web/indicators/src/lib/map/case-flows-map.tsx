import { useQuery } from '@apollo/client/react';
import { CELL_KEY_ADJUSTMENT } from '@taskforce/domain';
import { describeApiError, type FlowLevel, type IndicatorKind } from '@taskforce/web-data-access';
import { Card, LoadError, LoadingState, SelectField, useLingui } from '@taskforce/web-ui';
import { figureText, flowLevelOptions } from '../indicator-view';
import { CASE_FLOWS_QUERY } from './map.documents';
import { WorldMap } from './world-map';


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
  const { _ } = useLingui();
  const countries = level === 'COUNTRY';
  const { data, loading, error, refetch } = useQuery(CASE_FLOWS_QUERY, {
    variables: { input: { source, level, ...(indicator ? { indicator } : {}), ...(operationId ? { operationId } : {}) } },
  });
  const flows = data?.caseFlows;
  return (
    <Card title={countries ? _('indicators.flows.titleCountries') : _('indicators.flows.titleRegions')} headingLevel={2} data-testid="case-flows">
      <SelectField
        label={_('indicators.flows.level')}
        value={level}
        options={flowLevelOptions(_)}
        onChange={(event) => onLevelChange(event.target.value as FlowLevel)}
        data-testid="case-flows-level"
      />
      {error && <LoadError onRetry={() => refetch()}>{describeApiError(error, _('indicators.flows.loadFailed'), _)}</LoadError>}
      {!flows && loading && <LoadingState label={_('indicators.flows.loading')} />}
      {flows && (
        <>
          <p className="tf-muted tf-small">
            {countries ? _('indicators.flows.directionCountries') : _('indicators.flows.directionRegions')}{' '}{' '}
            {flows.total.count === null ? '' : `${_('indicators.flows.total', { count: flows.total.count })} `}
            {_('indicators.flows.unknown', { origin: figureText(flows.unknownOrigin, _), destination: figureText(flows.unknownDestination, _), both: figureText(flows.unknownBoth, _) })}
          </p>
          {flows.perturbed && (
            <p className="tf-muted tf-small" data-testid="case-flows-perturbed-note">
              {_('indicators.flows.perturbedNote')}
            </p>
          )}
          <WorldMap
            flows={flows.flows}
            level={level}
            unit="records"
            title={countries ? _('indicators.flows.mapTitleCountries', { source: flows.source }) : _('indicators.flows.mapTitleRegions', { source: flows.source })}
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
