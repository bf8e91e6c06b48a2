import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditEvent, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AppConfig, AuthUser, badInput } from '@taskforce/api-core';
import { NotificationDraft, NotificationEntity, NotificationService } from '@taskforce/api-notifications';
import { HandlingCode, NotificationType, TlpLabel } from '@taskforce/domain';
import { defaultHitMode, hitDisclosure, HitDisclosureReason, HitMode, NormalisedSelector, SelectorKind } from '@taskforce/domain/matching';
import { DataSource, EntityManager } from 'typeorm';
import { BlindIndex } from './blind-index';
import { ListRefusal, listBudgetExhausted, recordSelectorQueries, reserveSelectorQueries } from './selector-budget';
import { readSelectorList, SelectorListLine } from './selector-list';
import { selectorQueriedTitle } from './selector-matching.service';
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

/** A holder lead hit by the list, with what it reveals and how many lines hit it. */
interface LeadHit {
  kind: SelectorKind;
  leadId: string;
  holderAgencyId: string;
  revealed: boolean;
  reason: HitDisclosureReason;
  lines: number;
}

type ValidLine = Extract<SelectorListLine, { selector: NormalisedSelector }>;

/**
 * A list of selectors queried at once (CSV; docs/hit-no-hit.md, "Lists of selectors"): each valid line is a query as
 * `SelectorMatchingService.query` answers it — revealed holders only, a hidden hit exactly as a no-hit — counted
 * against the daily budgets, all lines or none. The whole list is matched in one SQL statement; its query rows, its
 * deconfliction cases, its audit entries and its notifications are written in one statement each, whatever its length.
 */
