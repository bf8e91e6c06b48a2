/**
 * `npm run audit:verify`: verifies the audit hash chain of the database at DATABASE_URL (read only, no
 * migrations). Prints the result as JSON; exits 0 when the chain verifies, 1 naming the first broken entry,
 * 2 on a usage error.
 */
import { verifyAuditChain } from '@taskforce/api-audit';
import { dataSourceOptions } from '@taskforce/api-setup';
import { DataSource } from 'typeorm';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('DATABASE_URL is not set (postgres://user:password@host:5432/database)\n');
    return 2;
  }
  const db = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const status = await verifyAuditChain(db.manager);
    process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    if (!status.ok) process.stderr.write(`audit chain broken at entry ${status.firstBrokenSeq}: ${status.reason}\n`);
    return status.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`audit verification failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
