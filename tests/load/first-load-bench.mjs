// First-load benchmark (`npm run bench:first-load` = `npx nx run tests:bench-first-load`, which builds the API and the
// web client first). Not part of the test suite. See tests/load/README.md for what is measured and how.
//
// 1. Starts the built API (dist/api/apps/api/src/main.js), which serves the built web client (dist/web), on a free port
//    with a fresh data folder, as the browser tests do: its own embedded PostgreSQL, the demo task force loaded.
// 2. Opens Debian's Chromium through playwright-core; every measured page gets a fresh browser context (empty HTTP
//    cache), network throttling through the DevTools protocol (BENCH_DOWN_KBITS down, BENCH_UP_KBITS up, BENCH_RTT_MS
//    round trip) and CPU throttling (×BENCH_CPU_SLOWDOWN).
// 3. Measures, BENCH_RUNS times each: the sign-in screen (cold); the dashboard of a signed-in person opened with a cold
//    cache, then again with the cache it just filled (warm). Per page: the JavaScript bytes received (as sent on the
//    wire, so compressed when the server compresses), the Largest Contentful Paint and when the page became usable.
// 4. Writes tests/load/results/first-load.json (medians, every run, the targets and whether each was met, the commit
//    measured) and prints a table. Exits non-zero only when the benchmark itself fails, not when a target is missed.
import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort } from '../support/node-helpers.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { intEnv, round2, summarize } from './stats.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const WEB_INDEX = join(ROOT, 'dist', 'web', 'index.html');
const RESULT_FILE = join(HERE, 'results', 'first-load.json');
const API_LOG = join(HERE, 'results', 'first-load-api.log'); // gitignored (*.log)
const HEALTH_TIMEOUT_MS = 180_000;
const PASSWORD = 'demo-pass-2026';
const VIEWER = 'coordinator@demo.test';

const RUNS = intEnv('BENCH_RUNS', 3, 1);
const DOWN_KBITS = intEnv('BENCH_DOWN_KBITS', 4000, 1);
const UP_KBITS = intEnv('BENCH_UP_KBITS', 4000, 1);
const RTT_MS = intEnv('BENCH_RTT_MS', 100, 0);
const CPU_SLOWDOWN = intEnv('BENCH_CPU_SLOWDOWN', 4, 1);
/** After the page is usable, how long to wait before reading the last LCP entry (ms): late paints still count. */
const SETTLE_MS = intEnv('BENCH_SETTLE_MS', 1000, 0);

/** The product owner's targets: JavaScript in KiB as sent on the wire, LCP in ms under the throttling above. */
export const TARGETS = { loginJsKiB: 120, dashboardJsKiB: 250, dashboardColdLcpMs: 3500, dashboardWarmLcpMs: 1500 };

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---------------------------------------------------------------------------------------------------------
// The API
// ---------------------------------------------------------------------------------------------------------

/** Starts the built API on a free port with a fresh data folder; resolves with its process, URL and folder. */
async function startApi() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'taskforce-first-load-'));
  // The embedded PostgreSQL runs as the `postgres` OS user when started as root: it must reach its folder.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const log = createWriteStream(API_LOG);
  // Always a fresh embedded database: never one named by DATABASE_URL.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), TASKFORCE_DATA_DIR: dataDir, NODE_ENV: 'development', LOGIN_RATE_LIMIT: '1000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} (see ${API_LOG})`);
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.status === 200, () => false);
    if (ok) return { child, baseUrl, dataDir };
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not answer /health within ${HEALTH_TIMEOUT_MS} ms (see ${API_LOG})`);
}

/** SIGTERM (the API stops its PostgreSQL), SIGKILL after 20 s. */
async function stopApi(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------------------
// One measured page load
// ---------------------------------------------------------------------------------------------------------

/** Records every LCP entry of the page in window.__lcp (startTime in ms since navigation start). */
const LCP_OBSERVER = `
  window.__lcp = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp.push(e.startTime); })
    .observe({ type: 'largest-contentful-paint', buffered: true });
