import { INestApplication, LogLevel } from '@nestjs/common';
import { loadConfig } from '@taskforce/api-core';
import { loadDemoData, migrate } from '@taskforce/api-setup';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
// The integration tests boot the real API host, which lives in the app project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createApp } from '../../apps/api/src/app/create-app';

/** Password of every demo account (see libs/api/setup/src/lib/demo-data.ts). */
export const DEMO_PASSWORD = 'demo-pass-2026';

/** A running API on its own fresh database holding the demo task force. */
export interface TestApp {
  /** http://127.0.0.1:<port> */
  url: string;
  app: INestApplication;
  /** Direct connection to the test database, for checking what was persisted. */
  db: DataSource;
  /** Stops the API and starts a new one on the same database and settings (same JWT secret: tokens stay valid); `url` and `app` change. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TASKFORCE_TEST_ADMIN_URL;
  if (!url) throw new Error('TASKFORCE_TEST_ADMIN_URL is not set: run the tests through jest.config.cjs (npm test)');
  return url;
}

/** Creates an empty database for this test file and returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `taskforce_test_${process.env.TASKFORCE_TEST_RUN_ID}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Boots the real API (GraphQL, socket.io, /health) on a fresh database with migrations applied and the demo
 * data loaded (or, with `{ demoData: false }`, nothing: the spec builds its own with `FixtureBuilder`), listening
 * on a free port of 127.0.0.1. `env` overrides configuration variables; `logLevels` (default `['error']`) are the
 * API's log levels.
 */
export async function startTestApp(env: Record<string, string> = {}, options: { demoData?: boolean; logLevels?: LogLevel[] } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const db = await migrate(database.url);
  if (options.demoData !== false) await loadDemoData(db);
  const settings = { JWT_SECRET: randomBytes(32).toString('hex'), ...env };
  let node = await startApiNode(database.url, settings, options.logLevels);
  const t: TestApp = {
    url: node.url,
    app: node.app,
    db,
    restart: async () => {
      await node.close();
      node = await startApiNode(database.url, settings, options.logLevels);
      t.url = node.url;
      t.app = node.app;
    },
    close: async () => {
      await node.close();
      await db.destroy();
      await database.drop();
    },
  };
  return t;
}

/** One API node on a free port of 127.0.0.1, on an existing, migrated database (several nodes may share it). */
export interface ApiNode {
  /** http://127.0.0.1:<port> */
  url: string;
  app: INestApplication;
  /** Stops this node only; the database stays. */
  close(): Promise<void>;
}

/**
 * Boots the real API on the database at `databaseUrl` (migrated already, e.g. by `startTestApp` or `migrate`), as another
 * node or as the same deployment after a restart. `env` overrides configuration variables; each node gets its own
 * JWT secret unless `env` gives one (give the same to share sign-ins between nodes).
 */
export async function startApiNode(databaseUrl: string, env: Record<string, string> = {}, logLevels: LogLevel[] = ['error']): Promise<ApiNode> {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: randomBytes(32).toString('hex'),
    WEB_DIST_DIR: '/nonexistent',
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_ADDRESS_RATE_LIMIT: '1000',
    // Alert e-mails only when a test sends them (AlertMailService.sendDue with an injected instant).
    EMAIL_CHECK_SECONDS: '0',
    // Selector hits are swept only when a test sweeps them (SelectorHitSweepService.sweep).
    SELECTOR_HIT_SWEEP_SECONDS: '0',
    ...env,
  });
  const app = await createApp(config, databaseUrl, logLevels);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, app, close: () => app.close() };
}

/** A GraphQL response as sent on the wire. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  /** SQL statements the request ran (the `X-SQL-Statements` header, sent when the app runs with SQL_STATEMENT_HEADER). */
  statements?: number;
}

/** POSTs a GraphQL operation, with a bearer token when given. */
export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  const statements = res.headers.get('x-sql-statements');
  return { status: res.status, ...body, ...(statements === null ? {} : { statements: Number(statements) }) };
}

/** Signs in an account (a demo account unless `password` is given) and returns its access token. */
export async function login(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await gql<{ login: { accessToken: string } }>(url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password } });
  if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

/** First error code of a response, or undefined. */
export function errorCode(res: GqlResponse): unknown {
  return res.errors?.[0]?.extensions?.['code'];
}

/** Opens a socket.io connection with the token; resolves when connected, rejects with the connect error. */
export function connectSocket(url: string, token?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth: token === undefined ? {} : { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Collects every event of the given names a socket receives, for later assertions. */
export function recordEvents(socket: Socket, names: string[]): Array<{ name: string; payload: any }> {
  const seen: Array<{ name: string; payload: any }> = [];
  for (const name of names) socket.on(name, (payload: unknown) => seen.push({ name, payload }));
  return seen;
}

/** Resolves once `predicate` holds, polling every 20 ms; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
