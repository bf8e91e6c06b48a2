// Selectors benchmark (`npm run bench:selectors` = `npx nx run tests:bench-selectors`, which builds the API first). Not
// part of the test suite. See tests/load/README.md for what is measured and how.
//
// 1. PostgreSQL as the other benchmarks (bench-database.mjs); the built API on it with the demo task force, an explicit
//    MATCHING_KEY (the benchmark computes blind indexes with it), the daily selector budgets and the per-minute GraphQL
//    budget lifted.
// 2. Fixture in SQL (selector-fixture.mjs): agencies up to BENCH_AGENCIES, BENCH_LEADS_PER_AGENCY leads each, and
//    BENCH_SELECTORS lead_selectors rows spread over them — known selectors (phones, e-mails, IBANs) held by agencies
//    other than the querier's, the rest random blind indexes. ANALYZE.
// 3. The baseline, bare-selectors-server.mjs (node:http + pg: the same token and session check, the same blind index,
//    one indexed equality lookup per selector and one SQL join per list).
// 4. Single queries: both sides first answer the same values with the same hit/no-hit (and as the fixture says); then
//    sequential requests, rounds alternating between the API (the web client's QuerySelector) and the baseline.
// 5. Recording: createLead then 20 addLeadSelector, against createLead alone (the API has no way to give a lead's
//    selectors with createLead), rounds alternating.
// 6. A 10,000-line list: POST /selectors/query.csv when the API has it, otherwise querySelectorsCsv with the longest
//    list its 100 KiB request body takes; the baseline's one SQL join of the same list. Same hits first, then rounds.
// 7. Writes tests/load/results/selectors.json (commit, clean tree) and prints whether the targets were met. Exits
//    non-zero only when the benchmark itself fails (or the two sides answer differently), not when a target is missed.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/node-helpers.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';
import { startDatabase } from './bench-database.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { webDocument } from './screens-bench.mjs';
import { addSelectorFixture, csvOf, FIELD, KINDS, leadInput, listLines, matchingKey, queryValues, selectorValue, SPACE, stixBundle } from './selector-fixture.mjs';
import { intEnv, round2, summarize } from './stats.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const require = createRequire(import.meta.url);
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const BARE_SERVER = join(HERE, 'bare-selectors-server.mjs');
const RESULTS_DIR = join(HERE, 'results');
const RESULT_FILE = join(RESULTS_DIR, 'selectors.json');
const API_LOG = join(RESULTS_DIR, 'selectors-api.log'); // gitignored (*.log)

const SELECTORS = intEnv('BENCH_SELECTORS', 1_000_000, 1000);
const AGENCIES = intEnv('BENCH_AGENCIES', 20, 2);
const LEADS_PER_AGENCY = intEnv('BENCH_LEADS_PER_AGENCY', 500, 1);
const KNOWN_PER_KIND = intEnv('BENCH_KNOWN_PER_KIND', 2000, 100);
const QUERY_ROUNDS = intEnv('BENCH_QUERY_ROUNDS', 10, 1);
const QUERIES_PER_ROUND = intEnv('BENCH_QUERIES_PER_ROUND', 100, 2);
const WARMUP_QUERIES = intEnv('BENCH_WARMUP_QUERIES', 50, 0);
const RECORD_ROUNDS = intEnv('BENCH_RECORD_ROUNDS', 6, 1);
const LEADS_PER_RECORD_ROUND = intEnv('BENCH_LEADS_PER_RECORD_ROUND', 5, 1);
const SELECTORS_PER_LEAD = intEnv('BENCH_SELECTORS_PER_LEAD', 20, 1);
const LIST_LINES = intEnv('BENCH_LIST_LINES', 10_000, 10);
const LIST_ROUNDS = intEnv('BENCH_LIST_ROUNDS', 5, 1);
/** Every how many lines of a list is a known selector (a hit); the others are no-hits. */
const LIST_HIT_EVERY = 10;
const HEALTH_TIMEOUT_MS = 120_000;
const PASSWORD = 'demo-pass-2026';
const QUERIER = 'liaison@demo.test';
const SESSION_IDLE_MINUTES = 30;
/** The GraphQL request body limit (REQUEST_BODY_LIMIT of apps/api create-app.ts, '100kb' = 100 KiB). */
const GRAPHQL_BODY_LIMIT = 100 * 1024;
const UNLIMITED = '1000000000';
/** Targets: single query p99 ≤ 2 × baseline; a list ≤ 2 × baseline; a lead with 20 selectors ≤ 1.5 × without. */
const TARGET = { singleP99Ratio: 2, listRatio: 2, recordingRatio: 1.5 };
const BASELINE_APPLICATION_NAME = 'bare-selectors-server';

