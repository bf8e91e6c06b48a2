// Evidence-file benchmark (`npm run bench:files` = `npx nx run tests:bench-files`, which builds the API first). Not
// part of the test suite. See tests/load/README.md.
//
// 1. A fresh PostgreSQL (bench-database.mjs) and the built API on it (demo data loaded), its files in a temporary
//    folder; the baseline, a plain node:http server (bare-files-server.mjs) that pipes a PUT body to a file in a
//    temporary folder on the same disk and streams it back on GET: no authentication, no hashing, no database.
// 2. A source file of BENCH_FILE_MIB MiB (default 2048) of random bytes, its SHA-256 computed while it is written.
// 3. BENCH_ROUNDS rounds (default 2), sides alternating: upload (the API: tus POST then one PATCH with the whole
//    body; the baseline: one PUT), then download (GET, bytes counted and dropped). The same client code (node:http,
//    the file streamed from disk) for both sides. The API's SHA-256 of the first upload must equal the source's, and
//    the first download's bytes must hash to it too, before any figure is kept.
// 4. During every API transfer the API process's resident memory (VmRSS, /proc) is sampled every 50 ms; the growth is
//    the peak minus the value just before the transfer.
// 5. Writes tests/load/results/files.json (commit, whether the tree was clean) and prints the ratios against the
//    targets: throughput ≥ 0.7 × the baseline's, RSS growth < 64 MiB. Exits non-zero only when the benchmark fails.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/node-helpers.mjs';
import { startDatabase } from './bench-database.mjs';
import { requireWritableState, writeResults } from './results-file.mjs';
import { intEnv, round2 } from './stats.mjs';
import { API_NODE_FLAGS } from './api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const BARE_SERVER = join(HERE, 'bare-files-server.mjs');
const RESULT_FILE = join(HERE, 'results', 'files.json');
const API_LOG = join(HERE, 'results', 'files-api.log'); // gitignored (*.log)
const MIB = 1024 * 1024;
const FILE_MIB = intEnv('BENCH_FILE_MIB', 2048, 1);
const ROUNDS = intEnv('BENCH_ROUNDS', 2, 1);
const PASSWORD = 'demo-pass-2026';
const VIEWER = 'liaison@demo.test';
const TARGET_THROUGHPUT_RATIO = 0.7;
const TARGET_RSS_GROWTH_MIB = 64;

/** Resident memory of a process in bytes (VmRSS from /proc/<pid>/status). */
function rssOf(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) * 1024;
}

