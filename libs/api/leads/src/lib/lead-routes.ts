import { mostRestrictiveTlp, TlpLabel } from '@taskforce/domain';

/** What the map needs of one lead, taken from the viewer's projection of it (never from the stored lead). */
export interface ProjectedRoute {
  id: string;
  tlp: TlpLabel;
  /** Ordered stops as the viewer's projection shows them (ISO 3166-1 alpha-2). */
  route: ReadonlyArray<{ country: string }>;
}

/** One leg of the routes of the leads a viewer may read, aggregated per ordered country pair. */
export interface RouteLeg {
  /** ISO 3166-1 alpha-2 of the stop the leg leaves. */
  from: string;
  /** ISO 3166-1 alpha-2 of the next stop on the route. */
  to: string;
  /** Number of leads whose route has this leg (a lead that passes twice counts once). */
  leads: number;
  /** The most restrictive TLP 2.0 label among those leads (TLP order CLEAR < GREEN < AMBER < AMBER+STRICT < RED). */
  tlp: TlpLabel;
  /** The leads, sorted by id. */
  leadIds: string[];
}

/**
 * Legs of lead routes (origin → transit … → destination, consecutive stops in route order) aggregated per
 * (from, to) pair: count of distinct leads and the worst TLP among them. A stop followed by the same country
 * (a transit inside one country) makes no leg. Sorted by descending lead count, then from, then to.
 */
export function aggregateRouteLegs(leads: readonly ProjectedRoute[]): RouteLeg[] {
  const legs = new Map<string, { from: string; to: string; tlp: TlpLabel; leadIds: Set<string> }>();
  for (const lead of leads) {
    for (let i = 1; i < lead.route.length; i++) {
      const from = lead.route[i - 1].country;
      const to = lead.route[i].country;
      if (from === to) continue;
      const key = `${from}>${to}`;
      const leg = legs.get(key);
      if (leg) {
        leg.leadIds.add(lead.id);
        leg.tlp = mostRestrictiveTlp(leg.tlp, lead.tlp);
      } else {
        legs.set(key, { from, to, tlp: lead.tlp, leadIds: new Set([lead.id]) });
      }
    }
  }
  return [...legs.values()]
    .map((l) => ({ from: l.from, to: l.to, leads: l.leadIds.size, tlp: l.tlp, leadIds: [...l.leadIds].sort() }))
    .sort((a, b) => b.leads - a.leads || cmp(a.from, b.from) || cmp(a.to, b.to));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
