import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { SelectorService } from '@taskforce/api-matching';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, LEADS, PEOPLE } from '../support/sample-task-force';
import { ApiNode, gql, login, startApiNode, startTestApp, TestApp } from '../support/test-app';

/**
 * Rotation of MATCHING_KEY: a selector indexed under key `a` still hits once `b` is the current key and `a` an older
 * one, is moved to `b` by the re-index, and then hits under `b` alone. One RO-DIOC lead (TLP:GREEN, H0: reveals its
 * holder) carries the phone; NL-POL asks.
 */
const KEY_A = `a:${Buffer.alloc(32, 11).toString('base64')}`;
const KEY_B = `b:${Buffer.alloc(32, 12).toString('base64')}`;
const LEAD_KEYS = `k1:${Buffer.alloc(32, 13).toString('base64')}`;
const PHONE = '+40 722 111 222';
const QUERY = 'query($input: QuerySelectorInput!) { querySelector(input: $input) { hit holders { acronym } } }';

describe('hit/no-hit: matching key rotation', () => {
  let t: TestApp;
  let databaseUrl: string;
  let leadId: string;
  const nodes: ApiNode[] = [];

  async function askAsNl(url: string): Promise<unknown> {
    const token = await login(url, 'analyst@nl.test', FIXTURE_PASSWORD);
    return (await gql(url, QUERY, { input: { kind: 'PHONE', phone: PHONE } }, token)).data?.['querySelector'];
  }
  const keyIds = async () => (await t.db.query(`SELECT matching_key_id FROM lead_selectors`)).map((r: { matching_key_id: string }) => r.matching_key_id);

  beforeAll(async () => {
    t = await startTestApp({ MATCHING_KEY: KEY_A, LEAD_ENCRYPTION_KEYS: LEAD_KEYS }, { demoData: false });
    databaseUrl = (t.db.options as { url: string }).url;
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC']);
    await f.person(PEOPLE['analyst@nl.test'], PEOPLE['liaison@ro.test']);
    await f.lead({ summary: 'ro-green', by: 'liaison@ro.test', route: LEADS.organs.route, tlp: TlpLabel.GREEN, handlingCodes: [HandlingCode.H0] });
    leadId = f.leads['ro-green'];
    const ro = await login(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    const added = await gql(t.url, 'mutation($input: AddLeadSelectorInput!) { addLeadSelector(input: $input) { selector { id } } }', { input: { leadId, kind: 'PHONE', phone: PHONE } }, ro);
    expect(added.errors).toBeUndefined();
  });
  afterAll(async () => {
    for (const node of nodes) await node.close();
    await t?.close();
  });

  it('indexes new selectors under the current key a, and they hit', async () => {
    expect(await keyIds()).toEqual(['a']);
    expect(await askAsNl(t.url)).toEqual({ hit: true, holders: [{ acronym: 'RO-DIOC' }] });
  });

  it('still hits with b current and a kept as an older key; the re-index moves the row to b; then b alone hits', async () => {
    const rotated = await startApiNode(databaseUrl, { MATCHING_KEY: `${KEY_B},${KEY_A}`, LEAD_ENCRYPTION_KEYS: LEAD_KEYS });
    nodes.push(rotated);
    expect(await askAsNl(rotated.url)).toEqual({ hit: true, holders: [{ acronym: 'RO-DIOC' }] });
    const [actor] = await t.db.query(`SELECT id AS "userId", agency_id AS "agencyId" FROM users WHERE email = 'liaison@ro.test'`);
    expect(await rotated.app.get(SelectorService).reindex({ ...actor, steppedUp: false })).toBe(1);
    expect(await keyIds()).toEqual(['b']);
    const audited = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'SELECTORS_REINDEXED'`);
    expect(audited.map((r: { details: unknown }) => r.details)).toEqual([{ keyId: 'b', count: 1 }]);
    const onlyB = await startApiNode(databaseUrl, { MATCHING_KEY: KEY_B, LEAD_ENCRYPTION_KEYS: LEAD_KEYS });
    nodes.push(onlyB);
    expect(await askAsNl(onlyB.url)).toEqual({ hit: true, holders: [{ acronym: 'RO-DIOC' }] });
    const onlyA = await startApiNode(databaseUrl, { MATCHING_KEY: KEY_A, LEAD_ENCRYPTION_KEYS: LEAD_KEYS });
    nodes.push(onlyA);
    expect(await askAsNl(onlyA.url)).toEqual({ hit: false, holders: [] });
  });
});
