import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppConfig, AuthUser, badInput } from '@taskforce/api-core';
import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { defaultHitMode, hitDisclosure, HitMode, isoCountry, NormalisedSelector, normaliseSelector } from '@taskforce/domain/matching';
import { DataSource, EntityManager } from 'typeorm';
import { BlindIndex, matchKeysOf } from './blind-index';
import { SelectorValueInput } from './dto/selector.inputs';
import { budgetExhausted, consumeSelectorQuery } from './selector-budget';
import { SelectorMatchModel } from './selector.model';

/** A stored selector whose blind index matched, with the markings of its lead. */
interface MatchedRow {
  lead_id: string;
  matching_key_id: string;
  blind_index: string;
  holder_agency_id: string;
  tlp: TlpLabel;
  handling_codes: HandlingCode[];
  hit_mode: HitMode | null;
}

/**
 * Hit/no-hit matching (docs/hit-no-hit.md): a selector, normalised (libs/domain matching), is looked up by its blind
 * index under every matching key among OTHER agencies' selectors; the querier learns the holders whose lead reveals
 * them (`hitDisclosure`: the holder's mode, TLP:RED and H3 never reveal) — a hit that reveals nobody answers exactly
 * as a no-hit, with the same SQL statements. Every query is counted against the daily budgets and audited; its
 * deconfliction cases, SELECTOR_HIT entries and the holders' notices come after the answer (SelectorHitSweepService).
 */
