import type { FlowLevel } from '@taskforce/web-data-access';
import { countryName, formatNumber, messageId, TableCsvButton, useLingui, type CsvExportHeader } from '@taskforce/web-ui';
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { useId, useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Bundled by Vite at build time: the map needs no network and no tile server.
import countries110m from 'world-atlas/countries-110m.json';
import { alpha2OfFeature, arcPath, flowWidth, type LonLat, REGION_ANCHORS } from './map-geometry';

/** What a map's counts count. */
export type MapUnit = 'records' | 'leads';

/** Message ids (catalogue `indicators`) of the texts that depend on what the counts count. */
const UNIT_IDS: Readonly<Record<MapUnit, { header: string; flow: string; legend: string }>> = {
  records: {
    header: messageId('indicators.records'),
    flow: messageId('indicators.map.flowRecords'),
    legend: messageId('indicators.map.legendRecords'),
  },
  leads: {
    header: messageId('indicators.map.leads'),
    flow: messageId('indicators.map.flowLeads'),
    legend: messageId('indicators.map.legendLeads'),
  },
};

/** One flow to draw: from → to, with its count (records, leads, …). */
export interface MapFlow {
  from: string;
  to: string;
  count: number;
}

export interface WorldMapProps {
  flows: readonly MapFlow[];
  /** COUNTRY: `from`/`to` are ISO 3166-1 alpha-2 codes; REGION: UN M49 region names as the source spells them. */
  level: FlowLevel;
  /** What a count counts: records or leads. */
  unit: MapUnit;
  /** Accessible name of the map and caption of its table. */
  title: string;
  /** Source of the flows, cited under the map (the map data's own source is cited too). */
  citation: string;
  /**
   * Flows the server suppressed (not drawn, not listed): those under k records and those hidden with them so that
   * they cannot be worked out from the totals. The legend says "n flows suppressed (under k records, or hidden so
   * that those cannot be worked out)".
   */
  suppressed?: { flows: number; k: number } | null;
  /** One more column of the accessible table (e.g. the worst TLP of the leads on a leg). */
  extraColumn?: { header: string; value: (flow: MapFlow) => string };
  /** Header block of the table's CSV export: scope, operation id, k in force, sources. */
  csvHeader: CsvExportHeader;
  'data-testid'?: string;
}

const WIDTH = 960;
const HEIGHT = 470;

interface CountryShape {
  code: string | null;
  name: string;
  d: string;
}

/** Country shapes projected once (Equal Earth, fitted to the frame), and a projected anchor per alpha-2 code. */
const world = (() => {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const path = geoPath(projection);
  const shapes: CountryShape[] = [];
  const anchors = new Map<string, [number, number]>();
  for (const f of collection.features) {
    const code = alpha2OfFeature({ id: f.id, properties: f.properties });
    shapes.push({ code, name: f.properties?.name ?? '', d: path(f) ?? '' });
    const point = code ? projection(mainlandCentroid(f)) : null;
    if (code && point) anchors.set(code, [point[0], point[1]]);
  }
  const regionAnchors = new Map<string, [number, number]>();
  for (const [name, lonLat] of Object.entries(REGION_ANCHORS)) {
    const point = projection(lonLat);
    if (point) regionAnchors.set(name, [point[0], point[1]]);
  }
  return { shapes, anchors, regionAnchors, sphere: path({ type: 'Sphere' }) ?? '' };
})();

/**
 * Centroid of a country's largest polygon: the centroid of all its parts can fall in the sea (France with French
 * Guiana, the United States with Alaska).
 */
function mainlandCentroid(f: Feature<Geometry, { name: string }>): LonLat {
  if (f.geometry.type !== 'MultiPolygon') return geoCentroid(f) as LonLat;
  const parts: Polygon[] = (f.geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest) as LonLat;
}

const placeName = (level: WorldMapProps['level'], place: string) => (level === 'COUNTRY' ? countryName(place) : place);

/**
 * An offline SVG world map (Natural Earth via world-atlas, Equal Earth projection) with flows drawn as curved
 * arrows whose width grows with the count (square root, 1.5 px up to 10 px for regions, 4 px for countries), and beside it an accessible table of the same
 * flows. Flows whose ends have no position (an unknown code or region) are listed in the table, marked "not on the
 * map". Suppressed flows are neither drawn nor listed: the legend gives their number.
 */
export function WorldMap({ flows, level, unit, title, citation, suppressed, extraColumn, csvHeader, ...rest }: WorldMapProps) {
  const { _ } = useLingui();
  const id = useId();
  const markerId = `${id}-arrow`;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const anchorOf = (place: string) => (level === 'COUNTRY' ? world.anchors.get(place) : world.regionAnchors.get(place)) ?? null;
  const rows = useMemo(
    () =>
      flows.map((flow) => {
        const from = level === 'COUNTRY' ? world.anchors.get(flow.from) : world.regionAnchors.get(flow.from);
        const to = level === 'COUNTRY' ? world.anchors.get(flow.to) : world.regionAnchors.get(flow.to);
        return { flow, from: from ?? null, to: to ?? null };
      }),
    [flows, level],
  );
  const drawn = rows.filter((r) => r.from && r.to);
  const max = Math.max(0, ...drawn.map((r) => r.flow.count));
  const places = new Set(flows.flatMap((f) => [f.from, f.to]));
  const labelled = [...places].map((place) => ({ place, at: anchorOf(place) })).filter((p): p is { place: string; at: [number, number] } => p.at !== null);

  return (
    <figure className="tf-map" data-testid={rest['data-testid']}>
      <svg
        className="tf-map__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        data-testid="world-map"
        data-flows={drawn.length}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>
          {drawn.length === 0 ? _('indicators.map.noFlows') : _('indicators.map.drawn', { count: drawn.length })}
        </desc>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="2.2" markerHeight="2.2" markerUnits="strokeWidth" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" className="tf-map__arrowhead" />
          </marker>
        </defs>
        <path className="tf-map__sphere" d={world.sphere} />
        <g className="tf-map__countries">
          {world.shapes.map((shape, i) => (
            <path
              key={`${shape.code ?? shape.name}-${i}`}
              className={`tf-map__country${level === 'COUNTRY' && shape.code && places.has(shape.code) ? ' tf-map__country--on-route' : ''}`}
              d={shape.d}
              data-code={shape.code ?? undefined}
            />
          ))}
        </g>
        <g className="tf-map__flows">
          {drawn.map(({ flow, from, to }) => (
            <path
              key={`${flow.from}>${flow.to}`}
              className="tf-map__flow"
              d={arcPath(from!, to!, 0.2, 36)}
              strokeWidth={flowWidth(flow.count, max, level === 'COUNTRY' ? 4 : 10)}
              markerEnd={`url(#${markerId})`}
              data-testid="map-flow"
              data-from={flow.from}
              data-to={flow.to}
              data-count={flow.count}
            >
              <title>
                {_(UNIT_IDS[unit].flow, { from: placeName(level, flow.from), to: placeName(level, flow.to), count: flow.count })}
              </title>
            </path>
          ))}
        </g>
        <g className="tf-map__labels" aria-hidden="true">
          {labelled.map(({ place, at }) => (
            <text key={place} x={at[0]} y={at[1] + 14} className="tf-map__label">
              {place}
            </text>
          ))}
        </g>
      </svg>
      <figcaption className="tf-map__caption">
        <p className="tf-small" data-testid="map-legend">
          {max > 0 ? _('indicators.map.widest', { legend: _(UNIT_IDS[unit].legend), widest: formatNumber(max) }) : _('indicators.map.legend', { legend: _(UNIT_IDS[unit].legend) })}
          {suppressed && suppressed.flows > 0 && (
            <span data-testid="map-suppressed">
              {' '}
              {_('indicators.map.suppressed', { count: suppressed.flows, k: suppressed.k })}
            </span>
          )}
        </p>
        <p className="tf-small tf-muted" data-testid="map-citation">
          {_('indicators.map.citation', { citation })}
        </p>
      </figcaption>
      <div className="tf-indicators__scroll" tabIndex={0} role="region" aria-label={_('indicators.map.tableLabel', { title })}>
        <table className="tf-indicators__table" data-testid="map-flow-table" id={`${id}-table`}>
          <caption className="tf-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{_('indicators.map.from')}</th>
              <th scope="col">{_('indicators.map.to')}</th>
              <th scope="col" className="tf-num">
                {_(UNIT_IDS[unit].header)}
              </th>
              {extraColumn && <th scope="col">{extraColumn.header}</th>}
              <th scope="col">{_('indicators.map.onMap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ flow, from, to }) => (
              <tr key={`${flow.from}>${flow.to}`} data-testid="map-flow-row" data-from={flow.from} data-to={flow.to} data-count={flow.count} data-drawn={String(!!(from && to))}>
                <th scope="row">{placeName(level, flow.from)}</th>
                <td>{placeName(level, flow.to)}</td>
                <td className="tf-num">{formatNumber(flow.count)}</td>
                {extraColumn && <td>{extraColumn.value(flow)}</td>}
                <td>{from && to ? _('indicators.map.onMapYes') : _('indicators.map.onMapNo')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <TableCsvButton tableId={`${id}-table`} filename={`${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.csv`} header={csvHeader} />
      </p>
    </figure>
  );
}
