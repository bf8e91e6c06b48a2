import { readCsvExport } from '../support/csv-export';
import { within } from '../support/perturbation';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Differencing between scopes: the task-force view of other agencies' records compared with one
 * joint operation's view must not give away what either hides. Fixture, worked out by hand (k = 11): the NL police
 * (member@) records VICTIM_IDENTIFIED cases —
 *   outside any operation: RO→NL ×2, NG→NL ×1 (3 records);
 *   in Danube Route:       RO→ES ×11.
 * The Romanian liaison officer (another agency) looks at them.
 *   Operation view: ES 11, total 11 — shown (nothing small in it).
 *   Task-force view without the rule: ES hidden, NL hidden, total 14 shown → 14 − 11 = 3 records outside operations.
 *   With it: the records outside operations hide their total (3 < 11), so the task-force total is hidden too.
 */
describe('indicators: no differencing between the task force and one operation', () => {
  let t: TestApp;
  let danube: string;
  let viewer: string;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) { cells { key count } total { count suppressed label } k } }`;
  const FLOWS = `query($input: CaseFlowsInput!) { caseFlows(input: $input) { flows { from to count } suppressedFlows total { count suppressed } } }`;

  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // The NL police and the Romanian prosecutors, both in Danube Route.
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' });
    await f.person({ email: 'member@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR, Role.MEMBER] }, { email: 'liaison@ro.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] });
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['member@nl.test'] });
    danube = f.operations['Danube Route'];
    const member = await login(t.url, 'member@nl.test');
    const outside = [
      { citizenship: 'RO', countryOfExploitation: 'NL' },
      { citizenship: 'RO', countryOfExploitation: 'NL' },
      { citizenship: 'NG', countryOfExploitation: 'NL' },
    ];
    const inside = Array.from({ length: 11 }, () => ({ citizenship: 'RO', countryOfExploitation: 'ES', operationId: danube }));
    const res = await gql(
      t.url,
      `mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }`,
      { inputs: [...outside, ...inside].map((r) => ({ indicator: 'VICTIM_IDENTIFIED', ...r })) },
      member,
    );
    expect(res.errors).toBeUndefined();
    viewer = await login(t.url, 'liaison@ro.test');
  });
  afterAll(() => t?.close());

  it('indicatorTable: the operation view is exact, the task-force total is hidden', async () => {
    const input = { source: 'agency', dimensions: ['COUNTRY_OF_EXPLOITATION'] };
    const op = (await gql(t.url, TABLE, { input: { ...input, operationId: danube } }, viewer)).data!.indicatorTable;
    expect(op.cells).toEqual([{ key: ['ES'], count: 11 }]);
    expect(op.total.count).toBe(11);
    const all = (await gql(t.url, TABLE, { input }, viewer)).data!.indicatorTable;
    expect(all.cells).toEqual([
      { key: ['ES'], count: null },
      { key: ['NL'], count: null },
    ]);
    expect(all.total).toEqual({ count: null, suppressed: true, label: 'suppressed (< 11)' });
    const csv: string = (await gql(t.url, `query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }`, { input }, viewer)).data!.indicatorTableCsv;
    // The table only: the header's time could hold a 14 (17:14:03Z).
    expect(readCsvExport(csv).table).not.toMatch(/\b(3|14)\b/);
  });

  it('caseFlows: the same at country level', async () => {
    const input = { source: 'agency', level: 'COUNTRY' };
    const op = (await gql(t.url, FLOWS, { input: { ...input, operationId: danube } }, viewer)).data!.caseFlows;
    // A flow of other agencies' records carries cell-key noise (random record keys): 11 … 21, never below k.
    expect(op.flows).toEqual([{ from: 'RO', to: 'ES', count: within(11) }]);
    const all = (await gql(t.url, FLOWS, { input }, viewer)).data!.caseFlows;
    expect(all.total).toEqual({ count: null, suppressed: true });
    expect(all.flows.filter((f: { to: string }) => f.to === 'NL')).toEqual([]);
  });

  it('the recording agency still sees its own exact figures', async () => {
    const own = (await gql(t.url, TABLE, { input: { source: 'agency', dimensions: ['COUNTRY_OF_EXPLOITATION'] } }, await login(t.url, 'member@nl.test'))).data!
      .indicatorTable;
    expect(own.cells).toEqual([
      { key: ['ES'], count: 11 },
      { key: ['NL'], count: 3 },
    ]);
    expect(own.total.count).toBe(14);
  });
});
