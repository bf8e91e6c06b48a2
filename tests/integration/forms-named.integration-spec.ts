import { expectUtcBetween, headerValues, readCsvExport } from '../support/csv-export';
import { AgencyKind } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * formsNamedTable / formsNamedTableCsv through the real API on hand-made case records (k = 11), with the attacker's
 * arithmetic of docs/disclosure-control.md ("Forms named") written out: a viewer subtracts the single-form cell from
 * the form-named figure to get the part of "several forms" naming the form.
 */
describe('indicators: records naming each form of exploitation', () => {
  let t: TestApp;
  let agency: Record<string, string>;
  const FORMS = `query($input: IndicatorScopeInput!) { formsNamedTable(input: $input) {
    source indicator k viewerIsOwner note citation
    rows { form alone { count suppressed label } named { count suppressed label } }
    severalForms { count suppressed label } unknown { count suppressed label } total { count suppressed label } } }`;
  const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) { cells { key count suppressed } total { count suppressed } } }`;

  /** Inserts `n` agency records of VICTIM_IDENTIFIED naming `forms`. */
  const add = async (agencyId: string, n: number, forms: string[], indicator = 'VICTIM_IDENTIFIED') => {
    await t.db.query(
      `INSERT INTO case_records (source, key, agency_id, indicator, forms_of_exploitation)
       SELECT 'agency', 'agency:' || gen_random_uuid()::text, $1, $2, $3::text[] FROM generate_series(1, $4)`,
      [agencyId, indicator, forms, n],
    );
  };
  const ask = async (email: string, query: string, input: Record<string, unknown>) => {
    const res = await gql(t.url, query, { input }, await login(t.url, email));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, any>;
  };
  const byForm = (rows: Array<{ form: string; alone: { count: number | null }; named: { count: number | null } }>) =>
    Object.fromEntries(rows.map((r) => [r.form, [r.alone.count, r.named.count]]));

  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Two agencies, no joint operation: the Romanian prosecutors record; the Dutch police see their records as others'.
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'NL-POL', country: 'NL' });
    await f.person({ email: 'member@ro.test', agency: 'RO-DIOC' }, { email: 'member@nl.test', agency: 'NL-POL' });
    agency = f.agencies;
    // Romanian prosecutors, outside operations, victims identified: 100 forced labour only, 200 sexual exploitation
    // only, 4 naming both (and listing one twice: still two forms), 30 naming none.
    await add(agency['RO-DIOC'], 100, ['FORCED_LABOUR']);
    await add(agency['RO-DIOC'], 200, ['SEXUAL_EXPLOITATION']);
    await add(agency['RO-DIOC'], 3, ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR']);
    await add(agency['RO-DIOC'], 1, ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'FORCED_LABOUR']);
    await add(agency['RO-DIOC'], 30, []);
    // Convictions: 40 forced labour only, 25 naming forced labour and domestic servitude (not small), 12 unknown.
    await add(agency['RO-DIOC'], 40, ['FORCED_LABOUR'], 'CONVICTION');
    await add(agency['RO-DIOC'], 25, ['DOMESTIC_SERVITUDE', 'FORCED_LABOUR'], 'CONVICTION');
    await add(agency['RO-DIOC'], 12, [], 'CONVICTION');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts a record under every form it names, says the figures overlap, and gives the recording agency exact figures', async () => {
    const mine = (await ask('member@ro.test', FORMS, { source: 'agency' })).formsNamedTable;
    expect(mine.viewerIsOwner).toBe(true);
    // Forced labour: 100 alone + 4 with sexual exploitation = 104; sexual exploitation: 200 + 4 = 204.
    expect(byForm(mine.rows)).toEqual({ SEXUAL_EXPLOITATION: [200, 204], FORCED_LABOUR: [100, 104] });
    expect(mine.severalForms.count).toBe(4);
    expect(mine.unknown.count).toBe(30);
    expect(mine.total.count).toBe(334);
    expect(mine.note).toBe('Multiple counting: a record naming several forms of exploitation counts under each form it names, so these figures overlap and do not add up to the 334 records.');
    expect(mine.citation).toBe('Case records entered by task-force agencies (source "agency")');
  });

  it('another agency cannot get the 4 records naming both forms by subtracting the single-form cell from the form-named figure', async () => {
    const oneWay = (await ask('member@nl.test', TABLE, { source: 'agency', dimensions: ['FORM_OF_EXPLOITATION'] })).indicatorTable;
    const forms = (await ask('member@nl.test', FORMS, { source: 'agency' })).formsNamedTable;
    expect(forms.viewerIsOwner).toBe(false);
    // The single-form table hides "several forms" (4 < 11) — and UNKNOWN beside it.
    const cell = (key: string) => oneWay.cells.find((c: { key: string[] }) => c.key[0] === key);
    expect(cell('MULTIPLE')).toMatchObject({ count: null, suppressed: true });
    // The attacker's subtraction: named − alone for each form. Every form-named figure that would allow it is hidden.
    for (const row of forms.rows) {
      const alone = cell(row.form);
      expect(row.alone).toEqual({ count: alone.count, suppressed: alone.suppressed, label: alone.suppressed ? 'suppressed (< 11)' : String(alone.count) });
      const difference = row.named.count === null || row.alone.count === null ? null : row.named.count - row.alone.count;
      expect({ form: row.form, difference }).toEqual({ form: row.form, difference: null });
    }
    expect(forms.severalForms).toEqual({ count: null, suppressed: true, label: 'suppressed (< 11)' });
    expect(forms.total.count).toBe(334);

    // Convictions: 25 records name two forms — not small — so both form-named figures show.
    const convictions = (await ask('member@nl.test', FORMS, { source: 'agency', indicator: 'CONVICTION' })).formsNamedTable;
    expect(byForm(convictions.rows)).toEqual({ FORCED_LABOUR: [40, 65], DOMESTIC_SERVITUDE: [0, 25] });
  });

  it('writes the same figures as CSV after the header block, and refuses an unknown source or an invisible operation', async () => {
    const token = await login(t.url, 'member@nl.test');
    const from = new Date();
    const res = await gql(t.url, `query($input: IndicatorScopeInput!) { formsNamedTableCsv(input: $input) }`, { input: { source: 'agency', indicator: 'CONVICTION' } }, token);
    const exported = readCsvExport(res.data?.formsNamedTableCsv as string);
    expect(exported.header.map(([name]) => name)).toEqual(['scope', 'small-cell threshold k', 'source', 'generated at']);
    expect(headerValues(exported, 'source')).toEqual(['Case records entered by task-force agencies (source "agency")']);
    expectUtcBetween(headerValues(exported, 'generated at')[0], from, new Date());
    expect(exported.rows).toEqual([
      ['form_of_exploitation', 'named_alone', 'named_alone_or_with_others (overlapping: does not add up to the total)'],
      ['FORCED_LABOUR', '40', '65'],
      ['DOMESTIC_SERVITUDE', '0', '25'],
      ['MULTIPLE', '25', ''],
      ['UNKNOWN', '12', ''],
      ['Total', '77', ''],
    ]);

    const bad = await gql(t.url, FORMS, { input: { source: 'nope' } }, token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const hidden = await gql(t.url, FORMS, { input: { source: 'agency', operationId: '00000000-0000-4000-8000-000000000000' } }, token);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
  });
});
