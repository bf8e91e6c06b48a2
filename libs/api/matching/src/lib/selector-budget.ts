import { AppError, AppConfig, AuthUser, ErrorCode } from '@taskforce/api-core';
import { SelectorKind } from '@taskforce/domain/matching';
import { EntityManager } from 'typeorm';
import { SelectorQueryEntity } from './selector.entity';

/** Which daily budget refused a query. */
export type SelectorBudget = 'PERSON' | 'AGENCY';

/** The budgets' window: any 24 hours. */
const WINDOW = `interval '24 hours'`;

/**
 * QUERY_BUDGET_EXHAUSTED: the person's (or agency's) selector queries in the last 24 hours reached its budget;
 * `extensions`: `budget` (PERSON or AGENCY) and `limit` (queries per 24 h).
 */
export function budgetExhausted(budget: SelectorBudget, limit: number): AppError {
  const whose = budget === 'PERSON' ? 'your' : "your agency's";
  return new AppError(ErrorCode.QUERY_BUDGET_EXHAUSTED, `Selector query refused: ${whose} budget of ${limit} selector queries in 24 hours is used up`, { budget, limit });
}

/**
 * Counts one selector query (or recording) of `actor` against the daily budgets (SELECTOR_QUERIES_PER_PERSON_PER_DAY,
 * SELECTOR_QUERIES_PER_AGENCY_PER_DAY; the last 24 h by the database clock, refused ones not counted), serialised per
 * agency with a transaction-scoped advisory lock so concurrent queries cannot overrun it. Writes the query's row —
 * `refused` when a budget is used up, else with `matchKeys` (`keyId:hex` blind indexes) for the sweep — in `m`'s
 * transaction.
 * @returns the row's id, and the budget that refused it (null when counted).
 */
export async function consumeSelectorQuery(
  m: EntityManager,
  config: AppConfig,
  actor: Pick<AuthUser, 'userId' | 'agencyId'>,
  kind: SelectorKind,
  querierLeadId: string | null,
  matchKeys: readonly string[],
): Promise<{ queryId: string; refusedBy: { budget: SelectorBudget; limit: number } | null }> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('selector-query-budget'), hashtext($1))`, [actor.agencyId]);
  const counts = await queriesInWindow(m, actor);
  const refusedBy =
    counts.person >= config.SELECTOR_QUERIES_PER_PERSON_PER_DAY
      ? { budget: 'PERSON' as const, limit: config.SELECTOR_QUERIES_PER_PERSON_PER_DAY }
      : counts.agency >= config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY
        ? { budget: 'AGENCY' as const, limit: config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY }
        : null;
  const repo = m.getRepository(SelectorQueryEntity);
  const row = await repo.save(repo.create({ querierAgencyId: actor.agencyId, querierUserId: actor.userId, kind, querierLeadId, refused: !!refusedBy, matchKeys: refusedBy ? null : [...matchKeys] }));
  return { queryId: row.id, refusedBy };
}

/** Which budget refused a list, its limit, and how many queries it had left. */
export interface ListRefusal {
  budget: SelectorBudget;
  limit: number;
  remaining: number;
}

/**
 * QUERY_BUDGET_EXHAUSTED for a list: `lines` valid lines need as many queries and the budget has only `remaining` left;
 * `extensions`: `budget`, `limit`, `lines`, `remaining`.
 */
export function listBudgetExhausted(refusal: ListRefusal, lines: number): AppError {
  const whose = refusal.budget === 'PERSON' ? 'your' : "your agency's";
  return new AppError(
    ErrorCode.QUERY_BUDGET_EXHAUSTED,
    `Selector list refused: its ${lines} lines to query need ${lines} queries, and ${whose} budget of ${refusal.limit} selector queries in 24 hours has ${refusal.remaining} left`,
    { ...refusal, lines },
  );
}

/**
 * Reserves one query per kind in `kinds` (one per valid line of a list) against the daily budgets, all or nothing, under
 * the same per-agency advisory lock as consumeSelectorQuery (held until `m`'s transaction ends). When both budgets can
 * take them all, nothing is written yet: the caller writes the rows with their answers (recordSelectorQueries) in the
 * same transaction. Otherwise one `refused` row per line is written, and the refusal returned with their ids.
 */
export async function reserveSelectorQueries(
  m: EntityManager,
  config: AppConfig,
  actor: Pick<AuthUser, 'userId' | 'agencyId'>,
  kinds: readonly SelectorKind[],
): Promise<{ refusal: ListRefusal; queryIds: string[] } | null> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('selector-query-budget'), hashtext($1))`, [actor.agencyId]);
  const counts = await queriesInWindow(m, actor);
  const person = config.SELECTOR_QUERIES_PER_PERSON_PER_DAY;
  const agency = config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY;
  const refusal: ListRefusal | null =
    counts.person + kinds.length > person
      ? { budget: 'PERSON', limit: person, remaining: Math.max(person - counts.person, 0) }
      : counts.agency + kinds.length > agency
        ? { budget: 'AGENCY', limit: agency, remaining: Math.max(agency - counts.agency, 0) }
        : null;
  return refusal ? { refusal, queryIds: await recordSelectorQueries(m, actor, kinds, null, null) } : null;
}

