import { spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RouteRole } from '@taskforce/api-leads';
import { AgencyKind, DataCategory, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';

/**
 * Audit at scale: a read of many leads names them compactly (count, keyed fingerprint of the question, the ids
 * inline up to 50, else a content-addressed lead set stored once), "who read this lead" (leadAuditTrail) answers
 * the same from both forms, entries written outside a transaction are appended in batches that still verify, lead
 * sets are append-only and tamper-evident, and the benchmark's switch that turns auditing off works outside
 * production only.
 */

const RECRUITERS = 'Recruiters moving Romanian women through Rotterdam to Valencia'; // NL-POL
const LIST = 'query($first: Int) { leads(first: $first) { id } }';
const TRAIL = 'query($id: ID!) { leadAuditTrail(leadId: $id) { seq action details } }';
const STATUS = '{ auditChainStatus { ok entries firstBrokenSeq reason } }';

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

/** The NL police (with one lead), Europol and the task-force secretariat; no audit entry exists yet. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'Europol', kind: AgencyKind.INTERNATIONAL_ORGANIZATION, country: null }, { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' });
  await f.person(
    { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
    { email: 'analyst@europol.test', name: 'Marek Nowak', agency: 'Europol', roles: [Role.ANALYST, Role.LIAISON_OFFICER] },
    { email: 'admin@jtf.test', name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
  );
  await f.lead({
    summary: RECRUITERS,
    by: 'coordinator@nl.test',
    route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'NL', role: RouteRole.TRANSIT }, { country: 'ES', role: RouteRole.DESTINATION }],
    dataCategories: [DataCategory.SUSPECT_PERSONAL_DATA, DataCategory.LOCATION_DATA],
  });
}

/** The set id as documented: hex SHA-256 of the sorted lowercase ids joined by ','. Written here from the docs. */
const setIdOf = (ids: string[]): string => createHash('sha256').update([...ids].map((i) => i.toLowerCase()).sort().join(','), 'utf8').digest('hex');

describe('audit: compact read entries, batched appends', () => {
  let t: TestApp;
  let coordinator: string;
  let analyst: string;
  let admin: string;
  let key: Buffer;
  const as = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token);
  const lastEntry = async (): Promise<{ seq: number; details: Record<string, any> }> =>
    (await t.db.query(`SELECT seq::int AS seq, details FROM audit_entries WHERE action = 'LEAD_LIST_READ' ORDER BY seq DESC LIMIT 1`))[0];
  const fingerprintOf = (canonical: string) => createHmac('sha256', key).update(canonical, 'utf8').digest('hex');

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    coordinator = await login(t.url, 'coordinator@nl.test'); // NL-POL
    analyst = await login(t.url, 'analyst@europol.test');
    admin = await login(t.url, 'admin@jtf.test');
    [{ key }] = await t.db.query('SELECT fingerprint_key AS key FROM audit_head');
  });
  afterAll(() => t.close());

  it('the database has its own 32-byte fingerprint key', () => {
    expect(Buffer.isBuffer(key)).toBe(true);
    expect(key.length).toBe(32);
    expect(key.equals(Buffer.alloc(32))).toBe(false);
  });

  let inlineId: string;
  let inlineSeq: number;
  it('a list of at most 50 leads names them inline, with their count and the fingerprint of the question', async () => {
    const res = await as(coordinator, LIST, { first: 50 });
    expect(res.errors).toBeUndefined();
    const ids: string[] = res.data!.leads.map((l: { id: string }) => l.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(50);
    const entry = await lastEntry();
    expect(entry.details).toEqual({ query: 'leads', count: ids.length, fingerprint: fingerprintOf('{"args":{"after":null,"first":50},"query":"leads"}'), leadIds: ids });
    inlineId = ids[0];
    inlineSeq = entry.seq;
  });

  let copies: string[] = [];
  let leadColumns = '';
  let setSeq: number;
  let setId: string;
  it('a list of more than 50 names a lead set stored once, holding exactly the ids returned', async () => {
    const [recruiters] = await t.db.query('SELECT id FROM leads WHERE summary = $1', [RECRUITERS]);
    const columns: Array<{ column_name: string }> = await t.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'leads' AND column_name NOT IN ('id', 'summary') AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    );
    leadColumns = columns.map((c) => c.column_name).join(', ');
    copies = (
      await t.db.query(`INSERT INTO leads (summary, ${leadColumns}) SELECT 'Audit scale copy ' || g, ${leadColumns} FROM leads, generate_series(1, 80) g WHERE id = $1 RETURNING id::text AS id`, [recruiters.id])
    ).map((r: { id: string }) => r.id);

    const sets = async () => (await t.db.query('SELECT count(*)::int AS n FROM audit_lead_sets'))[0].n as number;
    const setsBefore = await sets();
    const res = await as(coordinator, LIST, { first: 200 });
    expect(res.errors).toBeUndefined();
    const ids: string[] = res.data!.leads.map((l: { id: string }) => l.id);
    expect(ids.length).toBeGreaterThan(80);
    const entry = await lastEntry();
    setId = setIdOf(ids);
    expect(entry.details).toEqual({ query: 'leads', count: ids.length, fingerprint: fingerprintOf('{"args":{"after":null,"first":200},"query":"leads"}'), leadSetId: setId });
    const [stored] = await t.db.query('SELECT ids::text[] AS ids FROM audit_lead_sets WHERE id = $1', [setId]);
    expect([...stored.ids].sort()).toEqual([...ids].sort());
    expect(await sets()).toBe(setsBefore + 1);
    setSeq = entry.seq;

    // The same page read again: a second entry, the same set, not stored twice.
    expect((await as(coordinator, LIST, { first: 200 })).errors).toBeUndefined();
    expect((await lastEntry()).details.leadSetId).toBe(setId);
    expect(await sets()).toBe(setsBefore + 1);
    // "Which sets hold lead X" is answered by the array index.
    const holding = await t.db.query('SELECT id FROM audit_lead_sets WHERE ids @> ARRAY[$1::uuid]', [copies[0]]);
    expect(holding.map((r: { id: string }) => r.id)).toEqual([setId]);
  });

  it("a lead's trail names the list reads that returned it, inline or through a set, and no other", async () => {
    const listReads = async (leadId: string) => {
      const res = await as(coordinator, TRAIL, { id: leadId });
      expect(res.errors).toBeUndefined();
      return res.data!.leadAuditTrail.filter((e: { action: string }) => e.action === 'LEAD_LIST_READ').map((e: { seq: number }) => e.seq);
    };
    // Read only by the big lists (through the set): two entries.
    const onlyBig = await listReads(copies[0]);
    expect(onlyBig).toEqual([setSeq, setSeq + 1]);
    // Read by the first (inline) list and by both big ones.
    expect(await listReads(inlineId)).toEqual(expect.arrayContaining([inlineSeq, setSeq, setSeq + 1]));
    // A lead recorded after those reads: none of them names it.
    const [recruiters] = await t.db.query('SELECT id FROM leads WHERE summary = $1', [RECRUITERS]);
    const [later] = await t.db.query(
      `INSERT INTO leads (summary, ${leadColumns}) SELECT 'Audit scale later copy', ${leadColumns} FROM leads WHERE id = $1 RETURNING id::text AS id`,
      [recruiters.id],
    );
    expect(await listReads(later.id)).toEqual([]);
  });

  it('concurrent audited reads are appended in shared transactions, and the chain verifies', async () => {
    const before = (await t.db.query('SELECT max(seq)::int AS seq FROM audit_entries'))[0].seq as number;
    const reads = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? as(analyst, '{ leadCount }') : as(coordinator, LIST, { first: i % 2 ? 10 : 100 }))),
    );
    expect(reads.every((r) => !r.errors)).toBe(true);
    const rows: Array<{ seq: number; at: Date; prev_hash: string }> = await t.db.query('SELECT seq::int AS seq, at, prev_hash FROM audit_entries WHERE seq > $1 ORDER BY seq', [before]);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => before + 1 + i));
    // Entries of one batch share its timestamp: fewer distinct times than entries means batches of several.
    expect(new Set(rows.map((r) => r.at.toISOString())).size).toBeLessThan(40);
    const status = (await as(admin, STATUS)).data!.auditChainStatus;
    expect(status).toMatchObject({ ok: true, firstBrokenSeq: null, reason: null });
    expect(status.entries).toBe(before + 40);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of lead sets', async () => {
    await expect(t.db.query(`UPDATE audit_lead_sets SET ids = ids[1:2] WHERE id = $1`, [setId])).rejects.toThrow(/audit_lead_sets is append-only: UPDATE refused/);
    await expect(t.db.query('DELETE FROM audit_lead_sets WHERE id = $1', [setId])).rejects.toThrow(/audit_lead_sets is append-only: DELETE refused/);
    await expect(t.db.query('TRUNCATE audit_lead_sets')).rejects.toThrow(/audit_lead_sets is append-only: TRUNCATE refused/);
  });

  it('a lead set edited with the trigger disabled is detected at the first entry naming it', async () => {
    await t.db.query('ALTER TABLE audit_lead_sets DISABLE TRIGGER audit_lead_sets_append_only');
    await t.db.query(`UPDATE audit_lead_sets SET ids = array_remove(ids, $2::uuid) WHERE id = $1`, [setId, copies[0]]);
    await t.db.query('ALTER TABLE audit_lead_sets ENABLE TRIGGER audit_lead_sets_append_only');
    const status = (await as(admin, STATUS)).data!.auditChainStatus;
    expect(status).toMatchObject({ ok: false, firstBrokenSeq: setSeq });
    expect(status.reason).toContain(`entry ${setSeq}`);
    expect(status.reason).toContain(setId);
  });
});