@Injectable()
export class SelectorListMatchingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly blind: BlindIndex,
    private readonly audit: AuditService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
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
      if (!valid.length) return { refusal: null, holders: new Map<number, AgencyModel[]>(), notifications: [] };
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
    this.notifications.publish(outcome.notifications!);
    const holdersOf = outcome.holders!;
    const lines: SelectorListLineModel[] = list.lines.map((l) => {
      if (!l.selector) return { line: l.line, kind: l.kind, hit: null, holders: [], errors: l.errors };
      const holders = holdersOf.get(l.line) ?? [];
      return { line: l.line, kind: l.kind, hit: holders.length > 0, holders, errors: [] };
    });
    return { lines, queried: valid.length, hits: lines.filter((l) => l.hit).length, rejected: list.lines.length - valid.length };
  }

  /** Matches, records and audits the valid lines; returns the revealed holders per file line and the notifications to push. */
  private async matchInTransaction(m: EntityManager, actor: AuthUser, valid: ValidLine[]): Promise<{ holders: Map<number, AgencyModel[]>; notifications: NotificationEntity[] }> {
    const keys = valid.flatMap((l, ord) => this.blind.underEveryKey(l.kind, l.selector.value).map((i) => ({ ord, kind: l.kind, ...i })));
    const rows = (await m.query(
      `SELECT DISTINCT q.ord, s.lead_id, l.originating_agency_id AS holder_agency_id, l.tlp, l.handling_codes::text[] AS handling_codes, l.hit_mode
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS q(ord, kind, key_id, blind_index)
         JOIN lead_selectors s ON s.kind = q.kind::selector_kind AND s.matching_key_id = q.key_id AND s.blind_index = q.blind_index
         JOIN leads l ON l.id = s.lead_id
        WHERE l.originating_agency_id <> $5`,
      [keys.map((k) => k.ord), keys.map((k) => k.kind), keys.map((k) => k.keyId), keys.map((k) => k.index), actor.agencyId],
    )) as ListHitRow[];
    const leadHits = new Map<string, LeadHit>();
    const revealedByOrd = new Map<number, Set<string>>();
    for (const row of rows) {
      const kind = valid[row.ord].kind;
      const mode = row.hit_mode ?? defaultHitMode({ tlp: row.tlp, handlingCodes: row.handling_codes }).mode;
      const disclosure = hitDisclosure({ tlp: row.tlp, handlingCodes: row.handling_codes, mode });
      const revealed = disclosure.mode === HitMode.REVEAL_HOLDER;
      const key = `${row.lead_id}|${kind}`;
      const hit = leadHits.get(key) ?? { kind, leadId: row.lead_id, holderAgencyId: row.holder_agency_id, revealed, reason: disclosure.reason, lines: 0 };
      hit.lines += 1;
      leadHits.set(key, hit);
      if (revealed) revealedByOrd.set(row.ord, (revealedByOrd.get(row.ord) ?? new Set()).add(row.holder_agency_id));
    }
    const queryIds = await recordSelectorQueries(m, actor, valid.map((l) => l.kind), valid.map((_, ord) => revealedByOrd.has(ord)));
    const cases = await this.openCases(m, actor, [...leadHits.values()]);
    const events: AuditEvent[] = cases.map(({ id, hit }) => ({
      action: AuditAction.SELECTOR_HIT,
      subjectType: AuditSubject.DECONFLICTION_CASE,
      subjectId: id,
      details: { caseId: id, list: true, kind: hit.kind, lines: hit.lines, holderAgencyId: hit.holderAgencyId, holderLeadId: hit.leadId, querierLeadId: null, revealed: hit.revealed, reason: hit.reason },
    }));
    events.push({
      action: AuditAction.SELECTOR_QUERIED,
      subjectType: AuditSubject.SELECTOR_QUERY,
      subjectId: queryIds[0],
      details: { list: true, queries: queryIds.length, firstQueryId: queryIds[0], lastQueryId: queryIds[queryIds.length - 1], kinds: kindCounts(valid), querierLeadId: null, caseIds: cases.map((c) => c.id) },
    });
    await this.audit.recordAll(actor, events, m);
    const notifications = await this.notify(m, actor, cases);
    const agencies = new Map((await this.agencies.findByIds([...new Set(rows.map((r) => r.holder_agency_id))])).map((a) => [a.id, a]));
    const holders = new Map<number, AgencyModel[]>();
    for (const [ord, ids] of revealedByOrd) {
      holders.set(valid[ord].line, [...ids].map((id) => agencies.get(id)!).sort((a, b) => a.acronym.localeCompare(b.acronym)));
    }
    return { holders, notifications };
  }

  /** Opens or extends one deconfliction case per holder lead and kind hit, adding the lines that hit it, in one statement. */
  private async openCases(m: EntityManager, actor: AuthUser, hits: LeadHit[]): Promise<Array<{ id: string; hit: LeadHit }>> {
    if (!hits.length) return [];
    const rows = (await m.query(
      `INSERT INTO deconfliction_cases (selector_kind, querier_agency_id, querier_user_id, querier_lead_id, holder_agency_id, holder_lead_id, holder_revealed, hits)
       SELECT c.kind::selector_kind, $1, $2, NULL, c.holder_agency_id, c.holder_lead_id, c.revealed, c.hits
         FROM unnest($3::text[], $4::uuid[], $5::uuid[], $6::boolean[], $7::int[]) AS c(kind, holder_agency_id, holder_lead_id, revealed, hits)
       ON CONFLICT ON CONSTRAINT deconfliction_cases_one_per_pair
       DO UPDATE SET hits = deconfliction_cases.hits + EXCLUDED.hits, last_hit_at = statement_timestamp(), querier_user_id = EXCLUDED.querier_user_id
       RETURNING id, holder_lead_id, selector_kind`,
      [actor.agencyId, actor.userId, hits.map((h) => h.kind), hits.map((h) => h.holderAgencyId), hits.map((h) => h.leadId), hits.map((h) => h.revealed), hits.map((h) => h.lines)],
    )) as Array<{ id: string; holder_lead_id: string; selector_kind: SelectorKind }>;
    const byKey = new Map(hits.map((h) => [`${h.leadId}|${h.kind}`, h]));
    return rows.map((r) => ({ id: r.id, hit: byKey.get(`${r.holder_lead_id}|${r.selector_kind}`)! }));
  }

  /** Drafts one SELECTOR_QUERIED notification per case to each liaison officer of its holder agency. */
  private async notify(m: EntityManager, actor: AuthUser, cases: Array<{ id: string; hit: LeadHit }>): Promise<NotificationEntity[]> {
    if (!cases.length) return [];
    const querier = await this.agencies.findById(actor.agencyId);
    const officers = await this.users.liaisonOfficersOf([...new Set(cases.map((c) => c.hit.holderAgencyId))], m);
    const drafts: NotificationDraft[] = cases.flatMap(({ id, hit }) =>
      officers
        .filter((o) => o.agencyId === hit.holderAgencyId)
        .map((officer) => ({
          recipientUserId: officer.id,
          type: NotificationType.SELECTOR_QUERIED,
          title: selectorQueriedTitle(querier?.acronym, hit.kind),
          body: `Deconfliction case ${id}: decide whether to make contact.`,
          operationId: null,
          leadId: hit.leadId,
        })),
    );
    return this.notifications.createInTransaction(m, drafts);
  }
}

/** Lines per kind, for audit details (never a value). */
function kindCounts(lines: readonly ValidLine[]): Partial<Record<SelectorKind, number>> {
  const counts: Partial<Record<SelectorKind, number>> = {};
  for (const l of lines) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
  return counts;
}
