/**
 * `npm run import -- <kind> <file>`: imports a public data set into the database at DATABASE_URL (migrating it
 * first). Kinds: tip-tiers-csv, tip-tiers-xlsx, palermo, glotip, ctdc. Idempotent and transactional; prints the
 * report as JSON and exits 1 when the import failed (nothing changed), 2 on a usage error.
 */
import { migrate } from '@taskforce/api-database';
import { CLI_KINDS, importDataset } from '@taskforce/api-indicators';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

async function main(argv: string[]): Promise<number> {
  const [kindName, file] = argv;
  const kind = kindName ? CLI_KINDS[kindName] : undefined;
  const url = process.env.DATABASE_URL;
  if (!kind || !file) {
    process.stderr.write(`usage: npm run import -- <${Object.keys(CLI_KINDS).join('|')}> <file>\n`);
    return 2;
  }
  if (!url) {
    process.stderr.write('DATABASE_URL is not set (postgres://user:password@host:5432/database)\n');
    return 2;
  }
  const path = resolve(file);
  if (!existsSync(path)) {
    process.stderr.write(`no such file: ${path}\n`);
    return 2;
  }
  const db = await migrate(url);
  try {
    const report = await importDataset(db, kind, path);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
