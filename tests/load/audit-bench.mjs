// Audit benchmark: the web client's leads page (`query Leads`: leadCount + leads, two audited reads) at concurrency
// BENCH_CONNECTIONS (10) against two copies of the built API on one database — one auditing, one started with
// AUDIT_DISABLED_FOR_BENCHMARK=1 — in alternating rounds of the same run; then the audit tables' growth per
// BENCH_GROWTH_VIEWS (600) page views at BENCH_LEADS (500) readable leads, in the compact layout written now and in the
// layout that copied every id into each entry (the same entries replayed into a copy of audit_entries).
//
// 1. PostgreSQL: with DATABASE_URL, a fresh database `taskforce_bench_<random>` on that server (dropped at the end);
//    otherwise an embedded PostgreSQL in a temporary folder.
// 2. Both APIs (dist/api/apps/api/src/main.js): the first migrates and loads the demo task force; the reader's agency
//    (NL-POL) then gets copies of one of its leads until the reader may read BENCH_LEADS leads.
// 3. BENCH_WARMUP_SECONDS on each, then BENCH_ROUNDS rounds of BENCH_ROUND_SECONDS per API, the order alternating.
// 4. Writes tests/load/results/audit.json (refused from a dirty work tree unless BENCH_ALLOW_DIRTY=1).
// Details and the latest figures: tests/load/README.md.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/node-helpers.mjs';
import { intEnv, round2 } from './stats.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { startDatabase } from './bench-database.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const require = createRequire(import.meta.url);
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const RESULTS_DIR = join(HERE, 'results');
const RESULT_FILE = join(RESULTS_DIR, 'audit.json');
const GENERATED = join(ROOT, 'libs', 'web', 'data-access', 'src', 'lib', 'graphql', 'generated', 'graphql.ts');

const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10, 1);
const ROUNDS = intEnv('BENCH_ROUNDS', 6, 1);
const ROUND_SECONDS = intEnv('BENCH_ROUND_SECONDS', 10, 1);
const WARMUP_SECONDS = intEnv('BENCH_WARMUP_SECONDS', 5, 0);
const LEADS = intEnv('BENCH_LEADS', 500, 1);
const GROWTH_VIEWS = intEnv('BENCH_GROWTH_VIEWS', 600, 1);
const HEALTH_TIMEOUT_MS = 120_000;
const PASSWORD = 'demo-pass-2026';
const READER = 'coordinator@demo.test'; // NL-POL
/** Target: audited throughput at least half the unaudited one, in the same run. */
const TARGET_RATIO = 0.5;

/** The web client's `query Leads` with its fragments, printed from the committed generated documents. */
function leadsDocument() {
  const { print } = require('graphql');
  const line = readFileSync(GENERATED, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('export const LeadsDocument = '));
  if (!line) throw new Error(`LeadsDocument not found in ${GENERATED}`);
  const json = line.slice('export const LeadsDocument = '.length, line.lastIndexOf(' as unknown as'));
  return print(JSON.parse(json));
}

/**
 * Starts the built API on `databaseUrl` with `env` added; resolves when /health answers. Both APIs share `dataDir`,
 * where the first writes the development secrets (token secret, victim-identity keys) the second then reads.
 */
