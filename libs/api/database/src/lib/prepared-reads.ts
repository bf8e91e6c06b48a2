import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * Most distinct read statements one connection keeps prepared. A statement met after that runs unnamed (parsed and
 * planned every time, as before), so a flood of distinct texts cannot grow a PostgreSQL backend's memory without end.
 */
export const MAX_PREPARED_PER_CONNECTION = 500;

/** Most statement texts whose names are remembered (names of others are computed on each use). */
const MAX_REMEMBERED_NAMES = 5000;

/** A read: SELECT, or WITH … SELECT (a data-modifying WITH is a write and is never named). */
const READ = /^\s*(SELECT|WITH)\b/i;
const WRITE_IN_WITH = /\b(INSERT|UPDATE|DELETE|MERGE)\b/i;

const names = new Map<string, string>();

/** The prepared statement name of a statement text: `r` + the first 24 hex digits of its SHA-256 (one name per text). */
export function preparedName(text: string): string {
  const known = names.get(text);
  if (known) return known;
  const name = `r${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
  if (names.size < MAX_REMEMBERED_NAMES) names.set(text, name);
  return name;
}

/** Whether a statement text with parameters is named (prepared once per connection): reads only. */
export function isPreparedRead(text: string): boolean {
  return READ.test(text) && !(/^\s*WITH\b/i.test(text) && WRITE_IN_WITH.test(text));
}

type QueryCallback = (err: Error | null, result?: unknown) => void;

/**
 * PostgreSQL's refusal to run a prepared statement whose result columns changed since it was prepared (SQLSTATE
 * 0A000, "cached plan must not change result type"): a table it reads gained, lost or retyped a column, e.g. by a
 * migration another API node ran. The statement stays broken on that connection until it is deallocated.
 */
export function isStalePreparedRead(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  return e?.code === '0A000' && /cached plan must not change result type/.test(e.message ?? '');
}

/**
 * A `pg` client that runs each parameterised read as a named prepared statement: PostgreSQL parses it once per
 * connection and, after five executions, plans it once too (its plan cache, `plan_cache_mode = auto`: a generic
 * plan is kept when its estimate is no worse than the custom plans'). The API's screens run the same few reads with
 * different ids on every request; re-planning a join of seven tables took about 2 ms against under 1 ms to run it
 * (EXPLAIN ANALYZE of a board page, `tests/load`). Writes, transaction control and statements without parameters
 * are sent as they were. Used as the pool's `Client` (see `postgresOptions`).
 *
 * When a table changes under it (isStalePreparedRead), the connection forgets every name it prepared: later reads
 * are prepared again under new names (a generation suffix `_<n>`), the old statements are deallocated as soon as the
 * connection is outside a transaction, and the failed read is run again once when it ran outside a transaction (a
 * read changes nothing). Inside a transaction the error reaches the caller: PostgreSQL has aborted the transaction.
 */
export class PreparedReadsClient extends Client {
  private prepared = new Set<string>();
  private generation = 0;
  private toDeallocate: string[] = [];

  // pg's `query` has many overloads; only (text, values[, callback]) is rewritten, every other form is passed on.
  override query(...args: unknown[]): never {
    const [config, values, callback] = args;
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && isPreparedRead(config)) {
      const name = this.generation === 0 ? preparedName(config) : `${preparedName(config)}_${this.generation}`;
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        this.deallocateWhenIdle();
        const outsideTransaction = this.getTransactionStatus() === 'I';
        const generation = this.generation;
        const run = (super.query({ name, text: config, values }) as Promise<unknown>).catch((err: unknown) => {
          if (!isStalePreparedRead(err)) throw err;
          this.forgetPrepared(generation);
          if (!outsideTransaction) throw err;
          return this.query(config, values) as Promise<unknown>;
        });
        if (callback === undefined) return run as never;
        run.then(
          (result) => (callback as QueryCallback)(null, result),
          (err: Error) => (callback as QueryCallback)(err),
        );
        return undefined as never;
      }
    }
    return (super.query as (...a: unknown[]) => unknown)(...args) as never;
  }

  /** Starts a new generation of names (once per stale generation) and queues the old ones for deallocation. */
  private forgetPrepared(generation: number): void {
    if (generation !== this.generation) return;
    this.toDeallocate.push(...this.prepared);
    this.prepared = new Set();
    this.generation += 1;
  }

  /** Deallocates the names of stale generations, outside a transaction (best effort: a failure leaves them queued). */
  private deallocateWhenIdle(): void {
    if (this.toDeallocate.length === 0 || this.getTransactionStatus() !== 'I') return;
    const names = this.toDeallocate;
    this.toDeallocate = [];
    const statement = names.map((n) => `DEALLOCATE ${n}`).join('; ');
    (super.query(statement) as Promise<unknown>).catch(() => this.toDeallocate.push(...names));
  }
}
