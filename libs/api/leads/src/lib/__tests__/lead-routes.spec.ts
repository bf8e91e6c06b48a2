import { TlpLabel } from '@taskforce/domain';
import { aggregateRouteLegs } from '../lead-routes';

const route = (...countries: string[]) => countries.map((country) => ({ country }));

describe('aggregateRouteLegs', () => {
  it('splits each route into consecutive legs and counts distinct leads per leg with the worst TLP', () => {
    const legs = aggregateRouteLegs([
      { id: 'b', tlp: TlpLabel.GREEN, route: route('RO', 'NL', 'ES') },
      { id: 'a', tlp: TlpLabel.AMBER_STRICT, route: route('RO', 'NL') },
      { id: 'c', tlp: TlpLabel.CLEAR, route: route('NG') },
    ]);
    // By hand: RO→NL in a and b (2 leads, AMBER+STRICT beats GREEN); NL→ES in b only; a one-stop route has no leg.
    expect(legs).toEqual([
      { from: 'RO', to: 'NL', leads: 2, tlp: TlpLabel.AMBER_STRICT, leadIds: ['a', 'b'] },
      { from: 'NL', to: 'ES', leads: 1, tlp: TlpLabel.GREEN, leadIds: ['b'] },
    ]);
  });

  it('counts a lead once on a leg it passes twice, keeps directions apart and makes no leg inside one country', () => {
    const legs = aggregateRouteLegs([{ id: 'x', tlp: TlpLabel.RED, route: route('NG', 'ES', 'ES', 'NG', 'ES') }]);
    expect(legs).toEqual([
      { from: 'NG', to: 'ES', leads: 1, tlp: TlpLabel.RED, leadIds: ['x'] },
      { from: 'ES', to: 'NG', leads: 1, tlp: TlpLabel.RED, leadIds: ['x'] },
    ].sort((p, q) => (p.from < q.from ? -1 : 1)));
  });

  it('gives nothing for no leads', () => {
    expect(aggregateRouteLegs([])).toEqual([]);
  });
});
