import DataLoader from 'dataloader';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * What one HTTP request (a GraphQL operation) shares between its resolvers: loaders that batch the loads by key of
 * one tick into one SQL statement per kind, facts decided once, and the number of SQL statements it ran.
 *
 * Loaders batch but keep nothing between ticks, so a list of n items costs one statement per kind and per level of
 * the query whatever n and whatever ids were met before. A GraphQL query cannot change anything, so while it runs
 * `once` keeps what it computed (an operation's access facts) for the rest of the request; in a mutation (or anything
 * else) it computes every time: a field resolved after the change must see the change.
 */
export class RequestScope {
  /** SQL statements run in this request so far (counted by StatementCountingLogger). */
  statements = 0;
  private readOnly = false;
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly computed = new Map<string, Promise<unknown>>();

  /** Marks the request as a GraphQL query (nothing it does writes): `once` may then keep what it computed. */
  markReadOnly(): void {
    this.readOnly = true;
  }

  /** True once the request is known to be a GraphQL query. */
  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /**
   * The request's loader named `name`, created on first use with `batch`, which receives the distinct keys asked in
   * one tick and must answer one value (or null, or an Error) per key, in the same order.
   */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cache: false });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** `compute()` once per key for the rest of a read-only request; called every time otherwise. */
  once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.readOnly) return compute();
    let value = this.computed.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.computed.set(key, value);
      // A failure is not kept: the next caller asks again (and gets the same error unless something changed).
      value.catch(() => this.computed.delete(key));
    }
    return value;
  }
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The scope of the HTTP request being handled, or undefined outside one (sockets, sweeps, migrations, scripts). */
export function currentRequestScope(): RequestScope | undefined {
  return scopes.getStore();
}

/**
 * Express middleware that runs the rest of the request in a fresh RequestScope. Install it after the body parsers
 * (they run their callbacks outside the request's asynchronous context).
 */
export function requestScopeMiddleware(_req: unknown, _res: unknown, next: () => void): void {
  scopes.run(new RequestScope(), next);
}

/** Runs `work` in a fresh RequestScope (for tests and scripts that call services directly). */
export function inRequestScope<T>(work: (scope: RequestScope) => Promise<T>): Promise<T> {
  const scope = new RequestScope();
  return scopes.run(scope, () => work(scope));
}

/**
 * Loads one value by key: through the current request's loader `name` (batched with the other loads of the same
 * tick) inside a request, by `batch([key])` alone outside one.
 */
export async function loadByKey<K, V>(name: string, key: K, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): Promise<V> {
  const scope = currentRequestScope();
  if (scope) return scope.loader<K, V>(name, batch).load(key);
  const [value] = await batch([key]);
  if (value instanceof Error) throw value;
  return value;
}

/** `compute()` once per key for a read-only request (RequestScope.once); every time outside a request. */
export function oncePerRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const scope = currentRequestScope();
  return scope ? scope.once(key, compute) : compute();
}

/**
 * Answers `keys` from `rows` matched by `keyOf`, in the order of `keys`; `missing` for keys without a row. The shape
 * a DataLoader batch must return.
 */
export function byKeys<K, R, V = R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, missing: V, map: (row: R) => V = (r) => r as unknown as V): V[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), map(row));
  return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing));
}

/** Like `byKeys`, for one-to-many: every key gets the (possibly empty) list of its rows, in the rows' order. */
export function groupByKeys<K, R, V = R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, map: (row: R) => V = (r) => r as unknown as V): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * TypeORM logger that prints nothing and counts every SQL statement run inside a request in that request's scope
 * (transaction control statements included). The count is what the statement-count tests and the
 * `X-SQL-Statements` response header (SQL_STATEMENT_HEADER) read.
 */
export class StatementCountingLogger implements TypeOrmLogger {
  logQuery(): void {
    const scope = currentRequestScope();
    if (scope) scope.statements += 1;
  }
  logQueryError(): void {
    /* errors reach the caller as exceptions */
  }
  logQuerySlow(): void {
    /* not measured here */
  }
  logSchemaBuild(): void {
    /* migrations only */
  }
  logMigration(): void {
    /* migrations only */
  }
  log(): void {
    /* TypeORM's own notices are not shown (as with logging: false) */
  }
}
