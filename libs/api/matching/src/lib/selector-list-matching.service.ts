import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AppConfig, AuthUser, badInput } from '@taskforce/api-core';
import { HandlingCode, TlpLabel } from '@taskforce/domain';
import { defaultHitMode, hitDisclosure, HitMode, NormalisedSelector, SelectorKind } from '@taskforce/domain/matching';
import { DataSource, EntityManager } from 'typeorm';
import { BlindIndex, matchKeysOf } from './blind-index';
import { ListRefusal, listBudgetExhausted, recordSelectorQueries, reserveSelectorQueries } from './selector-budget';
import { readSelectorList, SelectorListLine } from './selector-list';
import { SelectorListLineModel, SelectorListReportModel } from './selector.model';

/** A stored selector of another agency hit by line `ord` (0-based among the list's valid lines). */
interface ListHitRow {
  ord: number;
  lead_id: string;
  holder_agency_id: string;
  tlp: TlpLabel;
  handling_codes: HandlingCode[];
  hit_mode: HitMode | null;
}

type ValidLine = Extract<SelectorListLine, { selector: NormalisedSelector }>;

/**
 * A list of selectors queried at once (CSV; docs/hit-no-hit.md, "Lists of selectors"): each valid line is a query as
 * `SelectorMatchingService.query` answers it — revealed holders only, a hidden hit exactly as a no-hit — counted
 * against the daily budgets, all lines or none. The whole list is matched in one SQL statement and its query rows
 * written in one, whatever its length; its deconfliction cases, SELECTOR_HIT entries and the holders' notices come
 * after the answer (SelectorHitSweepService).
 */
@Injectable()
export class SelectorListMatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly blind: BlindIndex,
    private readonly audit: AuditService,
    private readonly agencies: AgencyService,
  ) {}

  /**
   * Queries every valid line of `csv` (format: `readSelectorList`) for `actor`.
   * @returns one line per data line of the file, in file order, with `queried`, `hits` and `rejected` totals.
   * @throws BAD_USER_INPUT on `csv` (missing column, more than 10,000 lines); QUERY_BUDGET_EXHAUSTED (`budget`, `limit`,
   *   `lines`, `remaining`; audited SELECTOR_QUERY_REFUSED, nothing matched) when a budget cannot cover every valid line.
   */
  async queryCsv(actor: AuthUser, csv: string): Promise<SelectorListReportModel> {
    const region = (await this.agencies.findById(actor.agencyId))?.country ?? null;
    const list = readSelectorList(csv, region);
    if (!list.ok) throw badInput(list.problems);
    const valid = list.lines.filter((l): l is ValidLine => !!l.selector);
    const outcome = await this.db.transaction(async (m) => {
      if (!valid.length) return { refusal: null, holders: new Map<number, AgencyModel[]>() };
      const refused = await reserveSelectorQueries(m, this.config, actor, valid.map((l) => l.kind));
      if (refused) {
        const { refusal, queryIds } = refused;
        const details = { list: true, firstQueryId: queryIds[0], lines: valid.length, kinds: kindCounts(valid), ...refusal };
        await this.audit.record(actor, { action: AuditAction.SELECTOR_QUERY_REFUSED, subjectType: AuditSubject.SELECTOR_QUERY, subjectId: queryIds[0], details }, m);
        return { refusal };
      }
      return { refusal: null, ...(await this.matchInTransaction(m, actor, valid)) };
    });
    if (outcome.refusal) throw listBudgetExhausted(outcome.refusal as ListRefusal, valid.length);
    const holdersOf = outcome.holders!;
    const lines: SelectorListLineModel[] = list.lines.map((l) => {
      if (!l.selector) return { line: l.line, kind: l.kind, hit: null, holders: [], errors: l.errors };
      const holders = holdersOf.get(l.line) ?? [];
      return { line: l.line, kind: l.kind, hit: holders.length > 0, holders, errors: [] };
    });
    return { lines, queried: valid.length, hits: lines.filter((l) => l.hit).length, rejected: list.lines.length - valid.length };
  }

  /**
   * Matches the valid lines and records them (query rows with their blind indexes for the sweep, one SELECTOR_QUERIED
   * entry); returns the revealed holders per file line. Writes nothing else: the cases, their SELECTOR_HIT entries and
   * the holders' notices come from the sweep, so hidden hits run the very statements of no-hits.
   */
  private async matchInTransaction(m: EntityManager, actor: AuthUser, valid: ValidLine[]): Promise<{ holders: Map<number, AgencyModel[]> }> {
    const indexesOf = valid.map((l) => this.blind.underEveryKey(l.kind, l.selector.value));
    const keys = valid.flatMap((l, ord) => indexesOf[ord].map((i) => ({ ord, kind: l.kind, ...i })));
    const rows = (await m.query(
      `SELECT DISTINCT q.ord, s.lead_id, l.originating_agency_id AS holder_agency_id, l.tlp, l.handling_codes::text[] AS handling_codes, l.hit_mode
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS q(ord, kind, key_id, blind_index)
         JOIN lead_selectors s ON s.kind = q.kind::selector_kind AND s.matching_key_id = q.key_id AND s.blind_index = q.blind_index
         JOIN leads l ON l.id = s.lead_id
        WHERE l.originating_agency_id <> $5`,
      [keys.map((k) => k.ord), keys.map((k) => k.kind), keys.map((k) => k.keyId), keys.map((k) => k.index), actor.agencyId],
    )) as ListHitRow[];
    const revealedByOrd = new Map<number, Set<string>>();
    for (const row of rows) {
      const mode = row.hit_mode ?? defaultHitMode({ tlp: row.tlp, handlingCodes: row.handling_codes }).mode;
      if (hitDisclosure({ tlp: row.tlp, handlingCodes: row.handling_codes, mode }).mode !== HitMode.REVEAL_HOLDER) continue;
      revealedByOrd.set(row.ord, (revealedByOrd.get(row.ord) ?? new Set()).add(row.holder_agency_id));
    }
    const queryIds = await recordSelectorQueries(
      m,
      actor,
      valid.map((l) => l.kind),
      valid.map((_, ord) => revealedByOrd.has(ord)),
      indexesOf.map((indexes) => matchKeysOf(indexes)),
    );
    await this.audit.record(
      actor,
      {
        action: AuditAction.SELECTOR_QUERIED,
        subjectType: AuditSubject.SELECTOR_QUERY,
        subjectId: queryIds[0],
        details: { list: true, queries: queryIds.length, firstQueryId: queryIds[0], lastQueryId: queryIds[queryIds.length - 1], kinds: kindCounts(valid), querierLeadId: null },
      },
      m,
    );
    const agencies = new Map((await this.agencies.findByIds([...new Set([...revealedByOrd.values()].flatMap((ids) => [...ids]))])).map((a) => [a.id, a]));
    const holders = new Map<number, AgencyModel[]>();
    for (const [ord, ids] of revealedByOrd) {
      holders.set(valid[ord].line, [...ids].map((id) => agencies.get(id)!).sort((a, b) => a.acronym.localeCompare(b.acronym)));
    }
    return { holders };
  }
}

/** Lines per kind, for audit details (never a value). */
function kindCounts(lines: readonly ValidLine[]): Partial<Record<SelectorKind, number>> {
  const counts: Partial<Record<SelectorKind, number>> = {};
  for (const l of lines) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
  return counts;
}
