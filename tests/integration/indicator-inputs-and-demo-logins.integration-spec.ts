import { readFileSync, writeFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The start-up printing lives in the api app itself (apps/api/src/main.ts uses it); no library exports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { demoLoginLines, listDemoLogins } from '../../apps/api/src/demo-logins';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/** Monitoring and evaluation inputs refused clearly (wrong file format, unknown source), and the demo logins printed. */
describe('monitoring and evaluation: inputs refused clearly; demo logins printed', () => {
  let t: TestApp;
  let dir: string;
  const previousDataDir = process.env.PUBLIC_DATA_DIR;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'taskforce-me-fixes-'));
  });
  afterAll(async () => {
    if (previousDataDir === undefined) delete process.env.PUBLIC_DATA_DIR;
    else process.env.PUBLIC_DATA_DIR = previousDataDir;
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('importDataset with a file of the wrong format reports it rejected at line 1 and changes nothing', async () => {
    mkdirSync(join(dir, 'ctdc'), { recursive: true });
    writeFileSync(join(dir, 'ctdc', 'CTDC_VPsynthetic_condensed.csv'), 'yearRegister,gender,majorityStatus\n2019,Female,Adult\n');
    process.env.PUBLIC_DATA_DIR = dir;
    const admin = await login(t.url, 'admin@demo.test');
    const mutation = `mutation($kind: DatasetKind!, $path: String) { importDataset(kind: $kind, path: $path) { kind inserted updated unchanged rejected { line reason } } }`;
    for (const kind of ['GLOTIP', 'TIP_TIERS_XLSX']) {
      const res = await gql(t.url, mutation, { kind, path: 'ctdc/CTDC_VPsynthetic_condensed.csv' }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data?.importDataset).toEqual({ kind, inserted: 0, updated: 0, unchanged: 0, rejected: [{ line: 1, reason: 'not a workbook (.xlsx)' }] });
      expect((await gql(t.url, `mutation($kind: DatasetKind!, $path: String) { importDataset(kind: $kind, path: $path) { applied } }`, { kind, path: 'ctdc/CTDC_VPsynthetic_condensed.csv' }, admin)).data?.importDataset).toEqual({ applied: false });
    }
    expect(await t.db.query(`SELECT (SELECT count(*)::int FROM glotip_figures) AS g, (SELECT count(*)::int FROM tip_tiers) AS t`)).toEqual([{ g: 0, t: 0 }]);
  });

  it('an unknown source is refused naming the field source; agency and ctdc are accepted', async () => {
    const token = await login(t.url, 'member@demo.test');
    const queries: Array<[string, Record<string, unknown>]> = [
      ['query($input: IndicatorTableInput!) { indicatorTable(input: $input) { source } }', { dimensions: ['SEX'] }],
      ['query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }', { dimensions: ['SEX'] }],
      ['query($input: CaseFlowsInput!) { caseFlows(input: $input) { source } }', { level: 'COUNTRY' }],
    ];
    for (const [query, rest] of queries) {
      const bad = await gql(t.url, query, { input: { source: 'nope', ...rest } }, token);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect((bad.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['source']);
      for (const source of ['agency', 'ctdc']) {
        const ok = await gql(t.url, query, { input: { source, ...rest } }, token);
        expect(ok.errors).toBeUndefined();
      }
    }
  });

  it('a region breakdown of agency-entered records is refused naming the field dimensions; public data sets keep it', async () => {
    const token = await login(t.url, 'member@demo.test');
    const queries = ['query($input: IndicatorTableInput!) { indicatorTable(input: $input) { source } }', 'query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }'];
    const outcome = [];
    for (const query of queries) {
      for (const dimensions of [['CITIZENSHIP_REGION'], ['SEX', 'EXPLOITATION_REGION']]) {
        const agency = await gql(t.url, query, { input: { source: 'agency', dimensions } }, token);
        const ctdc = await gql(t.url, query, { input: { source: 'ctdc', dimensions } }, token);
        outcome.push([errorCode(agency), (agency.errors?.[0].extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field), ctdc.errors]);
      }
    }
    expect(outcome).toEqual(Array(4).fill(['BAD_USER_INPUT', ['dimensions'], undefined]));
  });

  it('prints every demo login with its agency and role, and the README table lists every one', async () => {
    // The demo task force as written in libs/api/setup/src/lib/demo-data.ts: e-mail → agency.
    const expected: Record<string, string> = {
      'coordinator@demo.test': 'NL-POL',
      'member@demo.test': 'NL-POL',
      'nl-analyst@demo.test': 'NL-POL',
      'nl-liaison@demo.test': 'NL-POL',
      'liaison@demo.test': 'RO-DIOC',
      'ro-member@demo.test': 'RO-DIOC',
      'ro-admin@demo.test': 'RO-DIOC',
      'be-liaison@demo.test': 'BE-SIS',
      'es-liaison@demo.test': 'ES-BIP',
      'ngo-liaison@demo.test': 'SPF',
      'iom-liaison@demo.test': 'IOM',
      'analyst@demo.test': 'Europol',
      'outsider@demo.test': 'NG-NATA',
      'th-coordinator@demo.test': 'TH-AHTD',
      'port-liaison@demo.test': 'RPSA',
      'admin@demo.test': 'JTF-SEC',
    };
    const logins = await listDemoLogins(t.db);
    expect(Object.fromEntries(logins.map((l) => [l.email, l.agency]))).toEqual(expected);
    expect(logins.find((l) => l.email === 'analyst@demo.test')?.roles).toBe('analyst, liaison officer');
    expect(logins.find((l) => l.email === 'admin@demo.test')?.roles).toBe('platform admin');
    const lines = demoLoginLines(logins);
    for (const [email, agency] of Object.entries(expected)) {
      expect(lines.some((line) => line.includes(email) && line.includes(agency))).toBe(true);
    }
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('### Demo logins'), readme.indexOf('The demo has'));
    const rows = [...table.matchAll(/^\| `([^`]+@demo\.test)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(Object.keys(expected).sort());
  });

  it('the demo has case records: Danube Route victims identified by sex, as the NL police reads them', async () => {
    const token = await login(t.url, 'member@demo.test');
    const operations = await gql(t.url, '{ operations { id name } }', {}, token);
    const danube = (operations.data?.operations as Array<{ id: string; name: string }>).find((o) => o.name === 'Joint Operation Danube Route');
    const res = await gql(
      t.url,
      'query($input: IndicatorTableInput!) { indicatorTable(input: $input) { cells { key count suppressed } total { count } } }',
      { input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX'], operationId: danube?.id } },
      token,
    );
    expect(res.errors).toBeUndefined();
    // libs/api/setup/src/lib/demo-case-records.ts, victims identified in Danube Route: female 14 + 3 (RO-DIOC) + 12 + 4
    // (ES-BIP) + 5 (BE-SIS) = 38; male 16 + 6 (NL-POL) + 13 (BE-SIS) = 35. Both one-way figures hold ≥ 11 records of
    // other agencies than the NL police: shown exact.
    expect(res.data?.indicatorTable.cells).toEqual([
      { key: ['FEMALE'], count: 38, suppressed: false },
      { key: ['MALE'], count: 35, suppressed: false },
    ]);
    expect(res.data?.indicatorTable.total).toEqual({ count: 73 });
  });
});
