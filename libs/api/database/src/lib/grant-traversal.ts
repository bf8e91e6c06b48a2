import { chmodSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * When running as root, embedded PostgreSQL runs as the `postgres` OS user, which must be able to reach the
 * server binaries (in node_modules) and the data folder. A checkout under a private folder (/root, or a
 * `mktemp -d` folder, both mode 0700) blocks that; this adds the search bit (o+x: traverse, not list) to each
 * ancestor of `path` that lacks it. Does nothing for other users. Returns the folders it changed.
 */
export function grantTraversalToPostgres(path: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  let dir = resolve(path);
  for (;;) {
    const mode = statSync(dir).mode & 0o7777;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      changed.push(dir);
    }
    const parent = dirname(dir);
    if (parent === dir) return changed;
    dir = parent;
  }
}
