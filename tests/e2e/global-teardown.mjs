// Jest global teardown for browser tests: stops the API started by global-setup.mjs with SIGTERM (it then stops
// its embedded PostgreSQL; SIGKILL after 20 s) and removes its temporary data folder.
import { rmSync } from 'node:fs';
import { stopApi } from './global-setup.mjs';

export default async function globalTeardown() {
  const state = globalThis.__TASKFORCE_E2E__;
  if (!state) return;
  const { child, dataDir, log } = state;
  await stopApi(child);
  log.end();
  rmSync(dataDir, { recursive: true, force: true });
  globalThis.__TASKFORCE_E2E__ = undefined;
}
