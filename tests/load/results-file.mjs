// Writing a benchmark's results file (tests/load/results/*.json): every file says which commit was measured and
// whether the work tree was clean, and a run from a tree with changes writes nothing unless BENCH_ALLOW_DIRTY=1.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The commit checked out and whether the work tree is clean (`git status --porcelain` prints nothing: no modified,
 * staged or untracked file outside .gitignore). Both null outside a git checkout.
 * @returns `{ commit: string | null, clean: boolean | null }`
 */
export function sourceState() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return { commit: git('rev-parse', 'HEAD'), clean: git('status', '--porcelain') === '' };
  } catch {
    return { commit: null, clean: null };
  }
}

/** True when BENCH_ALLOW_DIRTY=1: results may be written from a work tree with changes (recorded as `clean: false`). */
export const dirtyAllowed = () => process.env.BENCH_ALLOW_DIRTY === '1';

/**
 * Throws before a benchmark starts when the work tree has changes and BENCH_ALLOW_DIRTY=1 is not set, so that no
 * minutes are spent on a run whose results would be refused. Returns the source state.
 * @returns `{ commit, clean }` as `sourceState`
 */
export function requireWritableState() {
  const state = sourceState();
  if (state.clean === false && !dirtyAllowed()) {
    throw new Error('the work tree has changes: commit them first (results name the commit measured), or set BENCH_ALLOW_DIRTY=1 to record clean: false');
  }
  return state;
}

/**
 * Writes `result` as JSON to `file` (atomically: a temporary file renamed), with `commit` and `clean` (read again now,
 * so a change made during the run counts) added at the top level. Refuses, like `requireWritableState`, to write from a
 * work tree with changes unless BENCH_ALLOW_DIRTY=1.
 * @returns the source state recorded, `{ commit, clean }`
 */
export function writeResults(file, result) {
  const state = requireWritableState();
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ ...result, commit: state.commit, clean: state.clean }, null, 2)}\n`);
  renameSync(tmp, file);
  return state;
}