async function startApi(name, databaseUrl, dataDir, env) {
  const port = await freePort();
  const logFile = join(RESULTS_DIR, `audit-${name}-api.log`); // gitignored (*.log)
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      TASKFORCE_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      LOGIN_RATE_LIMIT: '1000',
      ESCALATION_CHECK_SECONDS: '0',
      // One reader asks far more than a person's budget allows; the budget is not what is measured.
      GRAPHQL_COST_PER_MINUTE: '1000000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${name} API exited with code ${child.exitCode} (see ${logFile})`);
    if (Date.now() > deadline) throw new Error(`the ${name} API did not answer /health within ${HEALTH_TIMEOUT_MS} ms (see ${logFile})`);
    try {
      if ((await fetch(`${url}/health`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (res.status !== 200 || !json.data || json.errors?.length) throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

async function login(url) {
  const data = await gql(url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: READER, password: PASSWORD } });
  return data.login.accessToken;
}

/** One autocannon run of the leads page against `api`; returns 2xx responses, their rate, latency and failures. */
async function load(api, seconds, document) {
  const result = await autocannon({
    url: `${api.url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
    body: JSON.stringify({ query: document, operationName: 'Leads' }),
  });
  return {
    ok: result['2xx'],
    reqPerSec: result['2xx'] / (result.duration || seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Waits until no audit entry has been added for 1 s (requests cut off at the end of a run still finish on the server). */
async function settle(db) {
  let last = -1;
  for (;;) {
    const n = Number((await db.query('SELECT count(*) AS n FROM audit_entries')).rows[0].n);
    if (n === last) return;
    last = n;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const auditBytes = async (db) =>
  Number((await db.query(`SELECT pg_total_relation_size('audit_entries') + pg_total_relation_size('audit_lead_sets') AS bytes`)).rows[0].bytes);

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npx nx run api:build\` (npm run bench:audit does)`);
  requireWritableState();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const document = leadsDocument();
  const { Client } = require('pg');
  const database = await startDatabase();
  const apis = [];
  const db = new Client({ connectionString: database.url });
  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-audit-'));
  chmodSync(dataDir, 0o755);
  try {
    const audited = await startApi('audited', database.url, dataDir, {});
    apis.push(audited);
    const unaudited = await startApi('unaudited', database.url, dataDir, { AUDIT_DISABLED_FOR_BENCHMARK: '1' });
    apis.push(unaudited);
    await db.connect();
    audited.token = await login(audited.url);
    unaudited.token = await login(unaudited.url);

    // The reader may read BENCH_LEADS leads: copies of one of their agency's own leads.
    const before = (await gql(audited.url, '{ leadCount }', {}, audited.token)).leadCount;
    const [{ id: source }] = (
      await db.query(`SELECT l.id FROM leads l JOIN users u ON u.agency_id = l.originating_agency_id WHERE u.email = $1 ORDER BY l.created_at LIMIT 1`, [READER])
    ).rows;
    const columns = (
      await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'leads' AND column_name NOT IN ('id', 'summary', 'created_at') AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      )
    ).rows.map((r) => r.column_name);
    if (LEADS > before) {
      await db.query(
        `INSERT INTO leads (summary, created_at, ${columns.join(', ')}) SELECT 'Benchmark copy ' || g, now() - g * interval '1 second', ${columns.join(', ')} FROM leads, generate_series(1, $2::int) g WHERE id = $1`,
        [source, LEADS - before],
      );
    }
    const readable = (await gql(audited.url, '{ leadCount }', {}, audited.token)).leadCount;
    const page = await gql(audited.url, document, {}, audited.token);
    const unauditedPage = await gql(unaudited.url, document, {}, unaudited.token);
    if (readable !== LEADS || page.leadCount !== LEADS || unauditedPage.leads.length !== page.leads.length) {
      throw new Error(`the reader should read ${LEADS} leads on both APIs; got ${readable}, ${page.leadCount} and ${unauditedPage.leads.length} listed`);
    }
    console.log(`${database.kind}; ${READER} reads ${readable} leads; the page lists ${page.leads.length}`);

    const entries = async () => Number((await db.query('SELECT count(*) AS n FROM audit_entries')).rows[0].n);
    if (WARMUP_SECONDS) {
      await load(audited, WARMUP_SECONDS, document);
      await load(unaudited, WARMUP_SECONDS, document);
      await settle(db);
    }
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? [audited, unaudited] : [unaudited, audited];
      for (const api of order) {
        const side = api === audited ? 'audited' : 'unaudited';
        const entriesBefore = await entries();
        const run = await load(api, ROUND_SECONDS, document);
        await settle(db);
        const written = (await entries()) - entriesBefore;
        rounds.push({ round: r + 1, side, ...run, reqPerSec: round2(run.reqPerSec), auditEntriesWritten: written });
        console.log(`round ${r + 1} ${side.padEnd(9)} ${round2(run.reqPerSec)} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${written} audit entries`);
      }
    }
    const sideOf = (side) => {
      const rs = rounds.filter((x) => x.side === side);
      const ok = rs.reduce((a, x) => a + x.ok, 0);
      const p99s = rs.map((x) => x.p99Ms).sort((a, b) => a - b);
      const p50s = rs.map((x) => x.p50Ms).sort((a, b) => a - b);
      return {
        requests: ok,
        reqPerSec: round2(ok / (rs.length * ROUND_SECONDS)),
        p50MsMedianOfRounds: p50s[Math.floor(p50s.length / 2)],
        p99MsMedianOfRounds: p99s[Math.floor(p99s.length / 2)],
        p99MsWorstRound: p99s[p99s.length - 1],
        non2xx: rs.reduce((a, x) => a + x.non2xx, 0),
        errors: rs.reduce((a, x) => a + x.errors, 0),
        auditEntriesWritten: rs.reduce((a, x) => a + x.auditEntriesWritten, 0),
      };
    };
    const a = sideOf('audited');
    const u = sideOf('unaudited');
    const ratio = round2(a.reqPerSec / u.reqPerSec);

    // Growth: BENCH_GROWTH_VIEWS page views (2 entries each) through the auditing API, at the same concurrency.
    await db.query('VACUUM ANALYZE audit_entries');
    await db.query('VACUUM ANALYZE audit_lead_sets');
    const [{ seq: lastSeq }] = (await db.query('SELECT max(seq)::text AS seq FROM audit_entries')).rows;
    const bytesBefore = await auditBytes(db);
    const result = await autocannon({
      url: `${audited.url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      amount: GROWTH_VIEWS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${audited.token}` },
      body: JSON.stringify({ query: document, operationName: 'Leads' }),
    });
    if (result['2xx'] !== GROWTH_VIEWS) throw new Error(`growth: ${result['2xx']} of ${GROWTH_VIEWS} page views answered 2xx`);
    await settle(db);
    const bytesAfter = await auditBytes(db);
    const growthEntries = Number((await db.query('SELECT count(*) AS n FROM audit_entries WHERE seq > $1', [lastSeq])).rows[0].n);
    // The same entries in the layout that copied every id: a copy of audit_entries (same columns and indexes), each
    // list read's details with the ids of its lead set inline.
    await db.query('CREATE TABLE bench_audit_entries_ids_inline (LIKE audit_entries INCLUDING ALL)');
    const inlineBefore = Number((await db.query(`SELECT pg_total_relation_size('bench_audit_entries_ids_inline') AS bytes`)).rows[0].bytes);
    await db.query(
      `INSERT INTO bench_audit_entries_ids_inline
       SELECT e.seq, e.at, e.actor_user_id, e.actor_agency_id, e.action, e.subject_type, e.subject_id, e.reason, e.client_address,
              CASE WHEN e.details ? 'leadSetId'
                   THEN jsonb_build_object('query', e.details->'query', 'leadIds', to_jsonb((SELECT s.ids::text[] FROM audit_lead_sets s WHERE s.id = e.details->>'leadSetId')))
                   WHEN e.details ? 'leadIds' THEN jsonb_build_object('query', e.details->'query', 'leadIds', e.details->'leadIds')
                   ELSE e.details - 'fingerprint' END,
              e.prev_hash, e.hash
         FROM audit_entries e WHERE e.seq > $1`,
      [lastSeq],
    );
    const inlineAfter = Number((await db.query(`SELECT pg_total_relation_size('bench_audit_entries_ids_inline') AS bytes`)).rows[0].bytes);
    await db.query('DROP TABLE bench_audit_entries_ids_inline');
    const [{ ok: chainOk }] = (await db.query(`SELECT count(*) = max(seq) AS ok FROM audit_entries`)).rows;

    const out = {
      benchmark: 'audit',
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAverageAtEnd: os.loadavg().map(round2), node: process.version },
      database: database.kind,
      settings: { connections: CONNECTIONS, rounds: ROUNDS, roundSeconds: ROUND_SECONDS, warmupSeconds: WARMUP_SECONDS, readableLeads: LEADS, listedPerPage: page.leads.length, growthPageViews: GROWTH_VIEWS },
      request: 'the web client\'s `query Leads` (leadCount + leads: two audited reads per page view) as ' + READER,
      audited: a,
      unaudited: u,
      ratioReqPerSec: ratio,
      target: { ratioReqPerSecAtLeast: TARGET_RATIO, met: ratio >= TARGET_RATIO },
      growth: {
        pageViews: GROWTH_VIEWS,
        auditEntries: growthEntries,
        compactBytes: bytesAfter - bytesBefore,
        idsInlineBytes: inlineAfter - inlineBefore,
        compactBytesPerPageView: round2((bytesAfter - bytesBefore) / GROWTH_VIEWS),
        idsInlineBytesPerPageView: round2((inlineAfter - inlineBefore) / GROWTH_VIEWS),
        note: 'pg_total_relation_size of audit_entries + audit_lead_sets before and after the page views (compact), and of a copy of audit_entries holding the same entries with every id inline (idsInline)',
      },
      seqWithoutGaps: chainOk,
      rounds,
    };
    writeResults(RESULT_FILE, out);
    console.log('');
    console.log(`audited   ${a.reqPerSec} req/s, p99 ${a.p99MsMedianOfRounds} ms (median of rounds), ${a.auditEntriesWritten} entries`);
    console.log(`unaudited ${u.reqPerSec} req/s, p99 ${u.p99MsMedianOfRounds} ms (median of rounds), ${u.auditEntriesWritten} entries`);
    console.log(`ratio ×${ratio} (target ≥ ×${TARGET_RATIO}: ${out.target.met ? 'met' : 'NOT met'})`);
    console.log(`growth per ${GROWTH_VIEWS} page views: compact ${bytesAfter - bytesBefore} bytes, ids inline ${inlineAfter - inlineBefore} bytes`);
    console.log(`written to ${RESULT_FILE}`);
  } finally {
    await db.end().catch(() => undefined);
    for (const api of apis.reverse()) await api.stop().catch(() => undefined);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
