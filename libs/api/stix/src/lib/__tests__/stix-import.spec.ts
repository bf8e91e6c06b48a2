import { readStixBundle } from '../stix-import';

const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
const AMBER_STRICT = 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003';
const isCountry = (code: string) => ['RO', 'NL', 'ES', 'TH'].includes(code);
const loc = (n: number, country?: string) => ({ type: 'location', spec_version: '2.1', id: `location--00000000-0000-4000-8000-00000000000${n}`, ...(country ? { country } : { region: 'europe' }) });

/** A bundle from another tool: a grouping, no workspace extension. */
function foreign(report: Record<string, unknown>, more: Array<Record<string, unknown>> = []) {
  const locations = [loc(1, 'RO'), loc(2, 'nl'), loc(3, 'ES'), loc(4)];
  const grouping = { type: 'grouping', spec_version: '2.1', id: 'grouping--00000000-0000-4000-8000-000000000009', name: 'Job adverts', context: 'suspicious-activity', object_refs: locations.map((l) => l.id), ...report };
  return JSON.stringify({ type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000010', objects: [grouping, ...locations, ...more] });
}

describe('reading a STIX 2.1 bundle from another tool into a lead', () => {
  it('takes a grouping, roles by position (first ORIGIN, last DESTINATION), and skips a location without a country', () => {
    const r = readStixBundle(foreign({ object_marking_refs: [GREEN] }), isCountry);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.lead.route).toEqual([
      { country: 'RO', role: 'ORIGIN' },
      { country: 'NL', role: 'TRANSIT' },
      { country: 'ES', role: 'TRANSIT' },
    ]);
    expect(r.skipped).toEqual([{ id: loc(4).id, type: 'location', reason: expect.stringContaining('ISO 3166-1 alpha-2') }]);
  });

  it('keeps the strictest of several TLP markings; no TLP marking at all is TLP:RED, reported', () => {
    const both = readStixBundle(foreign({ object_marking_refs: [GREEN, AMBER_STRICT] }), isCountry);
    expect(both.ok && both.lead.tlp).toBe('AMBER_STRICT');
    const none = readStixBundle(foreign({}), isCountry);
    expect(none.ok && none.lead.tlp).toBe('RED');
    expect(none.ok && none.skipped.map((s) => s.type)).toContain('grouping');
  });

  it('reads credibility from confidence (appendix A bands), source reliability F, form of exploitation from labels', () => {
    const r = readStixBundle(foreign({ object_marking_refs: [GREEN], confidence: 65, labels: ['forced-labour'] }), isCountry);
    expect(r.ok && [r.lead.informationCredibility, r.lead.sourceReliability, r.lead.formOfExploitation]).toEqual(['2', 'F', 'FORCED_LABOUR']);
    const bare = readStixBundle(foreign({ object_marking_refs: [GREEN] }), isCountry);
    expect(bare.ok && [bare.lead.informationCredibility, bare.lead.formOfExploitation, bare.lead.details]).toEqual(['6', 'OTHER', '']);
  });

  it('refuses two reports naming bundle.objects', () => {
    const two = JSON.stringify({
      type: 'bundle',
      objects: [
        { type: 'report', id: 'report--00000000-0000-4000-8000-000000000001' },
        { type: 'grouping', id: 'grouping--00000000-0000-4000-8000-000000000002' },
      ],
    });
    expect(readStixBundle(two, isCountry)).toEqual({ ok: false, problems: [{ field: 'bundle.objects', message: expect.any(String) }] });
  });

  it.each([
    ['no UUID', 'location--1'],
    ['another type than the object’s', 'identity--00000000-0000-4000-8000-000000000007'],
    ['no type', '00000000-0000-4000-8000-000000000007'],
    ['a UUID of version 0', 'location--00000000-0000-0000-8000-000000000007'],
    ['a UUID of another variant (Microsoft, c)', 'location--00000000-0000-4000-c000-000000000007'],
    ['a UUID with a digit too few', 'location--00000000-0000-4000-8000-00000000007'],
    ['one dash only', 'location-00000000-0000-4000-8000-000000000007'],
  ])('refuses an object whose id has %s, naming its index and id (STIX 2.1 section 2.9)', (_what, id) => {
    const text = foreign({ object_marking_refs: [GREEN] }, [{ type: 'location', spec_version: '2.1', id, country: 'NL' }]);
    // grouping (0), four locations (1–4), then the object at fault (5).
    expect(readStixBundle(text, isCountry)).toEqual({ ok: false, problems: [{ field: 'bundle.objects[5].id', message: expect.stringContaining('RFC 4122') }] });
  });

  it('takes ids of UUID versions 1 to 5 in either case', () => {
    const ids = ['1', '2', '3', '5'].map((v, i) => `location--A0000000-0000-${v}000-B000-00000000001${i}`);
    const text = foreign({ object_marking_refs: [GREEN] }, ids.map((id) => ({ type: 'location', spec_version: '2.1', id, country: 'NL' })));
    expect(readStixBundle(text, isCountry).ok).toBe(true);
  });

  it('refuses a second object with the id of an earlier one, naming the second and the first', () => {
    const text = foreign({ object_marking_refs: [GREEN] }, [{ ...loc(1, 'NL') }]);
    expect(readStixBundle(text, isCountry)).toEqual({ ok: false, problems: [{ field: 'bundle.objects[5].id', message: expect.stringContaining('bundle.objects[1]') }] });
  });
});
