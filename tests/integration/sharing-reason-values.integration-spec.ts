import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, login, startTestApp, TestApp } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * The reasons of a sharing decision carry the values their sentence is written from (`textValues`, sorted by name), so
 * the web client writes them in the reader's language; the rule's own words come as written. Against the real API and
 * PostgreSQL. The recruiters lead (NL-POL; victim, suspect and location data; H2) previewed for ES-BIP, investigation:
 * only UN-TIP-PROTOCOL names NL and ES and it does not cover victim data, so NL-2 (version 1) removes it, no other
 * agreement covering it; H2 travels as a condition naming NL-POL.
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia';
const PREVIEW = `query($input: ShareLeadInput!) { previewLeadShare(input: $input) {
  reasons { code ref text textValues { name value } } conditions { code textValues { name value } } } }`;

describe('sharing reasons carry their values', () => {
  let t: TestApp;
  let token: string;
  let recruiters: string;
  let es: string;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(...Object.values(AGENCIES));
    await f.person(PEOPLE['coordinator@nl.test']);
    await f.operation(OPERATIONS.danube);
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA']);
    await f.rule(RULES['NL-2']);
    await f.lead(LEADS.recruiters);
    token = await login(t.url, 'coordinator@nl.test', FIXTURE_PASSWORD);
    recruiters = (await t.db.query('SELECT id FROM leads WHERE summary = $1', [RECRUITERS]))[0].id;
    es = (await t.db.query(`SELECT id FROM agencies WHERE acronym = 'ES-BIP'`))[0].id;
  });
  afterAll(() => t?.close());

  it('a rule removing victim data names its categories, why, and quotes the rule; the H2 condition names the originator', async () => {
    const res = await gql<any>(t.url, PREVIEW, { input: { leadId: recruiters, recipientAgencyIds: [es], purpose: 'INVESTIGATION' } }, token);
    expect(res.errors).toBeUndefined();
    const [decision] = res.data!.previewLeadShare;
    const redacts = decision.reasons.find((r: { code: string }) => r.code === 'RULE_REDACTS');
    expect(redacts.textValues).toEqual([
      { name: 'categories', value: 'VICTIM_PERSONAL_DATA' },
      { name: 'purpose', value: 'INVESTIGATION' },
      { name: 'recipient', value: 'ES' },
      { name: 'rule', value: 'NL-2' },
      { name: 'ruleText', value: RULES['NL-2'].text },
      { name: 'sender', value: 'NL' },
      { name: 'version', value: '1' },
      { name: 'why', value: 'NO_AGREEMENT' },
    ]);
    expect(redacts.text).toContain(RULES['NL-2'].text);
    const nlPol = (await t.db.query(`SELECT name FROM agencies WHERE acronym = 'NL-POL'`))[0].name;
    expect(decision.conditions).toEqual([{ code: 'H2_NO_ONWARD_SHARING', textValues: [{ name: 'originator', value: nlPol }] }]);
  });
});