@Injectable()
export class SelectorMatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly blind: BlindIndex,
    private readonly audit: AuditService,
    private readonly agencies: AgencyService,
  ) {}

  /**
   * The normalised selector of `input`, with national phone numbers read in `input.region` or else the agency's country.
   * @throws BAD_USER_INPUT naming each field to correct (`region` when it is not an ISO 3166-1 alpha-2 code; `phone`,
   * `iban`, `issuingCountry`, …; never echoing the value).
   */
  async normalise(actor: Pick<AuthUser, 'agencyId'>, input: SelectorValueInput): Promise<NormalisedSelector> {
    const given = input.region?.trim();
    if (given && !isoCountry(given)) throw badInput([{ field: 'region', message: 'region must be an ISO 3166-1 alpha-2 country code, such as RO' }]);
    const region = isoCountry(given) || (await this.agencies.findById(actor.agencyId))?.country || null;
    const { kind, region: _region, ...fields } = input;
    const result = normaliseSelector(kind, fields as never, { defaultRegion: region });
    if (!result.ok) throw badInput(result.problems);
    return result.selector;
  }

  /**
   * Answers a query for one selector, recording nothing but the query (its cases follow from the sweep).
   * @throws BAD_USER_INPUT naming the field; QUERY_BUDGET_EXHAUSTED (audited, nothing matched) when a daily budget is used up.
   */
  async query(actor: AuthUser, input: SelectorValueInput): Promise<SelectorMatchModel> {
    const selector = await this.normalise(actor, input);
    const queryId = await this.consumeBudget(actor, selector, null);
    return this.db.transaction((m) => this.matchInTransaction(m, actor, selector, null, queryId));
  }

  /**
   * Counts a query (or recording) against the daily budgets in a transaction of its own, so that a refusal is kept and
   * audited (SELECTOR_QUERY_REFUSED) although the request fails.
   * The row keeps the selector's blind indexes for the sweep.
   * @returns the id of the query's row (selector_queries), which the audit entries of the match name.
   * @throws QUERY_BUDGET_EXHAUSTED with `budget` (PERSON or AGENCY) and `limit`.
   */
  async consumeBudget(actor: AuthUser, selector: NormalisedSelector, querierLeadId: string | null): Promise<string> {
    const kind = selector.kind;
    const { queryId, refused } = await this.db.transaction(async (m) => {
      const { queryId, refusedBy } = await consumeSelectorQuery(m, this.config, actor, kind, querierLeadId, this.matchKeys(selector));
      if (!refusedBy) return { queryId, refused: null };
      await this.audit.record(
        actor,
        { action: AuditAction.SELECTOR_QUERY_REFUSED, subjectType: AuditSubject.SELECTOR_QUERY, subjectId: queryId, details: { queryId, kind, querierLeadId, ...refusedBy } },
        m,
      );
      return { queryId, refused: refusedBy };
    });
    if (refused) throw budgetExhausted(refused.budget, refused.limit);
    return queryId;
  }

  /**
   * Counts a recording against the daily budgets inside the caller's transaction `m` (an import that must write all
   * or nothing): a refusal throws and so rolls everything back, its refusal included.
   * @returns the id of the query's row. @throws QUERY_BUDGET_EXHAUSTED with `budget` and `limit`.
   */
  async consumeBudgetInTransaction(m: EntityManager, actor: AuthUser, selector: NormalisedSelector, querierLeadId: string): Promise<string> {
    const { queryId, refusedBy } = await consumeSelectorQuery(m, this.config, actor, selector.kind, querierLeadId, this.matchKeys(selector));
    if (refusedBy) throw budgetExhausted(refusedBy.budget, refusedBy.limit);
    return queryId;
  }

  /** The blind indexes of `selector` under every matching key, as a query row keeps them (`keyId:hex`). */
  matchKeys(selector: NormalisedSelector): string[] {
    return matchKeysOf(this.blind.underEveryKey(selector.kind, selector.value));
  }

  /**
   * Matches a normalised selector of `actor`'s agency against every other agency's selectors in `m`'s transaction,
   * audits the query (SELECTOR_QUERIED) and records whether the answer revealed a holder; writes nothing else, so a
   * hidden hit runs the very statements of a no-hit (the sweep opens the cases). `querierLeadId`: the lead the
   * selector is being recorded on, null for a query; `queryId`: the row consumeBudget wrote.
   * @returns the answer: the kind, whether a holder is revealed, the revealed holder agencies by acronym.
   */
  async matchInTransaction(m: EntityManager, actor: AuthUser, selector: NormalisedSelector, querierLeadId: string | null, queryId: string): Promise<SelectorMatchModel> {
    const indexes = this.blind.underEveryKey(selector.kind, selector.value);
    const rows = (await m.query(
      `SELECT s.lead_id, s.matching_key_id, s.blind_index, l.originating_agency_id AS holder_agency_id, l.tlp, l.handling_codes::text[] AS handling_codes, l.hit_mode
         FROM lead_selectors s JOIN leads l ON l.id = s.lead_id
        WHERE s.kind = $1 AND s.blind_index = ANY($2::text[]) AND l.originating_agency_id <> $3`,
      [selector.kind, indexes.map((i) => i.index), actor.agencyId],
    )) as MatchedRow[];
    const matched = rows.filter((r) => indexes.some((i) => i.keyId === r.matching_key_id && i.index === r.blind_index));
    const revealed = new Set<string>();
    for (const row of matched) {
      const mode = row.hit_mode ?? defaultHitMode({ tlp: row.tlp, handlingCodes: row.handling_codes }).mode;
      if (hitDisclosure({ tlp: row.tlp, handlingCodes: row.handling_codes, mode }).mode === HitMode.REVEAL_HOLDER) revealed.add(row.holder_agency_id);
    }
    await this.audit.record(
      actor,
      { action: AuditAction.SELECTOR_QUERIED, subjectType: AuditSubject.SELECTOR_QUERY, subjectId: queryId, details: { queryId, kind: selector.kind, querierLeadId } },
      m,
    );
    const holders = (await this.agencies.findByIds([...revealed])).sort((a: AgencyModel, b: AgencyModel) => a.acronym.localeCompare(b.acronym));
    await m.query(`UPDATE selector_queries SET hit = $2, answered_at = statement_timestamp() WHERE id = $1`, [queryId, holders.length > 0]);
    return { kind: selector.kind, hit: holders.length > 0, holders };
  }
}