describe('audit switched off for a benchmark', () => {
  it('writes no entries when AUDIT_DISABLED_FOR_BENCHMARK is set (outside production)', async () => {
    const t = await startTestApp({ AUDIT_DISABLED_FOR_BENCHMARK: '1' }, { demoData: false });
    try {
      await taskForce(t);
      const token = await login(t.url, 'coordinator@nl.test');
      const before = (await t.db.query('SELECT count(*)::int AS n FROM audit_entries'))[0].n;
      for (const q of ['{ leads { id } }', '{ leadCount }']) expect((await gql(t.url, q, {}, token)).errors).toBeUndefined();
      expect((await t.db.query('SELECT count(*)::int AS n FROM audit_entries'))[0].n).toBe(before);
    } finally {
      await t.close();
    }
  });

  const MAIN = join(__dirname, '../../dist/api/apps/api/src/main.js');
  it('the built API refuses to start with it when NODE_ENV=production', () => {
    expect(existsSync(MAIN)).toBe(true); // built by api:build, which the tests target depends on
    const run = spawnSync(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        AUDIT_DISABLED_FOR_BENCHMARK: '1',
        JWT_SECRET: 'x'.repeat(40),
        LEAD_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
        MATCHING_KEY: `m1:${Buffer.alloc(32, 9).toString('base64')}`,
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('AUDIT_DISABLED_FOR_BENCHMARK: the audit log is never turned off when NODE_ENV=production');
  });
});
