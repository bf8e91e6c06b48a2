import { DatasetKind, IndicatorImportService } from '@taskforce/api-indicators';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, login as signIn, startTestApp, TestApp } from '../support/test-app';

/** Imports of the public data sets: idempotent upserts in one transaction, rejected rows with line numbers. */
describe('indicators: dataset imports', () => {
  let t: TestApp;
  let dir: string;
  let imports: IndicatorImportService;
  const previousDataDir = process.env.PUBLIC_DATA_DIR;

  const MAP_TIERS = [
    'countryname,iso,year,ccode,tier',
    'Afghanistan,AFG,2001,700,2', // line 2
    'Albania,ALB,2001,339,3', // line 3: code 3 = Tier 2 Watch List
    'Kosovo,KOS,2010,347,2', // line 4: Correlates of War code for Kosovo
    'Belgium,BEL,2001,211,9', // line 5: no tier 9 → rejected
    'Netherlands,NLD,2001,210,1', // line 6
    'Netherlands,NLD,2002,210,NA', // line 7: not rated
  ];
  const write = (name: string, lines: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
  const snapshot = () => t.db.query(`SELECT source, key, country_alpha2, year, tier, source_line FROM tip_tiers ORDER BY key`);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Three agencies in the Netherlands (police, a shelter NGO, the port authority) and three elsewhere.
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'SPF', kind: AgencyKind.NGO, country: 'NL' },
      { acronym: 'RPSA', kind: AgencyKind.OTHER, country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'Europol', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null },
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
    );
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'admin@ro.test', name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: 'analyst@europol.test', name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
      { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
    );
    imports = t.app.get(IndicatorImportService);
    dir = mkdtempSync(join(tmpdir(), 'taskforce-indicators-'));
  });
  afterAll(async () => {
    if (previousDataDir === undefined) delete process.env.PUBLIC_DATA_DIR;
    else process.env.PUBLIC_DATA_DIR = previousDataDir;
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('inserts, reports rejected rows with their line, and a second run changes nothing', async () => {
    const file = write('map_tiers.csv', MAP_TIERS);
    const first = await imports.importFile(DatasetKind.TIP_TIERS_CSV, file);
    expect(first).toMatchObject({ kind: DatasetKind.TIP_TIERS_CSV, source: 'map_tiers', inserted: 5, updated: 0, unchanged: 0 });
    expect(first.rejected.map((r) => r.line)).toEqual([5]);
    expect(first.rejected[0].reason).toMatch(/9/);
    const rows = await snapshot();
    expect(rows.map((r: { key: string; tier: string }) => `${r.key}=${r.tier}`)).toEqual([
      'AFG:2001=TIER_2',
      'ALB:2001=TIER_2_WATCH_LIST',
      'NLD:2001=TIER_1',
      'NLD:2002=NOT_RATED',
      expect.stringMatching(/^XK.*:2010=TIER_2$/), // Kosovo: KOS (Correlates of War) joined explicitly
    ]);
    expect(rows.find((r: { year: number; country_alpha2: string }) => r.year === 2010).country_alpha2).toBe('XK');

    const second = await imports.importFile(DatasetKind.TIP_TIERS_CSV, file);
    expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    expect(await snapshot()).toEqual(rows);
  });

  it('a file that changes stored rows is previewed, changing nothing, until it is confirmed', async () => {
    const before = await snapshot();
    const changed = write('map_tiers_changed.csv', [...MAP_TIERS.map((l) => (l.startsWith('Albania') ? 'Albania,ALB,2001,339,4' : l)), 'Albania,ALB,2002,339,3']);
    const preview = await imports.importFile(DatasetKind.TIP_TIERS_CSV, changed);
    // By hand: ALB:2001 changes (3 → 4), ALB:2002 is new, the other four stored rows are the same.
    expect(preview).toMatchObject({ applied: false, confirmationNeeded: true, inserted: 1, updated: 1, unchanged: 4, removed: 0 });
    expect(preview.examples).toEqual({ inserted: ['ALB:2002'], updated: ['ALB:2001'], removed: [] });
    expect(await snapshot()).toEqual(before);

    const report = await imports.importFile(DatasetKind.TIP_TIERS_CSV, changed, { confirm: true });
    expect(report).toMatchObject({ applied: true, confirmationNeeded: false, inserted: 1, updated: 1, unchanged: 4, removed: 0 });
    expect(await t.db.query(`SELECT tier FROM tip_tiers WHERE key = 'ALB:2001'`)).toEqual([{ tier: 'TIER_3' }]);
  });

  it('a file without some stored rows previews their removal, and removes them once confirmed', async () => {
    const shorter = write('map_tiers_shorter.csv', MAP_TIERS.filter((l) => !l.startsWith('Netherlands')));
    const preview = await imports.importFile(DatasetKind.TIP_TIERS_CSV, shorter);
    // Stored now: AFG:2001, ALB:2001, ALB:2002, XK…:2010, NLD:2001, NLD:2002; the file drops NLD (2) and ALB:2002.
    expect(preview).toMatchObject({ applied: false, confirmationNeeded: true, inserted: 0, updated: 1, removed: 3 });
    expect(preview.examples.removed.sort()).toEqual(['ALB:2002', 'NLD:2001', 'NLD:2002']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM tip_tiers WHERE source = 'map_tiers'`)).toEqual([{ n: 6 }]);
    const applied = await imports.importFile(DatasetKind.TIP_TIERS_CSV, shorter, { confirm: true });
    expect(applied).toMatchObject({ applied: true, removed: 3 });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM tip_tiers WHERE source = 'map_tiers'`)).toEqual([{ n: 3 }]);
    // Back to the original file for the tests below: it only adds NLD's two rows, so it applies without confirmation.
    expect(await imports.importFile(DatasetKind.TIP_TIERS_CSV, write('map_tiers.csv', MAP_TIERS))).toMatchObject({ applied: true, confirmationNeeded: false, inserted: 2, updated: 0, removed: 0, unchanged: 3 });
  });

  it('an empty or junk file writes nothing and says the file had no usable row', async () => {
    const before = await snapshot();
    for (const lines of [[''], ['this is not a data set', 'at all']]) {
      const report = await imports.importFile(DatasetKind.TIP_TIERS_CSV, write('junk.csv', lines));
      expect(report).toMatchObject({ applied: false, confirmationNeeded: false, inserted: 0, updated: 0, unchanged: 0, removed: 0 });
      expect(report.rejected.length).toBeGreaterThan(0);
      expect(report.rejected[0].line).toBe(1);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a failure before commit changes nothing', async () => {
    const before = await snapshot();
    const file = write('map_tiers_failing.csv', [MAP_TIERS[0], 'Afghanistan,AFG,2001,700,4', 'Chad,TCD,2001,483,1']);
    await expect(
      imports.importFile(DatasetKind.TIP_TIERS_CSV, file, {
        confirm: true,
        beforeCommit: async (m) => {
          // The rows are written inside the transaction…
          expect(await m.query(`SELECT tier FROM tip_tiers WHERE key = 'AFG:2001'`)).toEqual([{ tier: 'TIER_3' }]);
          throw new Error('injected failure');
        },
      }),
    ).rejects.toThrow('injected failure');
    // …and none of them survive the rollback.
    expect(await snapshot()).toEqual(before);
  });

  it('importDataset is for platform admins only and reads only inside the data folder', async () => {
    mkdirSync(join(dir, 'palermo'), { recursive: true });
    mkdirSync(join(dir, 'tip-tiers'), { recursive: true });
    writeFileSync(join(dir, 'palermo', 'protocol_ratification_year.csv'), 'country,iso3,cow_code,protocol_year\nNetherlands,NLD,210,2005\nAfghanistan,AFG,700,2012\n');
    writeFileSync(join(dir, 'tip-tiers', 'map_tiers.csv'), `${MAP_TIERS.join('\n')}\n`);
    process.env.PUBLIC_DATA_DIR = dir;
    const mutation = `mutation($kind: DatasetKind!, $path: String) { importDataset(kind: $kind, path: $path) { kind inserted updated unchanged removed applied confirmationNeeded rejected { line reason } } }`;

    for (const email of ['coordinator@nl.test', 'admin@ro.test', 'analyst@europol.test']) {
      const res = await gql(t.url, mutation, { kind: 'PALERMO' }, await login(t.url, email));
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM palermo_ratifications`)).toEqual([{ n: 0 }]);

    const admin = await login(t.url, 'admin@jtf.test');
    const ok = await gql(t.url, mutation, { kind: 'PALERMO' }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.importDataset).toEqual({ kind: 'PALERMO', inserted: 2, updated: 0, unchanged: 0, removed: 0, applied: true, confirmationNeeded: false, rejected: [] });
    const again = await gql(t.url, mutation, { kind: 'PALERMO' }, admin);
    expect(again.data?.importDataset).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });

    const escape = await gql(t.url, mutation, { kind: 'CTDC', path: '../../../etc/passwd' }, admin);
    expect(errorCode(escape)).toBe('BAD_USER_INPUT');
    const missing = await gql(t.url, mutation, { kind: 'CTDC' }, admin);
    expect(errorCode(missing)).toBe('NOT_FOUND');

    // Country profile from what was imported (map_tiers from the first tests; the agencies built above).
    const profile = await gql(
      t.url,
      `query($code: String!) { countryProfile(code: $code) { code alpha3 name palermoRatificationYear palermoDataPresent tipTiers { year tier source } agencies { name acronym } citations } }`,
      { code: 'NLD' },
      admin,
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data?.countryProfile).toMatchObject({
      code: 'NL',
      alpha3: 'NLD',
      palermoRatificationYear: 2005,
      palermoDataPresent: true,
      tipTiers: [
        { year: 2001, tier: 'TIER_1', source: 'map_tiers' },
        { year: 2002, tier: 'NOT_RATED', source: 'map_tiers' },
      ],
    });
    // NL-POL, SPF and RPSA are the three agencies built with country NL.
    expect(profile.data?.countryProfile.agencies.map((a: { acronym: string }) => a.acronym).sort()).toEqual(['NL-POL', 'RPSA', 'SPF']);
    const afghanistan = await gql(t.url, `{ countryProfile(code: "AF") { palermoRatificationYear palermoDataPresent } }`, {}, admin);
    // 2012 in the source means "not ratified by the end of 2011".
    expect(afghanistan.data?.countryProfile).toEqual({ palermoRatificationYear: null, palermoDataPresent: true });
    expect(errorCode(await gql(t.url, `{ countryProfile(code: "QQ") { code } }`, {}, admin))).toBe('NOT_FOUND');
  });
});
