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
 * `refused` when a budget is used up — in `m`'s transaction.
 * @returns the row's id, and the budget that refused it (null when counted).
 */
export async function consumeSelectorQuery(
  m: EntityManager,
  config: AppConfig,
  actor: Pick<AuthUser, 'userId' | 'agencyId'>,
  kind: SelectorKind,
  querierLeadId: string | null,
): Promise<{ queryId: string; refusedBy: { budget: SelectorBudget; limit: number } | null }> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('selector-query-budget'), hashtext($1))`, [actor.agencyId]);
  const [counts] = (await m.query(
    `SELECT count(*) FILTER (WHERE querier_user_id = $2)::int AS person, count(*)::int AS agency
       FROM selector_queries WHERE querier_agency_id = $1 AND NOT refused AND created_at > statement_timestamp() - ${WINDOW}`,
    [actor.agencyId, actor.userId],
  )) as Array<{ person: number; agency: number }>;
  const refusedBy =
    counts.person >= config.SELECTOR_QUERIES_PER_PERSON_PER_DAY
      ? { budget: 'PERSON' as const, limit: config.SELECTOR_QUERIES_PER_PERSON_PER_DAY }
      : counts.agency >= config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY
        ? { budget: 'AGENCY' as const, limit: config.SELECTOR_QUERIES_PER_AGENCY_PER_DAY }
        : null;
  const repo = m.getRepository(SelectorQueryEntity);
  const row = await repo.save(repo.create({ querierAgencyId: actor.agencyId, querierUserId: actor.userId, kind, querierLeadId, refused: !!refusedBy }));
  return { queryId: row.id, refusedBy };
}
