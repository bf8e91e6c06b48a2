import { AgencyKind, Role } from '@taskforce/domain';
import { headerValues, readCsvExport } from '../support/csv-export';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * The `scope` line of a CSV export says what the figures cover: for agencies' records the task force as the
 * viewer's agency may see it (it differs by agency); for a public data set the whole data set, the same for everyone.
 */
describe('CSV exports: the scope line by source', () => {
  let t: TestApp;
  const CSV = `query($input: IndicatorTableInput!) { indicatorTableCsv(input: $input) }`;
  const FORMS_CSV = `query($input: IndicatorScopeInput!) { formsNamedTableCsv(input: $input) }`;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' });
    await f.person({ email: 'analyst@nl.test', agency: 'NL-POL', roles: [Role.ANALYST] }, { email: 'member@ng.test', agency: 'NG-NATA', roles: [Role.MEMBER] });
    await t.db.query(
      `INSERT INTO case_records (source, key, indicator, sex) SELECT 'ctdc', 'ctdc:' || g, 'VICTIM_IDENTIFIED', 'FEMALE' FROM generate_series(1, 12) AS g`,
    );
  });
  afterAll(() => t?.close());

  const scopeOf = async (email: string, query: string, input: Record<string, unknown>) => {
    const res = await gql(t.url, query, { input }, await signIn(t.url, email, FIXTURE_PASSWORD));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return headerValues(readCsvExport(Object.values(res.data!)[0] as string), 'scope');
  };

  it('a public data set: the whole data set, the same line whichever agency exports it', async () => {
    const input = { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX'] };
    const expected = ['Whole public data set ctdc (the same for every agency)'];
    expect(await scopeOf('analyst@nl.test', CSV, input)).toEqual(expected);
    expect(await scopeOf('member@ng.test', CSV, input)).toEqual(expected);
    expect(await scopeOf('member@ng.test', FORMS_CSV, { source: 'ctdc', indicator: 'VICTIM_IDENTIFIED' })).toEqual(expected);
  });

  it('agencies’ records: the task force as the exporting agency may see it', async () => {
    const input = { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX'] };
    expect(await scopeOf('member@ng.test', CSV, input)).toEqual(['Task force as NG-NATA may see it (records outside joint operations and in those NG-NATA takes part in)']);
  });
});
