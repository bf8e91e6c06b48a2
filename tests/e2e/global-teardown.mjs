// Jest global teardown for browser tests: stops the API started by global-setup.mjs with SIGTERM (it then stops
// its embedded PostgreSQL), waits for it to exit (SIGKILL after 20 s), and removes its temporary data folder.
import { rmSync } from 'node:fs';

const STOP_TIMEOUT_MS = 20_000;

function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export default async function globalTeardown() {
  const state = globalThis.__TASKFORCE_E2E__;
  if (!state) return;
  const { child, dataDir, log } = state;
  child.kill('SIGTERM');
  if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
    child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }
  log.end();
  rmSync(dataDir, { recursive: true, force: true });
  globalThis.__TASKFORCE_E2E__ = undefined;
}
