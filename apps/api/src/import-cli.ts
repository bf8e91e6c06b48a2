/**
 * `npm run import -- <kind> <file> [--confirm]`: imports a public data set into the database at DATABASE_URL, or
 * without it into the workspace's embedded PostgreSQL (the running one, or started for the import), migrating it
 * first. Kinds: tip-tiers-csv, tip-tiers-xlsx, palermo, palermo-counts, glotip, ctdc. Idempotent and
 * transactional; prints the report as JSON. Exit codes: 0 applied (or nothing to change); 1 the import failed or
 * the file had no usable row (nothing changed); 2 usage error; 3 the file would change or remove stored rows and
 * `--confirm` was not given (nothing changed; the report is the preview).
 */
import { runningEmbeddedUrl, startEmbeddedPostgres } from '@taskforce/api-database';
import { migrate } from '@taskforce/api-setup';
import { CLI_KINDS, importDataset } from '@taskforce/api-indicators';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

async function main(argv: string[]): Promise<number> {
  const confirm = argv.includes('--confirm');
  const [kindName, file] = argv.filter((a) => a !== '--confirm');
  const kind = kindName ? CLI_KINDS[kindName] : undefined;
  const url = process.env.DATABASE_URL;
  if (!kind || !file) {
    process.stderr.write(`usage: npm run import -- <${Object.keys(CLI_KINDS).join('|')}> <file> [--confirm]\n`);
    return 2;
  }
  const path = resolve(file);
  if (!existsSync(path)) {
    process.stderr.write(`no such file: ${path}\n`);
    return 2;
  }
  // Without DATABASE_URL: the embedded PostgreSQL of the workspace in TASKFORCE_DATA_DIR (default ./.data) — the one
  // `npm start` is running, or else started here for the import and stopped after it.
  const dataDir = resolve(process.env.TASKFORCE_DATA_DIR ?? '.data');
  const running = url ? null : runningEmbeddedUrl(dataDir);
  const embedded = url || running ? null : await startEmbeddedPostgres(dataDir);
  const databaseUrl = url ?? running ?? embedded!.url;
  if (!url) process.stderr.write(`DATABASE_URL is not set: using the embedded PostgreSQL in ${dataDir}${running ? ' (the running workspace)' : ''}\n`);
  const db = await migrate(databaseUrl);
  try {
    const report = await importDataset(db, kind, path, { confirm });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (report.confirmationNeeded) {
      process.stderr.write(`this file would add ${report.inserted}, change ${report.updated} and remove ${report.removed} stored rows: nothing was changed; run again with --confirm to apply it\n`);
      return 3;
    }
    if (!report.applied) {
      process.stderr.write(`no usable row in the file (${report.rejected.length} rejected): nothing was changed\n`);
      return 1;
    }
    return 0;
  } finally {
    await db.destroy();
    await embedded?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
