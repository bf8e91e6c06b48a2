import { numericToAlpha2 } from 'i18n-iso-countries';

/** [longitude, latitude] in degrees (WGS 84). */
export type LonLat = [number, number];

/**
 * Features of world-atlas `countries-110m.json` (Natural Earth 1:110m admin-0, v4.1) that carry no ISO 3166-1
 * numeric id, by their Natural Earth name. Kosovo has no ISO numeric code; XK is the user-assigned alpha-2 code the
 * EU, IMF and the rest of this workspace use for it. Northern Cyprus and Somaliland are not ISO 3166-1 entities:
 * drawn as land, with no code, so nothing is anchored on them.
 */
export const FEATURES_WITHOUT_ISO_NUMERIC: Readonly<Record<string, string | null>> = {
  Kosovo: 'XK',
  'N. Cyprus': null,
  Somaliland: null,
};

/**
 * ISO 3166-1 alpha-2 code of a world-atlas country feature: its id is the ISO 3166-1 numeric code ("642" →
 * "RO", via i18n-iso-countries); features without an id go through FEATURES_WITHOUT_ISO_NUMERIC. Null when the
 * feature has no country code.
 */
export function alpha2OfFeature(feature: { id?: string | number; properties?: { name?: string } | null }): string | null {
  if (feature.id !== undefined && feature.id !== null && feature.id !== '') {
    return numericToAlpha2(String(feature.id).padStart(3, '0')) ?? null;
  }
  const name = feature.properties?.name;
  return name !== undefined && name in FEATURES_WITHOUT_ISO_NUMERIC ? FEATURES_WITHOUT_ISO_NUMERIC[name] : null;
}

/**
 * Anchor points of the regions CTDC flows join: the five UN M49 regions (UN Statistics Division, "Standard country
 * or area codes for statistical use", M49) and CTDC's merged "Americas/Oceania". Fixed, hand-chosen points inside
 * each region's main land mass so arcs stay readable (a centroid of Asia or of the Americas falls in awkward places);
 * "Americas/Oceania" is anchored in the Americas, where most of its records are.
 */
export const REGION_ANCHORS: Readonly<Record<string, LonLat>> = {
  Africa: [20, 5],
  Americas: [-80, 15],
  'Americas/Oceania': [-80, 15],
  Asia: [95, 35],
  Europe: [15, 50],
  Oceania: [140, -25],
};

/**
 * Stroke width (px) of a flow of `count` when the largest drawn flow has `max`: from 1.5 up to `widest` (default
 * 10) for the largest, growing with the square root of the count.
 */
export function flowWidth(count: number, max: number, widest = 10): number {
  if (max <= 0 || count <= 0) return 1.5;
  return 1.5 + (widest - 1.5) * Math.sqrt(Math.min(count, max) / max);
}

/**
 * SVG path of a flow between two projected points (px): a quadratic curve bending to the left of the direction of
 * travel by `bend` × the distance, so A → B and B → A do not overlap. A flow from a place to itself is a loop
 * above it of height `loop` px.
 */
export function arcPath(from: [number, number], to: [number, number], bend = 0.2, loop = 28): string {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const dx = x1 - x0;
  const dy = y1 - y0;
  if (Math.hypot(dx, dy) < 1e-6) {
    const r = loop * 0.6;
    return `M${fmt(x0)},${fmt(y0)} C${fmt(x0 - r)},${fmt(y0 - loop)} ${fmt(x0 + r)},${fmt(y0 - loop)} ${fmt(x0)},${fmt(y0)}`;
  }
  // Perpendicular to the left of travel in screen coordinates (y grows downwards): (dy, -dx).
  const cx = (x0 + x1) / 2 + dy * bend;
  const cy = (y0 + y1) / 2 - dx * bend;
  return `M${fmt(x0)},${fmt(y0)} Q${fmt(cx)},${fmt(cy)} ${fmt(x1)},${fmt(y1)}`;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);
