import { useQuery } from '@apollo/client/react';
import { describeApiError, useViewer } from '@taskforce/web-data-access';
import { Alert, Card, LoadingState, useCatalogue, useLingui } from '@taskforce/web-ui';
import { useEffect } from 'react';
import { LEAD_ROUTES_QUERY, type LeadRouteLeg } from './map.documents';
import { WorldMap } from './world-map';

/** TLP labels as written (TLP 2.0, FIRST): never translated. */
const TLP_TEXT: Record<LeadRouteLeg['tlp'], string> = {
  CLEAR: 'TLP:CLEAR',
  GREEN: 'TLP:GREEN',
  AMBER: 'TLP:AMBER',
  AMBER_STRICT: 'TLP:AMBER+STRICT',
  RED: 'TLP:RED',
};


/**
 * "Routes of the leads you may read": each leg (origin → transit → destination) of those leads' routes, as the
 * server projects them for the viewer's agency, on a world map with the same legs in a table (worst TLP per leg).
 * `refreshKey` changes when the list of readable leads changes, and the legs are fetched again.
 */
export function LeadRoutesMap({ refreshKey }: { refreshKey?: string }) {
  const { data, loading, error, refetch } = useQuery(LEAD_ROUTES_QUERY, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    if (refreshKey !== undefined) void refetch().catch(() => undefined);
  }, [refreshKey, refetch]);
  const { _ } = useLingui();
  const acronym = useViewer()?.agency.acronym ?? _('indicators.yourAgency');
  const legs = data?.leadRoutes;
  const tlpOf = new Map((legs ?? []).map((l) => [`${l.from}>${l.to}`, l.tlp]));
  // The map's texts are in the `indicators` catalogue, loaded here too: the leads screen shows this card.
  const ready = useCatalogue('indicators');
  // What the route legs come from, cited under the map and in the CSV export.
  const citation = _('indicators.routes.citation');
  if (!ready) return <LoadingState />;
  return (
    <Card title={_('indicators.routes.title')} headingLevel={2} data-testid="lead-routes">
      {error && !data && <Alert>{describeApiError(error, _('indicators.routes.loadFailed'), _)}</Alert>}
      {!data && loading && <LoadingState label={_('indicators.routes.loading')} />}
      {legs && (
        <WorldMap
          flows={legs.map((l) => ({ from: l.from, to: l.to, count: l.leads }))}
          level="COUNTRY"
          unit="leads"
          title={_('indicators.routes.mapTitle')}
          citation={citation}
          extraColumn={{ header: _('indicators.routes.worstTlp'), value: (flow) => {
            const tlp = tlpOf.get(`${flow.from}>${flow.to}`);
            return tlp ? TLP_TEXT[tlp] : '—';
          } }}
          // Lead counts per leg are not statistics leaving an agency: no small-cell protection applies.
          csvHeader={{ scope: _('indicators.routes.scope', { acronym }), k: null, sources: [citation] }}
          data-testid="lead-routes-map"
        />
      )}
    </Card>
  );
}
