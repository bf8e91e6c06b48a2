import { DatasetKind, importDataset } from '@taskforce/api-indicators';
import { DATA_FILES } from '@taskforce/data-import';
import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { itWithData } from '../support/data-files';
import { AgreementKind, DataCategory, RuleFlow, SharingPurpose } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';
import { RULES } from '../support/sharing-law';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Country legal-framework profiles: national laws (platform admins only), the profile's agreements in
 * force and rules in effect (worked out by hand from the task force and sharing law built below), and the impact view
 * checked against figures this test reads itself from the raw UNODC and TIP files in ../shared/data.
 */
/** The data folder: PUBLIC_DATA_DIR when set (as for the API), else ../shared/data beside the repository. */
const DATA = process.env.PUBLIC_DATA_DIR ? resolve(process.env.PUBLIC_DATA_DIR) : resolve(__dirname, '../../../shared/data');
const GLOTIP = join(DATA, DATA_FILES.glotip);
const MAP_TIERS = join(DATA, DATA_FILES.mapTiers);
const itIfFiles = itWithData([GLOTIP, MAP_TIERS]);
const filesTitle = (what: string) => what;

const LAW_FIELDS = 'id country title reference adoptedOn enteredIntoForceOn summary sourceUrl version';
const CREATE = `mutation($input: CreateNationalLawInput!) { createNationalLaw(input: $input) { ${LAW_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateNationalLawInput!) { updateNationalLaw(input: $input) { ${LAW_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteNationalLaw(id: $id) }`;
const PROFILE = `query($code: String!) { countryProfile(code: $code) {
  code name palermoRatificationYear tipTiers { year tier } agencies { acronym }
  nationalLaws { ${LAW_FIELDS} }
  agreementsInForce { id kind inForceFrom inForceTo parties { kind country agencyId agencyName } }
  jurisdictionRules { id version text flows }
  asOf citations } }`;
const IMPACT = `query($code: String!) { countryImpact(code: $code) {
  code years { year tipTier detectedVictims { count suppressed published } personsProsecuted { count suppressed published } personsConvicted { count suppressed published } }
  lawMarkers { title enteredIntoForceOn } citations } }`;

const LAW = {
  country: 'nl',
  title: 'Dutch Criminal Code, article 273f (trafficking in human beings)',
  reference: 'Stb. 2004, 645',
  adoptedOn: '2004-12-09',
  enteredIntoForceOn: '2005-01-01',
  summary: 'Broadens the offence of trafficking to every form of exploitation.',
  sourceUrl: 'https://wetten.overheid.nl/BWBR0001854',
};

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
const { VICTIM_PERSONAL_DATA: VICTIM, SUSPECT_PERSONAL_DATA: SUSPECT, HEALTH_DATA: HEALTH, LOCATION_DATA: LOCATION } = DataCategory;

/**
 * Agencies in BE, ES, NG, NL (three), RO and TH, and IOM and Europol of no country; four agreements (one expired)
 * and five rules, NL-2 in two versions.
 */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(
    { ...AGENCIES['NL-POL'], name: 'Netherlands Police — Human Trafficking Unit' },
    { ...AGENCIES.SPF, name: 'Safe Passage Foundation' },
    AGENCIES.RPSA,
    AGENCIES['RO-DIOC'],
    AGENCIES['BE-SIS'],
    AGENCIES['ES-BIP'],
    AGENCIES['NG-NATA'],
    AGENCIES['TH-AHTD'],
    AGENCIES.IOM,
    AGENCIES.Europol,
    AGENCIES['JTF-SEC'],
  );
  await f.person(PEOPLE['admin@jtf.test'], PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test']);
  await f.agreement(
    { id: 'UN-TIP-PROTOCOL', kind: AgreementKind.MULTILATERAL, title: 'UN Trafficking in Persons Protocol (Palermo, 2000)', countries: ['BE', 'ES', 'NG', 'NL', 'RO', 'TH'], dataCategories: [SUSPECT, LOCATION], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION], inForceFrom: '2013-01-01' },
    { id: 'NL-RO-MLA', title: 'Netherlands–Romania mutual legal assistance treaty (fictional)', countries: ['NL', 'RO'], dataCategories: [VICTIM, SUSPECT, LOCATION], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION], inForceFrom: '2010-01-01' },
    { id: 'NLPOL-SPF-MOU', kind: AgreementKind.MOU, title: 'Victim referral MoU of the NL police and the Safe Passage Foundation', agencies: ['NL-POL', 'SPF'], dataCategories: [VICTIM, HEALTH, LOCATION], purposes: [SharingPurpose.VICTIM_ASSISTANCE], inForceFrom: '2024-01-01' },
    { id: 'NL-TH-PILOT', title: 'Netherlands–Thailand police exchange pilot (fictional, expired)', countries: ['NL', 'TH'], dataCategories: [SUSPECT], purposes: [SharingPurpose.INVESTIGATION], inForceFrom: '2019-01-01', inForceTo: '2023-12-31' },
  );
  const nl = { kind: 'COUNTRY' as const, country: 'NL' };
  await f.rule(
    RULES['NL-1'],
    { id: 'NL-2', version: 1, effectiveFrom: '2020-01-01', effectiveTo: '2024-12-31', scope: nl, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REQUIRES_APPROVAL' }, text: "Victims' personal data leaves the Netherlands under an agreement, otherwise case by case." },
    { id: 'NL-2', version: 2, effectiveFrom: '2025-01-01', effectiveTo: null, scope: nl, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM], otherwise: 'REDACT' }, text: "Victims' personal data leaves the Netherlands only under an agreement; otherwise it is removed." },
    RULES['NL-3'],
    RULES['NGO-1'],
    { id: 'RO-1', version: 1, effectiveFrom: null, effectiveTo: null, scope: { kind: 'COUNTRY', country: 'RO' }, flows: [RuleFlow.LEAVING], when: null, condition: { kind: 'REQUIRES_AGREEMENT', categories: [VICTIM, HEALTH], otherwise: 'REQUIRES_APPROVAL' }, text: 'Victim and health data leave Romania under an agreement, otherwise case by case.' },
  );
}

