import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AppConfig, AuthUser } from '@taskforce/api-core';
import { DataSource } from 'typeorm';
import { remainingSelectorQueries } from './selector-budget';
import { SelectorQueryBudgetModel, SelectorQueryVolumeModel } from './selector.model';

/**
 * What is left of a person's budgets, and selector query volumes per querying agency (docs/hit-no-hit.md, "Query volumes"), read from `selector_queries`: what
 * a platform admin watches for fishing. Counts what each querier was answered — a hidden hit is a no-hit here too — so
 * the figures tell nobody more about other agencies' leads than the queriers learnt.
 */
@Injectable()
export class SelectorVolumesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly agencies: AgencyService,
    private readonly config: AppConfig,
  ) {}

  /** What is left of `actor`'s daily selector query budgets now. */
  budget(actor: AuthUser): Promise<SelectorQueryBudgetModel> {
    return remainingSelectorQueries(this.db.manager, this.config, actor);
  }

  /**
   * Per agency with any query in the last `days` × 24 hours (database clock): queries answered, those that revealed a
   * holder, queries refused by a budget; by agency acronym. The caller checks the platform admin role.
   */
  async volumes(days: number): Promise<SelectorQueryVolumeModel[]> {
    const rows = (await this.db.query(
      `SELECT querier_agency_id AS agency_id,
              count(*) FILTER (WHERE NOT refused)::int AS queries,
              count(*) FILTER (WHERE NOT refused AND hit)::int AS hits,
              count(*) FILTER (WHERE refused)::int AS refusals
         FROM selector_queries
        WHERE created_at > statement_timestamp() - make_interval(days => $1)
        GROUP BY querier_agency_id`,
      [days],
    )) as Array<{ agency_id: string; queries: number; hits: number; refusals: number }>;
    const agencies = new Map((await this.agencies.findByIds(rows.map((r) => r.agency_id))).map((a) => [a.id, a]));
    return rows
      .filter((r) => agencies.has(r.agency_id))
      .map((r) => ({ agency: agencies.get(r.agency_id)!, queries: r.queries, hits: r.hits, refusals: r.refusals }))
      .sort((a, b) => a.agency.acronym.localeCompare(b.agency.acronym));
  }
}
