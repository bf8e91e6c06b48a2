// Small Node helpers shared by the test and benchmark launchers (global setups, tests/load scripts).
import { chmodSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

// As root, the embedded server runs as the `postgres` user, which must traverse every folder above the binaries
// (a clone in a 0700 folder blocks it). Same rule as libs/api/database grantTraversalToPostgres (o+x only).
export function letPostgresReach(path) {
  if (process.getuid?.() !== 0) return;
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    if (dirname(dir) === dir) return;
  }
}