/** The distinct `field`s named by a BAD_USER_INPUT answer. */
const badFields = (res: GqlResponse) => [...new Set(((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field))];

describe('country legal-framework profiles', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    [admin, coordinator, member] = await Promise.all(['admin@jtf.test', 'coordinator@nl.test', 'member@nl.test'].map((e) => login(t.url, e)));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets only platform admins create, update and delete national laws; validation names the field; a stale version is a CONFLICT', async () => {
    const refused = await gql(t.url, CREATE, { input: LAW }, coordinator);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM national_laws`)).toEqual([{ n: 0 }]);

    const invalid: Array<[Record<string, unknown>, string]> = [
      [{ country: 'QQ' }, 'country'],
      [{ country: 'NLD' }, 'country'],
      [{ title: '  ' }, 'title'],
      [{ reference: '' }, 'reference'],
      [{ enteredIntoForceOn: '2023-02-30' }, 'enteredIntoForceOn'],
      [{ adoptedOn: '09/12/2004' }, 'adoptedOn'],
      [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
      [{ sourceUrl: 'wetten.overheid.nl' }, 'sourceUrl'],
      [{ adoptedOn: '2005-01-02' }, 'adoptedOn'], // adopted after it entered into force
    ];
    for (const [change, field] of invalid) {
      const res = await gql(t.url, CREATE, { input: { ...LAW, ...change } }, admin);
      expect([JSON.stringify(change), errorCode(res)]).toEqual([JSON.stringify(change), 'BAD_USER_INPUT']);
      expect(badFields(res)).toEqual([field]);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM national_laws`)).toEqual([{ n: 0 }]);

    const created = await gql(t.url, CREATE, { input: LAW }, admin);
    expect(created.errors).toBeUndefined();
    const law = created.data?.createNationalLaw;
    expect(law).toEqual({ ...LAW, id: expect.any(String), country: 'NL', version: 1 });
    const [stored] = await t.db.query(
      `SELECT n.country, to_char(n.entered_into_force_on, 'YYYY-MM-DD') AS d, c.email AS created_by, u.email AS updated_by
         FROM national_laws n JOIN users c ON c.id = n.created_by JOIN users u ON u.id = n.updated_by`,
    );
    expect(stored).toEqual({ country: 'NL', d: '2005-01-01', created_by: 'admin@jtf.test', updated_by: 'admin@jtf.test' });

    // An older law entered second still comes first (ordered by entry into force); optional fields may be left out.
    const older = await gql(t.url, CREATE, { input: { country: 'NL', title: 'Older anti-trafficking provision', reference: 'Stb. 2000, 1', enteredIntoForceOn: '2000-10-01' } }, admin);
    expect(older.data?.createNationalLaw).toMatchObject({ adoptedOn: null, summary: null, sourceUrl: null, version: 1 });

    // Laws are public legal facts: any signed-in member reads them on the profile.
    const profile = await gql(t.url, PROFILE, { code: 'NL' }, member);
    expect(profile.errors).toBeUndefined();
    expect(profile.data?.countryProfile.nationalLaws.map((l: { enteredIntoForceOn: string }) => l.enteredIntoForceOn)).toEqual(['2000-10-01', '2005-01-01']);

    expect(errorCode(await gql(t.url, UPDATE, { input: { id: law.id, expectedVersion: 1, title: 'Changed by a coordinator' } }, coordinator))).toBe('FORBIDDEN');
    const updated = await gql(t.url, UPDATE, { input: { id: law.id, expectedVersion: 1, title: 'Criminal Code art. 273f', summary: null } }, admin);
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateNationalLaw).toEqual({ ...LAW, id: law.id, country: 'NL', title: 'Criminal Code art. 273f', summary: null, version: 2 });

    const stale = await gql(t.url, UPDATE, { input: { id: law.id, expectedVersion: 1, title: 'Lost update' } }, admin);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.['currentVersion']).toBe(2);
    expect(await t.db.query(`SELECT title, version FROM national_laws WHERE id = $1`, [law.id])).toEqual([{ title: 'Criminal Code art. 273f', version: 2 }]);

    const clearRequired = await gql(t.url, UPDATE, { input: { id: law.id, expectedVersion: 2, title: null } }, admin);
    expect(badFields(clearRequired)).toEqual(['title']);
    const adoptedLater = await gql(t.url, UPDATE, { input: { id: law.id, expectedVersion: 2, enteredIntoForceOn: '2004-01-01' } }, admin);
    expect(badFields(adoptedLater)).toEqual(['adoptedOn']);

    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect(errorCode(await gql(t.url, UPDATE, { input: { id, expectedVersion: 1, title: 'Nothing here' } }, admin))).toBe('NOT_FOUND');
      expect(errorCode(await gql(t.url, DELETE, { id }, admin))).toBe('NOT_FOUND');
    }

    expect(errorCode(await gql(t.url, DELETE, { id: law.id }, coordinator))).toBe('FORBIDDEN');
    const deleted = await gql(t.url, DELETE, { id: law.id }, admin);
    expect(deleted.data?.deleteNationalLaw).toBe(true);
    expect(errorCode(await gql(t.url, DELETE, { id: law.id }, admin))).toBe('NOT_FOUND');
    // Every change that went through is in the audit log, in order, by the admin; refused attempts wrote nothing.
    const audited: Array<{ action: string; email: string }> = await t.db.query(
      `SELECT e.action, u.email FROM audit_entries e JOIN users u ON u.id = e.actor_user_id WHERE e.subject_type = 'NATIONAL_LAW' AND e.subject_id = $1 ORDER BY e.seq`,
      [law.id],
    );
    expect(audited.map((a) => a.email)).toEqual(audited.map(() => 'admin@jtf.test'));
    expect(audited.map((a) => a.action)).toEqual(['NATIONAL_LAW_CREATED', ...audited.slice(1, -1).map(() => 'NATIONAL_LAW_UPDATED'), 'NATIONAL_LAW_DELETED']);
    expect(audited.length).toBeGreaterThanOrEqual(3);
    const after = await gql(t.url, PROFILE, { code: 'NL' }, member);
    expect(after.data?.countryProfile.nationalLaws.map((l: { title: string }) => l.title)).toEqual(['Older anti-trafficking provision']);
    await gql(t.url, DELETE, { id: older.data?.createNationalLaw.id }, admin);
  });

  it('lists the agreements in force now and the rule versions in effect now for a country', async () => {
    // By hand from the sharing law built above, at any date after 2025-01-01: for NL, UN-TIP-PROTOCOL (NL a party, from 2013),
    // NL-RO-MLA (NL a party, from 2010), NLPOL-SPF-MOU (its parties are agencies; NL-POL is based in NL, from
    // 2024). NOT NL-TH-PILOT: it ended on 2023-12-31. Rules scoped to NL: NL-1 v1, NL-2 v2 (v1 ended 2024-12-31),
    // NL-3 v1; NGO-1 is scoped to an agency kind, RO-1 to Romania.
    const nl = (await gql(t.url, PROFILE, { code: 'NLD' }, member)).data?.countryProfile;
    expect(nl.code).toBe('NL');
    expect(new Date(nl.asOf).getTime()).toBeGreaterThan(Date.parse('2025-01-01T00:00:00Z'));
    expect(nl.agreementsInForce.map((a: { id: string }) => a.id)).toEqual(['NL-RO-MLA', 'NLPOL-SPF-MOU', 'UN-TIP-PROTOCOL']);
    const mou = nl.agreementsInForce.find((a: { id: string }) => a.id === 'NLPOL-SPF-MOU');
    expect(mou.parties.map((p: { kind: string; agencyName: string }) => [p.kind, p.agencyName])).toEqual([
      ['AGENCY', 'Netherlands Police — Human Trafficking Unit'],
      ['AGENCY', 'Safe Passage Foundation'],
    ]);
    expect(nl.jurisdictionRules.map((r: { id: string; version: number }) => `${r.id} v${r.version}`)).toEqual(['NL-1 v1', 'NL-2 v2', 'NL-3 v1']);
    expect(nl.jurisdictionRules[1].text).toMatch(/otherwise it is removed/);
    expect(nl.agencies.map((a: { acronym: string }) => a.acronym).sort()).toEqual(['NL-POL', 'RPSA', 'SPF']);

    // TH: only the Protocol (the pilot with NL expired); no rule is scoped to Thailand.
    const th = (await gql(t.url, PROFILE, { code: 'TH' }, member)).data?.countryProfile;
    expect(th.agreementsInForce.map((a: { id: string }) => a.id)).toEqual(['UN-TIP-PROTOCOL']);
    expect(th.jurisdictionRules).toEqual([]);

    // RO: the Protocol and the treaty with NL; rule RO-1. A suspended agreement is not in force.
    const ro = (await gql(t.url, PROFILE, { code: 'RO' }, member)).data?.countryProfile;
    expect(ro.agreementsInForce.map((a: { id: string }) => a.id)).toEqual(['NL-RO-MLA', 'UN-TIP-PROTOCOL']);
    expect(ro.jurisdictionRules.map((r: { id: string }) => r.id)).toEqual(['RO-1']);
    await t.db.query(`UPDATE agreements SET suspended = true WHERE id = 'NL-RO-MLA'`);
    const roSuspended = (await gql(t.url, PROFILE, { code: 'RO' }, member)).data?.countryProfile;
    expect(roSuspended.agreementsInForce.map((a: { id: string }) => a.id)).toEqual(['UN-TIP-PROTOCOL']);
    await t.db.query(`UPDATE agreements SET suspended = false WHERE id = 'NL-RO-MLA'`);

    // An international organisation belongs to no country; unknown codes are NOT_FOUND.
    expect(errorCode(await gql(t.url, PROFILE, { code: 'QQ' }, member))).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, IMPACT, { code: 'QQ' }, member))).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, PROFILE, { code: 'NL' }))).toBe('UNAUTHENTICATED');

    const list = (await gql(t.url, `{ countryList { code name agencies nationalLaws } }`, {}, member)).data?.countryList;
    // The agencies built above are in BE, ES, NG, NL, RO and TH; IOM and Europol have no country.
    expect(list.map((c: { code: string }) => c.code).sort()).toEqual(['BE', 'ES', 'NG', 'NL', 'RO', 'TH']);
    expect(list.find((c: { code: string }) => c.code === 'NL')).toMatchObject({ agencies: 3, nationalLaws: 0 });
  });

  itIfFiles(filesTitle('gives the published GLOTIP totals and TIP tiers by year, read independently from the raw files'), async () => {
    const glotip = await importDataset(t.db, DatasetKind.GLOTIP, GLOTIP);
    expect(glotip.inserted + glotip.unchanged).toBeGreaterThan(1000);
    await importDataset(t.db, DatasetKind.TIP_TIERS_CSV, MAP_TIERS);
    const law = await gql(t.url, CREATE, { input: { ...LAW, country: 'NL' } }, admin);
    expect(law.errors).toBeUndefined();

    // The raw workbook: the country total is the row whose Dimension, Category, Sex and Age are all "Total".
    const workbook = new Workbook();
    await workbook.xlsx.readFile(GLOTIP);
    const sheet = workbook.getWorksheet('data_glotip_1');
    if (!sheet) throw new Error('no sheet data_glotip_1 in the GLOTIP workbook');
    const text = (v: unknown) => String(v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : (v ?? '')).trim();
    const fields = { 'Detected trafficking victims': 'detectedVictims', 'Persons prosecuted': 'personsProsecuted', 'Persons convicted': 'personsConvicted' } as const;
    const expected = new Map<string, Map<number, Record<string, { count: number | null; suppressed: boolean; published: string }>>>();
    let header: string[] | null = null;
    sheet.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1).map(text);
      if (!header) {
        if (cells[0] === 'Iso3_code') header = cells;
        return;
      }
      const get = (name: string) => cells[(header as string[]).indexOf(name)] ?? '';
      const field = fields[get('Indicator') as keyof typeof fields];
      if (!field || ['Dimension', 'Category', 'Sex', 'Age'].some((c) => get(c) !== 'Total')) return;
      const published = get('txtVALUE');
      const suppressed = published === '<5';
      const byYear = expected.get(get('Iso3_code')) ?? new Map();
      expected.set(get('Iso3_code'), byYear);
      const year = Number(get('Year'));
      byYear.set(year, { ...byYear.get(year), [field]: { count: suppressed ? null : Number(published.replace(/,/g, '')), suppressed, published } });
    });

    // TIP tiers of the Netherlands straight from map_tiers.csv (tier codes 1, 2, 3 = Tier 2 Watch List, 4, NA).
    const codes: Record<string, string> = { '1': 'TIER_1', '2': 'TIER_2', '3': 'TIER_2_WATCH_LIST', '4': 'TIER_3', NA: 'NOT_RATED' };
    const tiers = new Map<number, string>();
    for (const line of readFileSync(MAP_TIERS, 'utf8').split(/\r?\n/).slice(1)) {
      const f = line.split(',');
      if (f.length >= 5 && f[f.length - 4] === 'NLD') tiers.set(Number(f[f.length - 3]), codes[f[f.length - 1].trim()]);
    }

    const impact = (await gql(t.url, IMPACT, { code: 'NL' }, member)).data?.countryImpact;
    const nld = expected.get('NLD');
    if (!nld) throw new Error('no NLD totals in the raw file');
    const years = [...new Set([...nld.keys(), ...tiers.keys()])].sort((a, b) => a - b);
    expect(impact.years.map((y: { year: number }) => y.year)).toEqual(years);
    for (const y of impact.years) {
      const e = nld.get(y.year) ?? {};
      expect({ year: y.year, v: y.detectedVictims, p: y.personsProsecuted, c: y.personsConvicted, tier: y.tipTier }).toEqual({
        year: y.year,
        v: e['detectedVictims'] ?? null,
        p: e['personsProsecuted'] ?? null,
        c: e['personsConvicted'] ?? null,
        tier: tiers.get(y.year) ?? null,
      });
    }
    // One year spelled out: the published 2011 total of detected victims is "1,222" in the file.
    expect(impact.years.find((y: { year: number }) => y.year === 2011)?.detectedVictims).toEqual(nld.get(2011)?.['detectedVictims']);
    expect(impact.lawMarkers).toEqual([{ title: LAW.title, enteredIntoForceOn: '2005-01-01' }]);
    expect(impact.citations.join(' | ')).toMatch(/UNODC, Global Report on Trafficking in Persons.*\|.*Trafficking in Persons Report.*\|.*National anti-trafficking laws/);

    // A country-year whose total UNODC published as "<5" stays suppressed: no count, never 0.
    const [iso3, byYear] = [...expected].find(([, m]) => [...m.values()].some((r) => r['detectedVictims']?.suppressed)) ?? [];
    if (!iso3 || !byYear) throw new Error('the raw file has no suppressed country total');
    const [year] = [...byYear].find(([, r]) => r['detectedVictims']?.suppressed) ?? [];
    const suppressedImpact = (await gql(t.url, IMPACT, { code: iso3 }, member)).data?.countryImpact;
    expect(suppressedImpact.years.find((y: { year: number }) => y.year === year)?.detectedVictims).toEqual({ count: null, suppressed: true, published: '<5' });
    // Importing and reading the whole GLOTIP workbook twice takes about 20 s alone, longer on a loaded machine.
  }, 240000);

  const TIP_WORKBOOK = join(DATA, DATA_FILES.tipTierRankings);
  itWithData([GLOTIP, MAP_TIERS, TIP_WORKBOOK])('shows TIP tiers only from a source whose licence allows it: the hand-entered workbook is imported but never shown', async () => {
    const workbook = await importDataset(t.db, DatasetKind.TIP_TIERS_XLSX, TIP_WORKBOOK);
    expect(workbook.inserted + workbook.unchanged).toBeGreaterThan(100);
    // The workbook covers 2008–2016; map_tiers.csv ends in 2015. Years of the Netherlands in map_tiers, from the raw file:
    const years = new Set<number>();
    for (const line of readFileSync(MAP_TIERS, 'utf8').split(/\r?\n/).slice(1)) {
      const f = line.split(',');
      if (f.length >= 5 && f[f.length - 4] === 'NLD') years.add(Number(f[f.length - 3]));
    }
    const profile = (await gql(t.url, `{ countryProfile(code: "NL") { tipTiers { year source } } }`, {}, await login(t.url, 'member@nl.test'))).data?.countryProfile;
    expect(profile.tipTiers.map((x: { year: number }) => x.year)).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(profile.tipTiers.map((x: { source: string }) => x.source))).toEqual(new Set(['map_tiers']));
  });
});