/** The list document of the web client before the upload route, as the API still takes it. */
const QUERY_SELECTORS_CSV = `mutation QuerySelectorsCsv($csv: String!) { querySelectorsCsv(csv: $csv) { queried hits rejected lines { line kind hit holders { id name acronym kind country __typename } errors { field message __typename } __typename } __typename } }`;

async function waitForHealth(baseUrl, child) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} (see ${API_LOG})`);
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer /health within ${HEALTH_TIMEOUT_MS} ms (see ${API_LOG})`);
}

function startBaseline(env) {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [...API_NODE_FLAGS, BARE_SERVER], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('exit', (code) => reject(new Error(`the baseline server exited with code ${code}`)));
    child.on('message', (m) => {
      if (m?.type === 'listening') resolveStart({ child, baseUrl: `http://127.0.0.1:${m.port}` });
    });
  });
}

/**
 * POSTs `body` (`type` its content type) with the bearer token; returns the parsed JSON, throwing on a non-200 answer or
 * GraphQL errors. The API's `X-SQL-Statements` (statements the request ran) is added to `statements[name]` when given.
 */
async function post(url, body, token, type = 'application/json', statements = null) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  const text = await res.text();
  const header = res.headers.get('x-sql-statements');
  if (statements && header !== null) statements.count = (statements.count ?? 0) + Number(header);
  if (res.status !== 200) throw new Error(`POST ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text);
  if (json.errors?.length) throw new Error(`POST ${url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}

/** Runs `fn` and returns its duration in ms (performance.now, from before the request to the whole answer read). */
async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};
const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round2(a / b));

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npx nx run api:build\` (npm run bench:selectors does)`);
  requireWritableState();
  mkdirSync(RESULTS_DIR, { recursive: true });
  const { Client } = require('pg');
  const started = performance.now();
  const loadAtStart = os.loadavg().map(round2);
  const documents = { query: await webDocument('QuerySelector'), createLead: await webDocument('CreateLead'), addSelector: await webDocument('AddLeadSelector') };
  const database = await startDatabase();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-data-'));
  chmodSync(dataDir, 0o755);
  const jwtSecret = randomBytes(32).toString('hex');
  const matching = matchingKey(randomBytes(32));
  let api = null;
  let bare = null;
  const db = new Client({ connectionString: database.url, application_name: 'selectors-bench' });
  try {
    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}`;
    const log = createWriteStream(API_LOG);
    api = spawn(process.execPath, [...API_NODE_FLAGS, ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean), API_MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        TASKFORCE_DATA_DIR: dataDir,
        NODE_ENV: 'development',
        JWT_SECRET: jwtSecret,
        MATCHING_KEY: matching.setting,
        SESSION_IDLE_MINUTES: String(SESSION_IDLE_MINUTES),
        SQL_STATEMENT_HEADER: 'true',
        LOGIN_RATE_LIMIT: '1000',
        ESCALATION_CHECK_SECONDS: '0',
        // One person makes every query of the run: the daily budgets (no maximum in AppConfig) and the per-minute
        // GraphQL budget would refuse them.
        SELECTOR_QUERIES_PER_PERSON_PER_DAY: UNLIMITED,
        SELECTOR_QUERIES_PER_AGENCY_PER_DAY: UNLIMITED,
        GRAPHQL_COST_PER_MINUTE: UNLIMITED,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout.pipe(log);
    api.stderr.pipe(log);
    await waitForHealth(apiUrl, api);
    console.log(`API up on ${apiUrl} (${database.kind})`);

    await db.connect();
    const { rows: [querier] } = await db.query(`SELECT agency_id::text AS agency FROM users WHERE email = $1`, [QUERIER]);
    const fixtureStart = performance.now();
    const fixture = await addSelectorFixture(db, {
      agencies: AGENCIES,
      leadsPerAgency: LEADS_PER_AGENCY,
      total: SELECTORS,
      knownPerKind: KNOWN_PER_KIND,
      querierAgencyId: querier.agency,
      key: matching.key,
      keyId: matching.keyId,
      log: (line) => console.log(`fixture: ${line}`),
    });
    fixture.seconds = round2((performance.now() - fixtureStart) / 1000);
    console.log(`fixture: ${JSON.stringify(fixture)}`);

    const { child, baseUrl } = await startBaseline({ ...process.env, DATABASE_URL: database.url, PGAPPNAME: BASELINE_APPLICATION_NAME, JWT_SECRET: jwtSecret, MATCHING_KEY: matching.setting, SESSION_IDLE_MINUTES: String(SESSION_IDLE_MINUTES) });
    bare = child;
    const { data: { login } } = await post(`${apiUrl}/graphql`, JSON.stringify({ query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, variables: { input: { email: QUERIER, password: PASSWORD } } }), '');
    const token = login.accessToken;

    // --- single queries ------------------------------------------------------------------------------------------
    const ask = {
      api: async (s, tally = null) =>
        (await post(`${apiUrl}/graphql`, JSON.stringify({ operationName: 'QuerySelector', query: documents.query, variables: { input: { kind: s.kind, [FIELD[s.kind]]: s.value } } }), token, undefined, tally)).data.querySelector.hit,
      baseline: async (s) => (await post(`${baseUrl}/query`, JSON.stringify({ kind: s.kind, value: s.value }), token)).hit,
    };
    // SQL statements one request of each kind ran in the API (X-SQL-Statements); the baseline runs one.
    const sql = { singleHit: {}, singleNoHit: {} };
    const check = queryValues(KNOWN_PER_KIND, QUERY_ROUNDS + 1, 60);
    for (const [i, s] of check.entries()) {
      const answers = { api: await ask.api(s, i < 2 ? sql[s.expected ? 'singleHit' : 'singleNoHit'] : null), baseline: await ask.baseline(s) };
      if (answers.api !== s.expected || answers.baseline !== s.expected) throw new Error(`${s.kind} ${s.expected ? 'held' : 'not held'}: the API answers hit ${answers.api}, the baseline ${answers.baseline}`);
    }
    console.log(`single queries: same answers from both on ${check.length} values (${check.filter((s) => s.expected).length} hits)`);
    const warm = queryValues(KNOWN_PER_KIND, QUERY_ROUNDS + 2, WARMUP_QUERIES);
    for (const side of ['api', 'baseline']) for (const s of warm) await ask[side](s);
    const single = { api: [], baseline: [] };
    for (let r = 0; r < QUERY_ROUNDS; r++) {
      const values = queryValues(KNOWN_PER_KIND, r, QUERIES_PER_ROUND);
      for (const side of r % 2 === 0 ? ['api', 'baseline'] : ['baseline', 'api']) {
        for (const s of values) single[side].push(await timed(() => ask[side](s)));
      }
      console.log(`single queries round ${r + 1}/${QUERY_ROUNDS}: API p50 ${round2(median(single.api))} ms, baseline p50 ${round2(median(single.baseline))} ms so far`);
    }

    // --- recording a lead ----------------------------------------------------------------------------------------
    let tally = null;
    const gql = (operationName, query, variables) => post(`${apiUrl}/graphql`, JSON.stringify({ operationName, query, variables }), token, undefined, tally);
    let recorded = 0;
    /** The selectors of the next lead recorded: values never held, PHONE, EMAIL and IBAN in turn. */
    const nextSelectors = () => {
      const n = recorded++;
      return { n, selectors: Array.from({ length: SELECTORS_PER_LEAD }, (_, i) => ({ kind: KINDS[i % KINDS.length], value: selectorValue(KINDS[i % KINDS.length], SPACE.RECORDED, n * SELECTORS_PER_LEAD + i) })) };
    };
    const STIX_IMPORT = `mutation ImportStixBundle($bundle: String!) { importStixBundle(bundle: $bundle) { lead { id } skipped { id reason } } }`;
    const record = {
      // createLead, then one addLeadSelector per selector (the web client's lead form, then the lead page's).
      withSelectors: async () => {
        const { n, selectors } = nextSelectors();
        const { data } = await gql('CreateLead', documents.createLead, { input: leadInput(`Benchmark recorded lead ${n}`) });
        for (const s of selectors) await gql('AddLeadSelector', documents.addSelector, { input: { leadId: data.createLead.id, kind: s.kind, [FIELD[s.kind]]: s.value } });
      },
      without: async () => gql('CreateLead', documents.createLead, { input: leadInput(`Benchmark recorded lead ${nextSelectors().n}`) }),
      // The one request that records a lead with its selectors in one transaction today: a STIX bundle.
      stixWithSelectors: async () => {
        const { n, selectors } = nextSelectors();
        const { data } = await gql('ImportStixBundle', STIX_IMPORT, { bundle: stixBundle(`Benchmark imported lead ${n}`, selectors) });
        if (data.importStixBundle.skipped.length) throw new Error(`importStixBundle skipped ${JSON.stringify(data.importStixBundle.skipped)}`);
      },
      stixWithout: async () => gql('ImportStixBundle', STIX_IMPORT, { bundle: stixBundle(`Benchmark imported lead ${nextSelectors().n}`, []) }),
    };
    const sides = Object.keys(record);
    for (const side of sides) {
      tally = sql[`record_${side}`] = {};
      await record[side]();
    }
    tally = null;
    const recording = Object.fromEntries(sides.map((side) => [side, []]));
    for (let r = 0; r < RECORD_ROUNDS; r++) {
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        for (let i = 0; i < LEADS_PER_RECORD_ROUND; i++) recording[side].push(await timed(record[side]));
      }
      console.log(`recording round ${r + 1}/${RECORD_ROUNDS} (median so far, ms): ${sides.map((side) => `${side} ${round2(median(recording[side]))}`).join(', ')}`);
    }

    // --- a list --------------------------------------------------------------------------------------------------
    const probe = await fetch(`${apiUrl}/selectors/query.csv`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: 'kind,value\n' });
    const uploadRoute = probe.status !== 404;
    await probe.text();
    const listBody = (lines) => JSON.stringify({ operationName: 'QuerySelectorsCsv', query: QUERY_SELECTORS_CSV, variables: { csv: csvOf(lines) } });
    let listLength = LIST_LINES;
    if (!uploadRoute) {
      // The longest list whose GraphQL request fits the body limit.
      let lo = 1;
      let hi = LIST_LINES;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (Buffer.byteLength(listBody(listLines(KNOWN_PER_KIND, LIST_HIT_EVERY, mid, 0))) <= GRAPHQL_BODY_LIMIT) lo = mid;
        else hi = mid - 1;
      }
      listLength = lo;
      console.log(`the API has no POST /selectors/query.csv: lists go through querySelectorsCsv, ${listLength} lines (the longest its ${GRAPHQL_BODY_LIMIT}-byte body limit takes)`);
    }
    const askList = {
      api: async (lines, tally = null) =>
        uploadRoute
          ? (await post(`${apiUrl}/selectors/query.csv`, csvOf(lines), token, 'text/csv', tally)).lines
          : (await post(`${apiUrl}/graphql`, listBody(lines), token, undefined, tally)).data.querySelectorsCsv.lines,
      baseline: async (lines) => (await post(`${baseUrl}/query.csv`, csvOf(lines), token, 'text/csv')).lines,
    };
    const checkList = listLines(KNOWN_PER_KIND, LIST_HIT_EVERY, listLength, 7);
    const answered = { api: await askList.api(checkList, (sql.list = {})), baseline: await askList.baseline(checkList) };
    for (const side of ['api', 'baseline']) {
      const wrong = checkList.findIndex((l, i) => answered[side][i]?.line !== i + 2 || answered[side][i]?.hit !== l.expected);
      if (answered[side].length !== checkList.length || wrong >= 0) throw new Error(`list: the ${side} answers line ${wrong + 2} with ${JSON.stringify(answered[side][wrong])}, expected hit ${checkList[wrong]?.expected}`);
    }
    console.log(`list of ${listLength} lines: same answers from both (${checkList.filter((l) => l.expected).length} hits)`);
    const list = { api: [], baseline: [] };
    for (const side of ['api', 'baseline']) await askList[side](listLines(KNOWN_PER_KIND, LIST_HIT_EVERY, listLength, 11));
    for (let r = 0; r < LIST_ROUNDS; r++) {
      const lines = listLines(KNOWN_PER_KIND, LIST_HIT_EVERY, listLength, 100 + r * 37);
      const round = {};
      for (const side of r % 2 === 0 ? ['api', 'baseline'] : ['baseline', 'api']) list[side].push((round[side] = await timed(() => askList[side](lines))));
      console.log(`list round ${r + 1}/${LIST_ROUNDS}: API ${Math.round(round.api)} ms, baseline ${Math.round(round.baseline)} ms`);
    }
    if (api.exitCode !== null) throw new Error(`the API exited during the run (see ${API_LOG})`);
    const { rows: [{ n: queriesRecorded }] } = await db.query(`SELECT count(*)::int AS n FROM selector_queries`);

    const singleApi = summarize(single.api);
    const singleBaseline = summarize(single.baseline);
    const listApi = summarize(list.api);
    const listBaseline = summarize(list.baseline);
    const withSel = summarize(recording.withSelectors);
    const without = summarize(recording.without);
    const stixWith = summarize(recording.stixWithSelectors);
    const stixWithout = summarize(recording.stixWithout);
    const figures = {
      singleQuery: { api: singleApi, baseline: singleBaseline, p50Ratio: ratio(singleApi.p50, singleBaseline.p50), p99Ratio: ratio(singleApi.p99, singleBaseline.p99) },
      list: { lines: listLength, via: uploadRoute ? 'POST /selectors/query.csv' : 'querySelectorsCsv (GraphQL)', api: listApi, baseline: listBaseline, medianRatio: ratio(listApi.p50, listBaseline.p50), maxRatio: ratio(listApi.max, listBaseline.max) },
      recording: {
        selectorsPerLead: SELECTORS_PER_LEAD,
        withSelectors: withSel,
        without,
        medianRatio: ratio(withSel.p50, without.p50),
        meanRatio: ratio(withSel.mean, without.mean),
        stix: { withSelectors: stixWith, without: stixWithout, medianRatio: ratio(stixWith.p50, stixWithout.p50), meanRatio: ratio(stixWith.mean, stixWithout.mean) },
      },
    };
    const met = {
      singleP99: figures.singleQuery.p99Ratio !== null && figures.singleQuery.p99Ratio <= TARGET.singleP99Ratio,
      list: listLength >= 10_000 && figures.list.medianRatio !== null && figures.list.medianRatio <= TARGET.listRatio,
      recording: figures.recording.medianRatio !== null && figures.recording.medianRatio <= TARGET.recordingRatio,
    };
    const result = {
      benchmark: 'selectors',
      date: new Date().toISOString(),
      command: 'npm run bench:selectors',
      fixture,
      ...figures,
      targets: { ...TARGET, listLinesAtLeast: 10_000, met },
      selectorQueriesRecorded: queriesRecorded,
      apiSqlStatements: Object.fromEntries(Object.entries(sql).map(([k, v]) => [k, v.count ?? null])),
      method: {
        single: `the web client's QuerySelector (generated document, with Apollo Client's __typename) over POST /graphql, against the baseline's POST /query (one indexed equality lookup by kind and blind index); ${QUERY_ROUNDS} rounds of ${QUERIES_PER_ROUND} sequential requests per side, alternating (and who starts), half known selectors (hits), half never held, PHONE, EMAIL and IBAN in turn; ${WARMUP_QUERIES} warm-up requests per side; nearest-rank percentiles over every request (ms, request sent to answer read)`,
        recording: `createLead (the web client's CreateLead) then ${SELECTORS_PER_LEAD} sequential addLeadSelector (AddLeadSelector; PHONE, EMAIL, IBAN in turn, values never held) against createLead alone; ${RECORD_ROUNDS} rounds of ${LEADS_PER_RECORD_ROUND} leads per side, alternating; the time per lead from the first request sent to the last answer read. createLead takes no selectors: the lead and its selectors are ${SELECTORS_PER_LEAD + 1} requests and transactions. For comparison (recording.stix), the same lead as a STIX 2.1 bundle through importStixBundle, with its ${SELECTORS_PER_LEAD} selectors (one SCO each) and without: one request, one transaction`,
        list: `${listLength} lines kind,value (every ${LIST_HIT_EVERY}th a known selector) ${uploadRoute ? 'uploaded to POST /selectors/query.csv (text/csv)' : `through querySelectorsCsv: the API has no upload route, and ${listLength} lines is the longest list its ${GRAPHQL_BODY_LIMIT}-byte GraphQL body limit takes`}, against the baseline's POST /query.csv (one SQL join of the list's blind indexes with lead_selectors); one warm-up each, then ${LIST_ROUNDS} rounds, alternating; a different list each round`,
        equality: 'before timing, both sides answer the same values (single: 60; list: one whole list) with the hit/no-hit the fixture implies, or the benchmark stops',
        targets: `single query p99 ≤ ${TARGET.singleP99Ratio} × the baseline's; a 10,000-line list (median of the rounds) ≤ ${TARGET.listRatio} × the baseline's; a lead with ${SELECTORS_PER_LEAD} selectors (median) ≤ ${TARGET.recordingRatio} × without`,
      },
      settings: {
        selectors: SELECTORS,
        agencies: AGENCIES,
        leadsPerAgency: LEADS_PER_AGENCY,
        knownPerKind: KNOWN_PER_KIND,
        queryRounds: QUERY_ROUNDS,
        queriesPerRound: QUERIES_PER_ROUND,
        warmupQueries: WARMUP_QUERIES,
        recordRounds: RECORD_ROUNDS,
        leadsPerRecordRound: LEADS_PER_RECORD_ROUND,
        listLines: LIST_LINES,
        listRounds: LIST_ROUNDS,
        database: database.kind,
        budgets: `SELECTOR_QUERIES_PER_PERSON_PER_DAY, SELECTOR_QUERIES_PER_AGENCY_PER_DAY and GRAPHQL_COST_PER_MINUTE ${UNLIMITED}`,
      },
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
    console.table({
      'single query p50 ms': { API: singleApi.p50, baseline: singleBaseline.p50, '×': figures.singleQuery.p50Ratio },
      'single query p99 ms': { API: singleApi.p99, baseline: singleBaseline.p99, '×': figures.singleQuery.p99Ratio, target: `≤ ${TARGET.singleP99Ratio}` },
      [`list of ${listLength}, median ms`]: { API: listApi.p50, baseline: listBaseline.p50, '×': figures.list.medianRatio, target: `≤ ${TARGET.listRatio}` },
      [`lead + ${SELECTORS_PER_LEAD} selectors, median ms`]: { API: withSel.p50, baseline: without.p50, '×': figures.recording.medianRatio, target: `≤ ${TARGET.recordingRatio} (baseline: the lead alone)` },
      [`STIX import + ${SELECTORS_PER_LEAD} selectors, median ms`]: { API: stixWith.p50, baseline: stixWithout.p50, '×': figures.recording.stix.medianRatio, target: '(for comparison: one transaction)' },
    });
    console.log(`Targets: single p99 ${met.singleP99 ? 'met' : 'MISSED'}; list ${met.list ? 'met' : listLength < 10_000 ? `not measured at 10,000 lines (${listLength})` : 'MISSED'}; recording ${met.recording ? 'met' : 'MISSED'}. API SQL statements per request: ${JSON.stringify(result.apiSqlStatements)}.`);
    console.log(`Wrote ${relative(ROOT, RESULT_FILE)} (commit ${state.commit?.slice(0, 7)}, ${state.clean ? 'clean tree' : 'tree with changes'}; ${result.totalSeconds} s).`);
  } finally {
    await db.end().catch(() => undefined);
    for (const c of [bare, api]) {
      if (c && c.exitCode === null) {
        c.removeAllListeners('exit');
        c.kill('SIGTERM');
        await new Promise((r) => c.once('exit', r));
      }
    }
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`selectors benchmark failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  });
}
