import type { ComplexityEstimator, ComplexityEstimatorArgs } from '@nestjs/graphql';

/**
 * Points of the GraphQL cost estimate: what a field costs is declared beside it (`complexity:` of @Query, @Mutation,
 * @ResolveField), from what its resolver does. The API adds up the fields of an operation before executing it
 * (graphql-query-complexity), refuses it above GRAPHQL_MAX_COST and charges it to the caller's budget of
 * GRAPHQL_COST_PER_MINUTE (apps/api/src/app/query-cost.plugin.ts). The table is in docs/api-contract.md ("Query cost").
 *
 * The scale: one database round trip is 10 points. What is not a round trip — a column of a row already loaded, a
 * flag computed in memory — is free; so a field costs what it makes the server do, not 1 "whatever it does".
 */
export const COST = {
  /** A value the server already holds: a column of a loaded row, a nested object of it, a flag computed in memory. */
  FIELD: 0,
  /**
   * Added by the API to every top-level field (Query, Mutation): the auth guard reads the session and the person
   * before each one.
   */
  TOP_LEVEL: 10,
  /** One database read: a lookup by id, a short list, an access check. */
  READ: 10,
  /**
   * A lookup by id, or an access decision, that the request's DataLoader batches with every other of the same tick
   * (RequestScope in request-scope.ts): one round trip serves the whole list, so each item adds only a share of it.
   */
  BATCHED: 1,
  /** A count, or a search, over rows the caller may read (leads, notifications): a scan, not a lookup. */
  COUNT: 50,
  /** Text search over the readable leads (ILIKE over four texts and the persons, then the projection). */
  SEARCH: 100,
  /** An aggregate over the case records (GROUP BY over up to millions of rows, small-cell suppression). */
  STATISTICS: 300,
  /**
   * An audited read: one entry appended to the audit log. The append takes the hash chain's head row lock, so every
   * agency's audited reads and writes wait their turn behind it, and the entry is kept forever — the cost weighs
   * what it does to everyone else, not its own milliseconds.
   */
  AUDIT: 200,
  /** A write: a transaction, usually an audit entry and live events. */
  WRITE: 100,
  /** A write after which every live lead share is decided again (agreements, jurisdiction rules): many rows. */
  RECONSIDER: 500,
  /** Importing a public data set (thousands of rows in one transaction), or walking the whole audit chain. */
  BULK: 2000,
  /** A small write of the caller's own data (a notification read, preferences), no audit entry. */
  LIGHT_WRITE: 20,
  /**
   * A request refused before it ran — a document over a cap, invalid, or estimated above GRAPHQL_MAX_COST — charged to
   * the caller's budget all the same: receiving, parsing and checking it was work, and a flood of them is a flood.
   */
  REFUSED: 100,
  /** Checking a password or a second-factor code (argon2id, 64 MiB): CPU, on top of the session written. */
  PASSWORD_CHECK: 100,
} as const;

/** Items assumed in a list whose size has no argument and no limit on the server (agencies, tasks of an operation…). */
export const DEFAULT_LIST_SIZE = 10;

/**
 * What a list field's size is taken from: a fixed number (the server's limit, or DEFAULT_LIST_SIZE), or a function of
 * the field's arguments (see `argSize`). Whatever it answers is rounded up and kept within 0…1,000,000.
 */
export type ListSize = number | ((args: Record<string, unknown>) => number);

/**
 * The size given by argument `name` — a number such as `take`, or the length of a list argument — or `fallback` when
 * it is absent, at most `max` (the server refuses more anyway; the estimate must not exceed what can run).
 */
export function argSize(name: string, fallback: number, max: number): ListSize {
  return (args) => {
    const given = args[name];
    const n = Array.isArray(given) ? given.length : typeof given === 'number' ? given : fallback;
    return Math.min(n, max);
  };
}

function sizeOf(size: ListSize, args: Record<string, unknown>): number {
  const n = typeof size === 'number' ? size : size(args);
  return Number.isFinite(n) ? Math.min(Math.max(Math.ceil(n), 0), 1_000_000) : DEFAULT_LIST_SIZE;
}

/**
 * A field whose resolver does fixed work (`points`), plus what is selected below it once.
 * Example: `@Query(() => Int, { complexity: cost(COST.COUNT + COST.AUDIT) })`.
 */
export function cost(points: number): ComplexityEstimator {
  return ({ childComplexity }: ComplexityEstimatorArgs) => points + childComplexity;
}

/**
 * A list field: `points` once (the query that loads the list), then `size` times what each item costs —
 * `perItem` for the item itself plus what is selected below it (a per-item lookup counts for every item).
 * `size` is a number (the server's limit, or DEFAULT_LIST_SIZE) or a function of the arguments (`argSize`).
 * Example: `@Query(() => [LeadModel], { complexity: listCost(COST.READ + COST.AUDIT, 200) })`.
 */
export function listCost(points: number, size: ListSize = DEFAULT_LIST_SIZE, perItem: number = COST.FIELD): ComplexityEstimator {
  return ({ args, childComplexity }: ComplexityEstimatorArgs) => points + sizeOf(size, args ?? {}) * (perItem + childComplexity);
}
