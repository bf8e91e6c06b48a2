// Jest global setup for browser tests: checks that Chromium and the builds are there, then starts the built API
// (`node dist/api/apps/api/src/main.js`) on a free port with a fresh data folder. The API starts its own
// embedded PostgreSQL there, runs the migrations, loads the demo task force and serves dist/web.
// The specs read the address from TASKFORCE_E2E_BASE_URL and the browser from TASKFORCE_E2E_CHROMIUM.
import { spawn } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/node-helpers.mjs';
import { API_NODE_FLAGS } from '../load/api-process.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');
const WEB_INDEX = join(ROOT, 'dist', 'web', 'index.html');
const ARTIFACTS = join(HERE, 'artifacts');
const HEALTH_TIMEOUT_MS = 180_000;

function findChromium() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's Chromium with ` +
        '`apt-get update && apt-get install -y chromium` (about a minute), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return executablePath;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends SIGTERM (the API then stops its embedded PostgreSQL), and SIGKILL when it has not exited after 20 s. */
export async function stopApi(child) {
  const exited = () =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve(true)
      : new Promise((resolve) => {
          const timer = setTimeout(() => resolve(false), 20_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
  child.kill('SIGTERM');
  if (!(await exited())) {
    child.kill('SIGKILL');
    await exited();
  }
}

/** Polls GET /health until it answers 200; fails early when the API process exits. */
async function waitForHealth(baseUrl, child, logTail) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The API exited during start-up (code ${child.exitCode ?? child.signalCode}):\n${logTail()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error(`GET ${baseUrl}/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${logTail()}`);
}

export default async function globalSetup() {
  const chromium = findChromium();
  for (const [file, target] of [
    [API_MAIN, 'api'],
    [WEB_INDEX, 'web'],
  ]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: build it with \`npx nx run ${target}:build\` (or run \`npx nx run tests:e2e\`).`);
    }
  }

  mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'taskforce-e2e-'));
  // mkdtemp makes the folder 0700; running as root, the embedded PostgreSQL runs as the `postgres` OS user and
  // must be able to reach its data directory inside it.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;

  const log = createWriteStream(join(ARTIFACTS, 'api.log'));
  const recent = [];
  let postgresPort = null;
  const remember = (chunk) => {
    postgresPort ??= /Embedded PostgreSQL on 127\.0\.0\.1:(\d+)/.exec(chunk.toString())?.[1] ?? null;
    log.write(chunk);
    recent.push(...chunk.toString().split('\n'));
    recent.splice(0, Math.max(0, recent.length - 40));
  };
  const child = spawn(process.execPath, [...API_NODE_FLAGS, API_MAIN], {
    cwd: ROOT,
    // The browser tests replay many people's working days in a few minutes, a handful of demo people across every
    // spec: the per-person cost budget is lifted for them (its refusals are tested in tests/integration/graphql-cost).
    env: { ...process.env, PORT: String(port), TASKFORCE_DATA_DIR: dataDir, NODE_ENV: 'development', GRAPHQL_COST_PER_MINUTE: process.env.GRAPHQL_COST_PER_MINUTE ?? '100000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);

  try {
    await waitForHealth(baseUrl, child, () => recent.join('\n'));
  } catch (error) {
    // Jest skips the teardown when the setup fails: stop the API (and so its PostgreSQL) here.
    await stopApi(child);
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  globalThis.__TASKFORCE_E2E__ = { child, dataDir, log };
  process.env.TASKFORCE_E2E_BASE_URL = baseUrl;
  // For specs that must alter what the API stored on its disk (a file's content, to see the integrity warning).
  process.env.TASKFORCE_E2E_DATA_DIR = dataDir;
  // For specs that must age a record the browser cannot (e.g. a step-up older than 5 minutes): the API's embedded
  // PostgreSQL, with the password it generated into its data folder.
  if (postgresPort) {
    const { postgresPassword } = JSON.parse(readFileSync(join(dataDir, 'local-secrets.json'), 'utf8'));
    process.env.TASKFORCE_E2E_DATABASE_URL = `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${postgresPort}/taskforce`;
  }
  process.env.TASKFORCE_E2E_CHROMIUM = chromium;
}