`;

/**
 * Throttles `page` (network and CPU, through a DevTools session) and counts the scripts it receives from now on.
 * @returns `{ cdp, scripts }`: scripts is a Map requestId → { url, encoding, wireBytes } filled as responses finish;
 *   wireBytes is Chromium's encodedDataLength (headers and body as received, compressed if the server compressed).
 */
async function instrument(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: (DOWN_KBITS * 1000) / 8,
    uploadThroughput: (UP_KBITS * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const scripts = new Map();
  const pending = new Map();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') pending.set(e.requestId, { url: e.response.url, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? null, fromCache: e.response.fromDiskCache === true });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const script = pending.get(e.requestId);
    if (script) scripts.set(e.requestId, { ...script, wireBytes: e.encodedDataLength });
  });
  return { cdp, scripts };
}

/**
 * Loads `url` in `page` (instrumented), waits for `readyTestId` to show, then SETTLE_MS, and reads the figures.
 * @returns `{ lcpMs, usableMs, jsWireBytes, jsFiles, scripts }` (ms since navigation start; bytes as received)
 */
async function measure(page, url, readyTestId, scripts) {
  await page.goto(url);
  await page.getByTestId(readyTestId).waitFor({ timeout: 120_000 });
  const usableMs = await page.evaluate(() => performance.now());
  await page.waitForTimeout(SETTLE_MS);
  const lcp = await page.evaluate(() => window.__lcp ?? []);
  const list = [...scripts.values()];
  return {
    lcpMs: lcp.length ? round2(lcp[lcp.length - 1]) : null,
    usableMs: round2(usableMs),
    jsWireBytes: list.reduce((sum, s) => sum + s.wireBytes, 0),
    jsFiles: list.length,
    scripts: list,
  };
}

/** A fresh context (empty cache) with the LCP observer; `storageState` to start signed in. */
async function freshPage(browser, storageState) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...(storageState ? { storageState } : {}) });
  await context.addInitScript(LCP_OBSERVER);
  return { context, page: await context.newPage() };
}

/** Signs the viewer in once, unthrottled, and returns the context's storage (cookies and localStorage). */
async function signedInState(browser, baseUrl) {
  const { context, page } = await freshPage(browser);
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('login-email').fill(VIEWER);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('operation-list').waitFor({ timeout: 60_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}

/** One run: sign-in screen cold; dashboard cold, then warm (same context, its cache filled by the cold load). */
async function run(browser, baseUrl, state) {
  const login = await freshPage(browser);
  const loginProbe = await instrument(login.page);
  const loginPage = await measure(login.page, `${baseUrl}/`, 'login-form', loginProbe.scripts);
  await login.context.close();

  const dash = await freshPage(browser, state);
  const coldProbe = await instrument(dash.page);
  const dashboardCold = await measure(dash.page, `${baseUrl}/`, 'operation-list', coldProbe.scripts);
  await coldProbe.cdp.detach();
  const warmProbe = await instrument(dash.page);
  const dashboardWarm = await measure(dash.page, `${baseUrl}/`, 'operation-list', warmProbe.scripts);
  await dash.context.close();
  return { loginPage, dashboardCold, dashboardWarm };
}

// ---------------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------------

/** What the same scripts would weigh compressed (gzip level 6, brotli quality 5), fetched unthrottled: for reading. */
async function compressedEstimate(scripts) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const { url } of scripts) {
    const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 6 }).length;
    brotli += brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }).length;
  }
  return { rawBytes: raw, gzipBytes: gzip, brotliBytes: brotli };
}

const kib = (bytes) => round2(bytes / 1024);
const median = (values) => summarize(values.filter((v) => v !== null)).p50;

function summary(runs, key) {
  const pages = runs.map((r) => r[key]);
  return {
    jsWireKiB: median(pages.map((p) => kib(p.jsWireBytes))),
    lcpMs: median(pages.map((p) => p.lcpMs)),
    usableMs: median(pages.map((p) => p.usableMs)),
    jsFiles: pages[0].jsFiles,
    contentEncodings: [...new Set(pages.flatMap((p) => p.scripts.map((s) => s.encoding ?? 'none')))],
    scripts: pages[0].scripts.map((s) => ({ file: new URL(s.url).pathname, encoding: s.encoding, wireBytes: s.wireBytes })),
  };
}

async function main() {
  requireWritableState();
  for (const [file, target] of [[API_MAIN, 'api'], [WEB_INDEX, 'web']]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx nx run tests:bench-first-load\` (builds ${target}) or \`npx nx run ${target}:build\``);
  }
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH`);

  const api = await startApi();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    console.log(`API on ${api.baseUrl}; ${RUNS} run(s), ${DOWN_KBITS}/${UP_KBITS} kbit/s, ${RTT_MS} ms RTT, CPU ×${CPU_SLOWDOWN}`);
    const state = await signedInState(browser, api.baseUrl);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await run(browser, api.baseUrl, state));
      const r = runs[i];
      console.log(`run ${i + 1}: login ${kib(r.loginPage.jsWireBytes)} KiB JS, LCP ${r.loginPage.lcpMs} ms; dashboard cold ${kib(r.dashboardCold.jsWireBytes)} KiB JS, LCP ${r.dashboardCold.lcpMs} ms; warm ${kib(r.dashboardWarm.jsWireBytes)} KiB JS, LCP ${r.dashboardWarm.lcpMs} ms`);
    }
    const loginPage = summary(runs, 'loginPage');
    const dashboardCold = summary(runs, 'dashboardCold');
    const dashboardWarm = summary(runs, 'dashboardWarm');
    loginPage.ifCompressed = await compressedEstimate(runs[0].loginPage.scripts);
    dashboardCold.ifCompressed = await compressedEstimate(runs[0].dashboardCold.scripts);
    const met = {
      loginJs: loginPage.jsWireKiB <= TARGETS.loginJsKiB,
      dashboardJs: dashboardCold.jsWireKiB <= TARGETS.dashboardJsKiB,
      dashboardColdLcp: dashboardCold.lcpMs !== null && dashboardCold.lcpMs <= TARGETS.dashboardColdLcpMs,
      dashboardWarmLcp: dashboardWarm.lcpMs !== null && dashboardWarm.lcpMs <= TARGETS.dashboardWarmLcpMs,
    };
    const result = {
      benchmark: 'first-load',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map(round2) },
      settings: { runs: RUNS, downKbits: DOWN_KBITS, upKbits: UP_KBITS, rttMs: RTT_MS, cpuSlowdown: CPU_SLOWDOWN, settleMs: SETTLE_MS, viewer: VIEWER },
      targets: TARGETS,
      met,
      allMet: Object.values(met).every(Boolean),
      loginPage,
      dashboardCold,
      dashboardWarm,
      runs: runs.map((r) => Object.fromEntries(Object.entries(r).map(([k, p]) => [k, { lcpMs: p.lcpMs, usableMs: p.usableMs, jsWireBytes: p.jsWireBytes, jsFiles: p.jsFiles }]))),
    };
    const state2 = writeResults(RESULT_FILE, result);
    console.table({
      'login page (cold)': { 'JS KiB': loginPage.jsWireKiB, 'LCP ms': loginPage.lcpMs, 'usable ms': loginPage.usableMs, target: `JS ≤ ${TARGETS.loginJsKiB} KiB`, met: met.loginJs },
      'dashboard (cold)': { 'JS KiB': dashboardCold.jsWireKiB, 'LCP ms': dashboardCold.lcpMs, 'usable ms': dashboardCold.usableMs, target: `JS ≤ ${TARGETS.dashboardJsKiB} KiB, LCP ≤ ${TARGETS.dashboardColdLcpMs} ms`, met: met.dashboardJs && met.dashboardColdLcp },
      'dashboard (warm)': { 'JS KiB': dashboardWarm.jsWireKiB, 'LCP ms': dashboardWarm.lcpMs, 'usable ms': dashboardWarm.usableMs, target: `LCP ≤ ${TARGETS.dashboardWarmLcpMs} ms`, met: met.dashboardWarmLcp },
    });
    console.log(`Script encodings: ${[...new Set([...loginPage.contentEncodings, ...dashboardCold.contentEncodings])].join(', ')}`);
    console.log(`Targets ${result.allMet ? 'met' : 'NOT all met'}. Wrote ${RESULT_FILE} (commit ${state2.commit?.slice(0, 7)}, clean: ${state2.clean}).`);
  } finally {
    await browser.close();
    await stopApi(api.child);
    rmSync(api.dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
