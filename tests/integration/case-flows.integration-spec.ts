import { DatasetKind, importDataset } from '@taskforce/api-indicators';
import { DATA_FILES } from '@taskforce/data-import';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { itWithData } from '../support/data-files';
import { perturbedNear, within } from '../support/perturbation';
import { AgencyKind, OperationStatus, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * caseFlows on hand-made case records (every expected figure worked out by hand in the comments, k = 11), then on
 * the real CTDC file from ../shared/data, recounted here from the raw CSV with csv-parse.
 */
/** ../shared/data beside the repository, or PUBLIC_DATA_DIR (as for the API) when set. */
const CTDC = join(process.env['PUBLIC_DATA_DIR'] ? resolve(process.env['PUBLIC_DATA_DIR']) : resolve(__dirname, '../../../shared/data'), DATA_FILES.ctdc);

const FLOWS = `query($input: CaseFlowsInput!) { caseFlows(input: $input) {
  source indicator level k viewerIsOwner perturbed citation suppressedFlows
  flows { from to count }
  suppressedRecords { count suppressed label perturbed } unknownOrigin { count suppressed label perturbed }
  unknownDestination { count suppressed label perturbed } unknownBoth { count suppressed label perturbed } total { count suppressed label perturbed } } }`;

const S = 'suppressed (< 11)';
const hidden = { count: null, suppressed: true, label: S, perturbed: false };
const shown = (n: number) => ({ count: n, suppressed: false, label: String(n), perturbed: false });

describe('caseFlows: small-cell protected flows from origin to place of exploitation', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let coastal: string;
  const token: Record<string, string> = {};
  const as = async (email: string) => (token[email] ??= await login(t.url, email, FIXTURE_PASSWORD));
  const flows = async (email: string, input: Record<string, unknown>) => {
    const res = await gql(t.url, FLOWS, { input }, await as(email));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.caseFlows;
  };
  /** Inserts `n` records of a source (indicator VICTIM_IDENTIFIED unless given). Countries and regions null when unknown. */
  const add = async (source: string, n: number, f: { agency: string; operation?: string; indicator?: string; from?: [string, string]; to?: [string, string] }) => {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, citizenship, citizenship_region, country_of_exploitation, exploitation_region)
       SELECT $1, $1 || ':' || gen_random_uuid()::text, $2, $3, $9, $4, $5, $6, $7 FROM generate_series(1, $8)`,
      [source, f.agency, f.operation ?? null, f.from?.[0] ?? null, f.from?.[1] ?? null, f.to?.[0] ?? null, f.to?.[1] ?? null, n, f.indicator ?? 'VICTIM_IDENTIFIED'],
    );
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Coastal Harvest: the Thai police and the Nigerian agency. The NL police, the Romanian prosecutors, the Belgian
    // labour inspectors and the platform admin's secretariat are not in it.
    const fixture = new FixtureBuilder(t.db);
    await fixture.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
      { acronym: 'TH-AHTD', country: 'TH' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
    );
    await fixture.person(
      { email: 'member@nl.test', name: 'Pieter Jansen', agency: 'NL-POL' },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'liaison@be.test', name: 'Lucas Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
      { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
      { email: 'member@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
      { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
    );
    await fixture.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    agency = fixture.agencies;
    coastal = fixture.operations['Coastal Harvest'];
    const RO: [string, string] = ['RO', 'Europe'];
    const NL: [string, string] = ['NL', 'Europe'];
    const ES: [string, string] = ['ES', 'Europe'];
    const NG: [string, string] = ['NG', 'Africa'];
    const TH: [string, string] = ['TH', 'Asia'];
    const nl = agency['NL-POL'];
    // Recorded by the Netherlands police, outside operations; 60 records in all.
    await add('agency', 15, { agency: nl, from: RO, to: NL });
    await add('agency', 12, { agency: nl, from: NG, to: ES });
    await add('agency', 11, { agency: nl, from: RO, to: ES });
    await add('agency', 4, { agency: nl, from: NG, to: NL });
    await add('agency', 3, { agency: nl, from: TH, to: NL });
    await add('agency', 2, { agency: nl, to: NL }); // unknown origin
    await add('agency', 13, { agency: nl, from: NG }); // unknown destination
    // Scope: 12 by NL police outside operations; 20 by the Thai police inside Coastal Harvest (TH-AHTD, NG-NATA).
    await add('agency', 12, { agency: nl, indicator: 'VICTIM_REFERRED', from: RO, to: NL });
    await add('agency', 20, { agency: agency['TH-AHTD'], operation: coastal, indicator: 'VICTIM_REFERRED', from: NG, to: TH });
  });
  afterAll(() => t?.close());

  it('the recording agency sees every flow exactly, unknowns apart', async () => {
    const f = await flows('member@nl.test', { source: 'agency', level: 'COUNTRY' });
    expect(f).toMatchObject({ source: 'agency', indicator: 'VICTIM_IDENTIFIED', level: 'COUNTRY', k: 11, viewerIsOwner: true, suppressedFlows: 0 });
    expect(f.flows).toEqual([
      { from: 'RO', to: 'NL', count: 15 },
      { from: 'NG', to: 'ES', count: 12 },
      { from: 'RO', to: 'ES', count: 11 },
      { from: 'NG', to: 'NL', count: 4 },
      { from: 'TH', to: 'NL', count: 3 },
    ]);
    expect(f.suppressedRecords).toEqual(shown(0));
    expect(f.unknownOrigin).toEqual(shown(2));
    expect(f.unknownDestination).toEqual(shown(13));
    expect(f.unknownBoth).toEqual(shown(0));
    expect(f.total).toEqual(shown(60));
  });

  it('another agency: small flows suppressed, consistent with the citizenship and country-of-exploitation tables', async () => {
    // Origin × destination (ES, NL, unknown): NG 12 4 13 (29); RO 11 15 0 (26); TH 0 3 0 (3); unknown 0 2 0 (2);
    // columns ES 23, NL 24, unknown 13; total 60. All NL's, so for RO-DIOC every figure is other agencies'.
    // One-way citizenship table: TH 3 and unknown 2 small (sum 5) → RO 26 (smaller than NG 29) suppressed too;
    // NG 29 shown. One-way country of exploitation: 23, 24, 13 all shown. The two-way table keeps those margins:
    //   row NG (29 shown): NG→NL 4 small → NG→ES 12 (smaller than 13) suppressed with it;
    //   row RO (suppressed) would be given away by its shown cells → RO→ES 11 suppressed;
    //   column NL (24 shown): NG→NL 4, TH→NL 3, unknown→NL 2 sum 9 < 11 → RO→NL 15 suppressed.
    // Listed: none. Suppressed pairs: NG→ES, NG→NL, RO→ES, RO→NL, TH→NL = 5. Unknown origin (0 + suppressed 2)
    // suppressed; unknown destination 13 + 0 + 0 = 13; unknown both 0; total 60; suppressed records 60 − 13 = 47.
    // Pairs of other agencies' records carry cell-key noise, except a pair that is the only one of its origin or
    // destination not shown as 0: the exact one-way figure gives it anyway. Unknown destination is the NG→unknown
    // pair alone in its column (RO, TH and unknown → unknown are 0), so it is exactly the 13 of the country table.
    const f = await flows('liaison@ro.test', { source: 'agency', level: 'COUNTRY' });
    expect(f.viewerIsOwner).toBe(false);
    expect(f.perturbed).toBe(false);
    expect(f.flows).toEqual([]);
    expect(f.suppressedFlows).toBe(5);
    expect(f.unknownDestination).toEqual(shown(13));
    expect(f.suppressedRecords).toEqual(shown(47));
    expect(f.unknownOrigin).toEqual(hidden);
    expect(f.unknownBoth).toEqual(shown(0));
    expect(f.total).toEqual(shown(60));
  });

  it('regions: flows between regions counted in the same way', async () => {
    // Europe→Europe 15 + 11 = 26, Africa→Europe 12 + 4 = 16, Asia→Europe 3, unknown origin 2, Africa→unknown 13.
    const owner = await flows('member@nl.test', { source: 'agency', level: 'REGION' });
    expect(owner.perturbed).toBe(false);
    expect(owner.flows).toEqual([
      { from: 'Europe', to: 'Europe', count: 26 },
      { from: 'Africa', to: 'Europe', count: 16 },
      { from: 'Asia', to: 'Europe', count: 3 },
    ]);
    // Another agency. Origin margins: Africa 29, Asia 3, Europe 26, unknown 2 → Asia and unknown small (sum 5) →
    // Europe 26 suppressed too; destination margins Europe 47, unknown 13 shown. Two-way: row Europe (suppressed)
    // holds only Europe→Europe 26 → suppressed. Listed: Africa→Europe 16; suppressed pairs: Asia→Europe,
    // Europe→Europe; unknown origin suppressed; unknown destination 13; suppressed records 60 − 16 − 13 = 31 (the
    // shown pair Africa→Europe carries noise, and the suppressed records are the exact total minus the pairs as shown).
    // Africa→unknown is the only pair of destination "unknown", so it is exactly the 13 of the one-way table.
    const other = await flows('liaison@be.test', { source: 'agency', level: 'REGION' });
    expect(other.flows).toEqual([{ from: 'Africa', to: 'Europe', count: within(16) }]);
    expect(other.suppressedFlows).toBe(2);
    expect(other.unknownDestination).toEqual(shown(13));
    expect(other.suppressedRecords).toEqual(perturbedNear(31));
    expect(other.suppressedRecords.count + other.flows[0].count + other.unknownDestination.count).toBe(60);
    expect(other.unknownOrigin).toEqual(hidden);
    expect(other.total).toEqual(shown(60));
  });

  it('a caller cannot choose k for agency-entered figures: k = 4 is refused, naming the field', async () => {
    // With k = 4 NG>NL 4 would be shown; the request is refused instead, and the default answer keeps it hidden.
    const asked = await gql(t.url, FLOWS, { input: { source: 'agency', level: 'COUNTRY', k: 4 } }, await as('liaison@ro.test'));
    expect(errorCode(asked)).toBe('BAD_USER_INPUT');
    expect((asked.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual(['k']);
    const normal = await flows('liaison@ro.test', { source: 'agency', level: 'COUNTRY' });
    expect(normal.k).toBe(11);
    expect(normal.flows.map((x: { from: string; to: string }) => `${x.from}>${x.to}`)).not.toContain('NG>NL');
  });

  it('scope: records of operations the viewer’s agency is not part of are not counted', async () => {
    // NL police (not in Coastal Harvest): only its 12 RO→NL, all its own → exact.
    const nl = await flows('member@nl.test', { source: 'agency', indicator: 'VICTIM_REFERRED', level: 'COUNTRY' });
    expect(nl).toMatchObject({ viewerIsOwner: true, flows: [{ from: 'RO', to: 'NL', count: 12 }], total: shown(12) });
    // Thai police (in Coastal Harvest): 20 + 12 = 32, not all its own.
    const th = await flows('coordinator@th.test', { source: 'agency', indicator: 'VICTIM_REFERRED', level: 'COUNTRY' });
    // Its own 20 exact; the NL police's 12 with noise (never shown below 11).
    expect(th).toMatchObject({ viewerIsOwner: false, total: shown(32) });
    expect(th.flows).toEqual(expect.arrayContaining([{ from: 'NG', to: 'TH', count: 20 }, { from: 'RO', to: 'NL', count: within(12) }]));
    expect(th.flows).toHaveLength(2);
    // One operation: its 20 records only, all NG→TH: the one flow is the exact total, so it carries no noise.
    const op = await flows('member@ng.test', { source: 'agency', indicator: 'VICTIM_REFERRED', level: 'COUNTRY', operationId: coastal });
    expect(op).toMatchObject({ flows: [{ from: 'NG', to: 'TH', count: 20 }], total: shown(20), perturbed: false });
  });

  it('an operation the viewer may not see, an unknown one and a malformed id give the same NOT_FOUND', async () => {
    const codes = [];
    for (const operationId of [coastal, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await gql(t.url, FLOWS, { input: { source: 'agency', indicator: 'VICTIM_REFERRED', level: 'COUNTRY', operationId } }, await as('member@nl.test'));
      codes.push([errorCode(res), res.errors?.[0]?.message]);
    }
    expect(codes).toEqual([
      ['NOT_FOUND', 'Operation not found'],
      ['NOT_FOUND', 'Operation not found'],
      ['NOT_FOUND', 'Operation not found'],
    ]);
    // A platform admin gets no exception either.
    const admin = await gql(t.url, FLOWS, { input: { source: 'agency', indicator: 'VICTIM_REFERRED', level: 'COUNTRY', operationId: coastal } }, await as('admin@jtf.test'));
    expect(errorCode(admin)).toBe('NOT_FOUND');
  });

  it('validation errors name the field; no token: UNAUTHENTICATED', async () => {
    const badK = await gql(t.url, FLOWS, { input: { source: 'agency', level: 'REGION', k: 1 } }, await as('member@nl.test'));
    expect(errorCode(badK)).toBe('BAD_USER_INPUT');
    expect((badK.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual(['k']);
    const badSource = await gql(t.url, FLOWS, { input: { source: 'Robert"); DROP', level: 'REGION' } }, await as('member@nl.test'));
    expect((badSource.errors![0].extensions!['fields'] as Array<{ field: string }>).map((f) => f.field)).toEqual(['source']);
    expect(errorCode(await gql(t.url, FLOWS, { input: { source: 'ctdc', level: 'REGION' } }))).toBe('UNAUTHENTICATED');
  });

  itWithData([CTDC])(
    `real CTDC file: region → region flows match a recount of ${CTDC}`,
    async () => {
      const report = await importDataset(t.db, DatasetKind.CTDC, CTDC);
      const rejected = new Set(report.rejected.map((r) => r.line));
      // Independent recount: csv-parse over the raw text, blank region = unknown.
      const records: Array<{ record: Record<string, string>; info: { lines: number } }> = parse(readFileSync(CTDC, 'utf8'), {
        bom: true,
        columns: true,
        skip_empty_lines: true,
        info: true,
      });
      const counts = new Map<string, number>();
      let total = 0;
      for (const { record, info } of records) {
        if (rejected.has(info.lines)) continue;
        total++;
        const from = record['UN_COO_Region'].trim();
        const to = record['UN_COE_Region'].trim();
        const key = `${from || '?'}>${to || '?'}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      expect(total).toBeGreaterThan(20000);
      const f = await flows('member@nl.test', { source: 'ctdc', level: 'REGION' });
      expect(f.viewerIsOwner).toBe(false);
      expect(f.citation).toMatch(/Counter Trafficking Data Collaborative/);
      expect(f.total).toEqual(shown(total));
      // Every flow shown is the recount's figure; none below k is shown.
      for (const flow of f.flows as Array<{ from: string; to: string; count: number }>) {
        expect([`${flow.from}>${flow.to}`, flow.count]).toEqual([`${flow.from}>${flow.to}`, counts.get(`${flow.from}>${flow.to}`)]);
        expect(flow.count).toBeGreaterThanOrEqual(11);
      }
      // A few big region flows, from the recount: present and exact.
      const big = [...counts.entries()].filter(([key, n]) => !key.includes('?') && n >= 1000).sort((a, b) => b[1] - a[1]);
      expect(big.length).toBeGreaterThan(0);
      for (const [key, n] of big.slice(0, 3)) {
        expect(f.flows.find((x: { from: string; to: string }) => `${x.from}>${x.to}` === key)?.count).toBe(n);
      }
      const known = [...counts.entries()].filter(([key]) => !key.includes('?'));
      const small = known.filter(([, n]) => n < 11).length;
      expect(f.suppressedFlows).toBeGreaterThanOrEqual(small);
      expect(f.flows.length + f.suppressedFlows).toBe(known.length);
      const unknownOrigin = [...counts.entries()].filter(([key]) => key.startsWith('?>') && key !== '?>?').reduce((s, [, n]) => s + n, 0);
      if (unknownOrigin >= 11 && !f.unknownOrigin.suppressed) expect(f.unknownOrigin.count).toBe(unknownOrigin);
    },
  );
});
