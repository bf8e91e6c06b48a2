import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * The small-cell threshold k of figures from agency-entered records cannot be chosen by the caller.
 *
 * The attack: a figure of other agencies' records is shown only when their part reaches k, and an interior cell of a
 * two-way table (or a flow) is shown with cell-key noise so that its true value stays unknown. If the caller could
 * ask for the same table at k = 11, 12, 13 … it would see the figure disappear at k = n + 1 — and learn that the
 * others' part is exactly n, which is what the noise was there to hide. The attacker below walks k upwards and takes
 * the last k at which the figure was still shown as its true value; the true values come from the fixture.
 *
 * Public data sets (CTDC) keep the choice of a higher k: their records are published already.
 */
describe('small-cell threshold: fixed for agency-entered figures, whatever the caller asks', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  let danube: string;
  let es: string; // the attacker: ES border police, in the operation, with no records of its own
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) { k categories cells { key count suppressed perturbed } } }`;
  const FLOWS = `query($input: CaseFlowsInput!) { caseFlows(input: $input) { k flows { from to count } } }`;

  const add = async (n: number, acronym: string, indicator: string, rec: { citizenship: string; sex?: string; countryOfExploitation?: string }) => {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, operation_id, indicator, citizenship, sex, country_of_exploitation)
       SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, $3, $4, $5, $6 FROM generate_series(1, $7)`,
      [agency[acronym], danube, indicator, rec.citizenship, rec.sex ?? null, rec.countryOfExploitation ?? null, n],
    );
  };
  const fields = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>) ?? []).map((f) => f.field);

  /**
   * Asks `ask(k)` for k = 11 … 40 and returns the last k at which `shownAt` says the figure was still shown, among
   * the answers the API gave (refused requests teach the attacker nothing).
   */
  const walk = async (ask: (k: number) => Promise<{ data?: unknown; errors?: unknown }>, shownAt: (data: never) => boolean) => {
    let last: number | null = null;
    for (let k = 11; k <= 40; k++) {
      const res = await ask(k);
      if (res.errors) continue;
      if (shownAt(res.data as never)) last = k;
    }
    return last;
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Two agencies in one joint operation: the Belgian labour inspectors record cases, the Spanish border police
    // (the attacker) records none.
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' }, { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' });
    await f.person({ email: 'be@fixture.test', agency: 'BE-SIS', roles: [Role.COORDINATOR] }, { email: 'es@fixture.test', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] });
    await f.operation({ name: 'Danube Route', lead: 'BE-SIS', agencies: ['ES-BIP'], coordinators: ['be@fixture.test'] });
    agency = f.agencies;
    danube = f.operations['Danube Route'];
    es = await login(t.url, 'es@fixture.test', FIXTURE_PASSWORD);
  });
  afterAll(() => t?.close());

  it('walking k up does not give away the true value of a perturbed cell of a two-way table', async () => {
    // Danube Route, recorded by the Belgian police: MD × FEMALE 14 (the figure attacked), MD × MALE 40,
    // RO × FEMALE 45, RO × MALE 50. Every cell is at least 11, so all four are shown at k = 11, with noise.
    const I = 'VICTIM_IDENTIFIED';
    await add(14, 'BE-SIS', I, { citizenship: 'MD', sex: 'FEMALE' });
    await add(40, 'BE-SIS', I, { citizenship: 'MD', sex: 'MALE' });
    await add(45, 'BE-SIS', I, { citizenship: 'RO', sex: 'FEMALE' });
    await add(50, 'BE-SIS', I, { citizenship: 'RO', sex: 'MALE' });
    const truth = 14;
    type T = { indicatorTable: { cells: Array<{ key: string[]; count: number | null; perturbed: boolean }> } };
    const cell = (d: T) => d.indicatorTable.cells.find((c) => c.key.join() === 'MD,FEMALE')!;
    const atDefault = await gql(t.url, TABLE, { input: { source: 'agency', indicator: I, operationId: danube, dimensions: ['CITIZENSHIP', 'SEX'] } }, es);
    expect(atDefault.errors).toBeUndefined();
    expect(cell(atDefault.data as T)).toMatchObject({ suppressed: false, perturbed: true });

    const last = await walk(
      (k) => gql(t.url, TABLE, { input: { source: 'agency', indicator: I, operationId: danube, dimensions: ['CITIZENSHIP', 'SEX'], k } }, es),
      (d: T) => cell(d).count !== null,
    );
    expect(last).not.toBeNull();
    expect(last).not.toBe(truth);
  });

  it('walking k up does not give away the true value of a perturbed flow', async () => {
    // Danube Route, Belgian police: MD → NL 13 (attacked), RO → NL 30, RO → BE 35.
    const I = 'VICTIM_REFERRED';
    await add(13, 'BE-SIS', I, { citizenship: 'MD', countryOfExploitation: 'NL' });
    await add(30, 'BE-SIS', I, { citizenship: 'RO', countryOfExploitation: 'NL' });
    await add(35, 'BE-SIS', I, { citizenship: 'RO', countryOfExploitation: 'BE' });
    type F = { caseFlows: { flows: Array<{ from: string; to: string }> } };
    const last = await walk(
      (k) => gql(t.url, FLOWS, { input: { source: 'agency', indicator: I, operationId: danube, level: 'COUNTRY', k } }, es),
      (d: F) => d.caseFlows.flows.some((f) => f.from === 'MD' && f.to === 'NL'),
    );
    expect(last).not.toBeNull();
    expect(last).not.toBe(13);
  });

  it('every channel of agency-entered figures refuses a k other than the configured one, naming the field', async () => {
    const scope = { source: 'agency', indicator: 'VICTIM_IDENTIFIED', operationId: danube };
    const asks: Array<[string, string, Record<string, unknown>]> = [
      ['indicatorTable', `query($input: IndicatorTableInput!) { indicatorTable(input: $input) { k } }`, { input: { ...scope, dimensions: ['SEX'] } }],
      ['indicatorTableCsv', `query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }`, { input: { ...scope, dimensions: ['SEX'] } }],
      ['caseFlows', `query($input: CaseFlowsInput!) { caseFlows(input: $input) { k } }`, { input: { ...scope, level: 'COUNTRY' } }],
      ['formsNamedTable', `query($input: IndicatorScopeInput!) { formsNamedTable(input: $input) { k } }`, { input: scope }],
      ['formsNamedTableCsv', `query($input: IndicatorScopeInput!) { formsNamedTableCsv(input: $input) }`, { input: scope }],
      ['operationIndicators', `query($id: ID!, $k: Int) { operationIndicators(operationId: $id, k: $k) { k } }`, { id: danube }],
      ['operationResults', `query($id: ID, $k: Int) { operationResults(operationId: $id, k: $k) { k } }`, { id: danube }],
    ];
    const withK = (vars: Record<string, unknown>, k: number) => ('input' in vars ? { input: { ...(vars['input'] as object), k } } : { ...vars, k });
    const outcome: Record<string, unknown> = {};
    for (const [name, query, vars] of asks) {
      const results = [];
      for (const k of [-1, 0, 1, 10, 12, 21, 50, 5000]) {
        const res = await gql(t.url, query, withK(vars, k), es);
        results.push([errorCode(res), fields(res), res.errors?.[0]?.message.includes('fixed at 11') ?? false]);
      }
      const atEleven = await gql(t.url, query, withK(vars, 11), es);
      const omitted = await gql(t.url, query, vars, es);
      outcome[name] = { refused: results, atEleven: atEleven.errors ?? null, omitted: omitted.errors ?? null };
    }
    const refused = ['BAD_USER_INPUT', ['k'], true];
    for (const [name] of asks) expect([name, outcome[name]]).toEqual([name, { refused: Array(8).fill(refused), atEleven: null, omitted: null }]);
  });

  it('public data sets keep a higher k on request, and never a lower one', async () => {
    const input = { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX'] };
    const high = await gql(t.url, TABLE, { input: { ...input, k: 50 } }, es);
    const low = await gql(t.url, TABLE, { input: { ...input, k: 2 } }, es);
    expect(high.errors).toBeUndefined();
    expect(low.errors).toBeUndefined();
    expect([(high.data as { indicatorTable: { k: number } }).indicatorTable.k, (low.data as { indicatorTable: { k: number } }).indicatorTable.k]).toEqual([50, 11]);
  });
});