/** Runs `work` while sampling the process's RSS every 50 ms; resolves with its result and the growth over the start (bytes). */
async function withRssSampling(pid, work) {
  const before = rssOf(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
  try {
    const result = await work();
    peak = Math.max(peak, rssOf(pid));
    return { result, rssBefore: before, rssGrowth: peak - before };
  } finally {
    clearInterval(timer);
  }
}

/** One HTTP request with node:http; `body` a file path streamed as the body, or nothing. Resolves with status, headers and the bytes received (counted, or kept when `keep`). */
function request(url, { method, headers = {}, bodyFile = null, keep = false, hash = false }) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      let received = 0;
      const chunks = [];
      const digest = hash ? createHash('sha256') : null;
      res.on('data', (chunk) => {
        received += chunk.length;
        if (keep) chunks.push(chunk);
        digest?.update(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, received, body: keep ? Buffer.concat(chunks).toString('utf8') : '', sha256: digest?.digest('hex') ?? null }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (bodyFile) pipeline(createReadStream(bodyFile, { highWaterMark: MIB }), req).catch(reject);
    else req.end();
  });
}

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (!json.data || json.errors?.length) throw new Error(`GraphQL request failed: ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} (see ${API_LOG})`);
    const ok = await fetch(`${url}/health`).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer /health in time (see ${API_LOG})`);
}

/** Writes `mib` MiB of random bytes to `path`; resolves with their SHA-256. */
async function writeSource(path, mib) {
  const hash = createHash('sha256');
  await pipeline(
    (async function* () {
      for (let i = 0; i < mib; i++) {
        const chunk = randomBytes(MIB);
        hash.update(chunk);
        yield chunk;
      }
    })(),
    createWriteStream(path),
  );
  return hash.digest('hex');
}

const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');
const mibPerSecond = (bytes, ms) => bytes / MIB / (ms / 1000);

async function main() {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npx nx run api:build\` (npm run bench:files does)`);
  requireWritableState();
  mkdirSync(dirname(RESULT_FILE), { recursive: true });
  const scratch = mkdtempSync(join(os.tmpdir(), 'taskforce-files-bench-'));
  const source = join(scratch, 'source.bin');
  const size = FILE_MIB * MIB;
  const database = await startDatabase();
  let api = null;
  let bare = null;
  try {
    console.log(`writing ${FILE_MIB} MiB of random bytes to ${source}`);
    const sourceSha256 = await writeSource(source, FILE_MIB);

    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}`;
    const log = createWriteStream(API_LOG);
    api = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), TASKFORCE_DATA_DIR: join(scratch, 'api'), NODE_ENV: 'development', JWT_SECRET: randomBytes(32).toString('hex'), LOGIN_RATE_LIMIT: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout.pipe(log);
    api.stderr.pipe(log);
    await waitForHealth(apiUrl, api);
    const barePort = await freePort();
    bare = spawn(process.execPath, [BARE_SERVER], { env: { ...process.env, PORT: String(barePort), FILES_DIR: join(scratch, 'bare') }, stdio: ['ignore', 'inherit', 'inherit'] });
    const bareUrl = `http://127.0.0.1:${barePort}`;
    await waitForHealth(bareUrl, bare);

    const { login } = await gql(apiUrl, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: VIEWER, password: PASSWORD } });
    const token = login.accessToken;
    const { operations } = await gql(apiUrl, '{ operations { id name } }', {}, token);
    const operationId = operations.find((o) => o.name.includes('Danube')).id;
    const auth = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };

    const side = {
      async apiUpload() {
        const meta = `filename ${b64('extraction.bin')},attachedKind ${b64('OPERATION')},attachedId ${b64(operationId)}`;
        const created = await request(`${apiUrl}/files`, { method: 'POST', headers: { ...auth, 'upload-length': String(size), 'upload-metadata': meta }, keep: true });
        if (created.status !== 201) throw new Error(`tus creation answered ${created.status}: ${created.body}`);
        const id = created.headers.location.split('/').pop();
        const t0 = performance.now();
        const patched = await request(`${apiUrl}/files/${id}`, { method: 'PATCH', headers: { ...auth, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(size) }, bodyFile: source, keep: true });
        const ms = performance.now() - t0;
        if (patched.status !== 204) throw new Error(`PATCH answered ${patched.status}: ${patched.body}`);
        return { id, ms, sha256: patched.headers['x-file-sha256'] };
      },
      async apiDownload(id, hash) {
        const t0 = performance.now();
        const got = await request(`${apiUrl}/files/${id}`, { method: 'GET', headers: { authorization: `Bearer ${token}` }, hash });
        if (got.status !== 200 || got.received !== size) throw new Error(`download answered ${got.status} with ${got.received} bytes`);
        return { ms: performance.now() - t0, sha256: got.sha256 };
      },
      apiRemove: (id) => gql(apiUrl, 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id }, token),
      async bareUpload(name) {
        const t0 = performance.now();
        const put = await request(`${bareUrl}/files/${name}`, { method: 'PUT', headers: { 'content-length': String(size) }, bodyFile: source });
        if (put.status !== 204) throw new Error(`baseline PUT answered ${put.status}`);
        return { ms: performance.now() - t0 };
      },
      async bareDownload(name) {
        const t0 = performance.now();
        const got = await request(`${bareUrl}/files/${name}`, { method: 'GET' });
        if (got.status !== 200 || got.received !== size) throw new Error(`baseline GET answered ${got.status} with ${got.received} bytes`);
        return { ms: performance.now() - t0 };
      },
      bareRemove: (name) => request(`${bareUrl}/files/${name}`, { method: 'DELETE' }),
    };

    const rounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      const apiFirst = round % 2 === 1;
      const r = { round: round + 1, apiFirst };
      const runApi = async () => {
        const up = await withRssSampling(api.pid, () => side.apiUpload());
        if (round === 0 && up.result.sha256 !== sourceSha256) throw new Error(`the API's SHA-256 ${up.result.sha256} is not the source's ${sourceSha256}`);
        const down = await withRssSampling(api.pid, () => side.apiDownload(up.result.id, round === 0));
        if (round === 0 && down.result.sha256 !== sourceSha256) throw new Error('the downloaded bytes are not the uploaded ones');
        await side.apiRemove(up.result.id);
        Object.assign(r, { apiUploadMiBs: round2(mibPerSecond(size, up.result.ms)), apiDownloadMiBs: round2(mibPerSecond(size, down.result.ms)), apiRssGrowthUploadMiB: round2(up.rssGrowth / MIB), apiRssGrowthDownloadMiB: round2(down.rssGrowth / MIB), apiRssBeforeMiB: round2(up.rssBefore / MIB) });
      };
      const runBare = async () => {
        const up = await side.bareUpload(`round-${round}`);
        const down = await side.bareDownload(`round-${round}`);
        await side.bareRemove(`round-${round}`);
        Object.assign(r, { bareUploadMiBs: round2(mibPerSecond(size, up.ms)), bareDownloadMiBs: round2(mibPerSecond(size, down.ms)) });
      };
      if (apiFirst) {
        await runApi();
        await runBare();
      } else {
        await runBare();
        await runApi();
      }
      console.log(JSON.stringify(r));
      rounds.push(r);
    }
    const mean = (key) => rounds.reduce((s, r) => s + r[key], 0) / rounds.length;
    const uploadRatio = round2(mean('apiUploadMiBs') / mean('bareUploadMiBs'));
    const downloadRatio = round2(mean('apiDownloadMiBs') / mean('bareDownloadMiBs'));
    const rssGrowthMiB = Math.max(...rounds.flatMap((r) => [r.apiRssGrowthUploadMiB, r.apiRssGrowthDownloadMiB]));
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryMiB: Math.round(os.totalmem() / MIB), loadAtEnd: os.loadavg().map(round2) },
      database: database.kind,
      fileMiB: FILE_MIB,
      rounds,
      summary: {
        apiUploadMiBs: round2(mean('apiUploadMiBs')),
        bareUploadMiBs: round2(mean('bareUploadMiBs')),
        uploadRatio,
        apiDownloadMiBs: round2(mean('apiDownloadMiBs')),
        bareDownloadMiBs: round2(mean('bareDownloadMiBs')),
        downloadRatio,
        maxRssGrowthMiB: rssGrowthMiB,
      },
      targets: {
        throughputRatio: TARGET_THROUGHPUT_RATIO,
        rssGrowthMiB: TARGET_RSS_GROWTH_MIB,
        met: uploadRatio >= TARGET_THROUGHPUT_RATIO && downloadRatio >= TARGET_THROUGHPUT_RATIO && rssGrowthMiB < TARGET_RSS_GROWTH_MIB,
      },
    };
    writeResults(RESULT_FILE, result);
    console.log(JSON.stringify(result.summary, null, 2));
    console.log(`targets (throughput ≥ ${TARGET_THROUGHPUT_RATIO} × baseline, RSS growth < ${TARGET_RSS_GROWTH_MIB} MiB): ${result.targets.met ? 'met' : 'NOT met'}; written to ${RESULT_FILE}`);
  } finally {
    api?.kill('SIGTERM');
    bare?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await database.stop().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