/**
 * Writes one selector_queries row per kind in `kinds`, in one statement: refused ones (`hits` and `matchKeys` null), or
 * answered ones (now) with whether each revealed a holder (`hits[i]`) and the blind indexes it was matched with
 * (`matchKeys[i]`, `keyId:hex` each; the sweep opens its cases later). Returns their ids in the same order.
 */
export async function recordSelectorQueries(
  m: EntityManager,
  actor: Pick<AuthUser, 'userId' | 'agencyId'>,
  kinds: readonly SelectorKind[],
  hits: readonly boolean[] | null,
  matchKeys: ReadonlyArray<readonly string[]> | null,
): Promise<string[]> {
  if (!kinds.length) return [];
  const rows = (await m.query(
    `INSERT INTO selector_queries (querier_agency_id, querier_user_id, kind, refused, hit, match_keys, answered_at)
     SELECT $1, $2, q.kind::selector_kind, $4, q.hit, string_to_array(q.keys, ' '), CASE WHEN $4 THEN NULL ELSE statement_timestamp() END
       FROM unnest($3::text[], $5::boolean[], $6::text[]) WITH ORDINALITY AS q(kind, hit, keys, n) ORDER BY q.n
     RETURNING id`,
    [actor.agencyId, actor.userId, kinds, hits === null, hits ?? kinds.map(() => null), matchKeys ? matchKeys.map((k) => k.join(' ')) : kinds.map(() => null)],
  )) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

/** The person's and the agency's queries counted by the budgets: answered ones in the last 24 h, database clock. */
async function queriesInWindow(m: EntityManager, actor: Pick<AuthUser, 'userId' | 'agencyId'>): Promise<{ person: number; agency: number }> {
  const [counts] = (await m.query(
    `SELECT count(*) FILTER (WHERE querier_user_id = $2)::int AS person, count(*)::int AS agency
       FROM selector_queries WHERE querier_agency_id = $1 AND NOT refused AND created_at > statement_timestamp() - ${WINDOW}`,
    [actor.agencyId, actor.userId],
  )) as Array<{ person: number; agency: number }>;
  return counts;
}

/** What is left of `actor`'s daily budgets now (never below 0), and the limits (queries per 24 h). */
export async function remainingSelectorQueries(
  m: EntityManager,
  config: AppConfig,
  actor: Pick<AuthUser, 'userId' | 'agencyId'>,
): Promise<{ personRemaining: number; agencyRemaining: number; personLimit: number; agencyLimit: number }> {
  const counts = await queriesInWindow(m, actor);
  const personLimit = config.SELECTOR_QUERIES_PER_PERSON_PER_DAY;
  const agencyLimit = config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY;
  return { personRemaining: Math.max(personLimit - counts.person, 0), agencyRemaining: Math.max(agencyLimit - counts.agency, 0), personLimit, agencyLimit };
}
