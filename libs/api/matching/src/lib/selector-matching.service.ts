import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyModel, AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AppConfig, AuthUser, badInput } from '@taskforce/api-core';
import { NotificationDraft, NotificationEntity, NotificationService } from '@taskforce/api-notifications';
import { HandlingCode, NotificationType, TlpLabel } from '@taskforce/domain';
import { defaultHitMode, hitDisclosure, HitMode, isoCountry, NormalisedSelector, normaliseSelector, SelectorKind } from '@taskforce/domain/matching';
import { DataSource, EntityManager } from 'typeorm';
import { BlindIndex } from './blind-index';
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

/** What a match decided, inside its transaction: the answer, and the notifications to push after commit. */
export interface MatchOutcome {
  match: SelectorMatchModel;
  notifications: NotificationEntity[];
}

/** Names of the selector kinds in notifications (English, as the other notification titles). */
export const KIND_NAMES: Record<SelectorKind, string> = {
  [SelectorKind.PHONE]: 'a phone number',
  [SelectorKind.EMAIL]: 'an e-mail address',
  [SelectorKind.IDENTITY_DOCUMENT]: 'an identity document',
  [SelectorKind.IBAN]: 'an IBAN',
  [SelectorKind.ACCOUNT_NUMBER]: 'an account number',
  [SelectorKind.VEHICLE_REGISTRATION]: 'a vehicle registration',
  [SelectorKind.CRYPTO_ADDRESS]: 'a crypto-currency address',
  [SelectorKind.ONLINE_HANDLE]: 'an online handle',
  [SelectorKind.WEB_DOMAIN]: 'a web domain',
};

/** The title of the notice a holder's liaison officers get when `querier` (an acronym, if known) hit `kind` of their lead. */
export function selectorQueriedTitle(querier: string | undefined, kind: SelectorKind): string {
  return `${querier ?? 'Another agency'} asked about ${KIND_NAMES[kind]} of one of your leads`;
}

/**
 * Hit/no-hit matching (docs/hit-no-hit.md): a selector, normalised (libs/domain matching), is looked up by its blind
 * index under every matching key among OTHER agencies' selectors; each holder lead hit opens or extends a
 * deconfliction case, is audited and notified to the holder's liaison officers; the querier learns the holders whose
 * lead reveals them (`hitDisclosure`: the holder's mode, TLP:RED and H3 never reveal) — a hit that reveals nobody
 * answers exactly as a no-hit. Every query is counted against the daily budgets and audited.
 */
@Injectable()
export class SelectorMatchingService {
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
   * Answers a query for one selector, recording nothing but the query, its hits and cases.
   * @throws BAD_USER_INPUT naming the field; QUERY_BUDGET_EXHAUSTED (audited, nothing matched) when a daily budget is used up.
   */
  async query(actor: AuthUser, input: SelectorValueInput): Promise<SelectorMatchModel> {
    const selector = await this.normalise(actor, input);
    const queryId = await this.consumeBudget(actor, selector.kind, null);
    const outcome = await this.db.transaction((m) => this.matchInTransaction(m, actor, selector, null, queryId));
    this.notifications.publish(outcome.notifications);
    return outcome.match;
  }

  /**
   * Counts a query (or recording) against the daily budgets in a transaction of its own, so that a refusal is kept and
   * audited (SELECTOR_QUERY_REFUSED) although the request fails.
   * @returns the id of the query's row (selector_queries), which the audit entries of the match name.
   * @throws QUERY_BUDGET_EXHAUSTED with `budget` (PERSON or AGENCY) and `limit`.
   */
  async consumeBudget(actor: AuthUser, kind: SelectorKind, querierLeadId: string | null): Promise<string> {
    const { queryId, refused } = await this.db.transaction(async (m) => {
      const { queryId, refusedBy } = await consumeSelectorQuery(m, this.config, actor, kind, querierLeadId);
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
  async consumeBudgetInTransaction(m: EntityManager, actor: AuthUser, kind: SelectorKind, querierLeadId: string): Promise<string> {
    const { queryId, refusedBy } = await consumeSelectorQuery(m, this.config, actor, kind, querierLeadId);
    if (refusedBy) throw budgetExhausted(refusedBy.budget, refusedBy.limit);
    return queryId;
  }

  /**
   * Matches a normalised selector of `actor`'s agency against every other agency's selectors in `m`'s transaction:
   * opens or extends one deconfliction case per holder lead hit, audits the query (SELECTOR_QUERIED) and each hit
   * (SELECTOR_HIT), and drafts a SELECTOR_QUERIED notification to each holder's liaison officers (push the returned rows
   * after commit). `querierLeadId`: the lead the selector is being recorded on, null for a query; `queryId`: the row
   * consumeBudget wrote.
   */
  async matchInTransaction(m: EntityManager, actor: AuthUser, selector: NormalisedSelector, querierLeadId: string | null, queryId: string): Promise<MatchOutcome> {
    const indexes = this.blind.underEveryKey(selector.kind, selector.value);
    const rows = (await m.query(
      `SELECT s.lead_id, s.matching_key_id, s.blind_index, l.originating_agency_id AS holder_agency_id, l.tlp, l.handling_codes::text[] AS handling_codes, l.hit_mode
         FROM lead_selectors s JOIN leads l ON l.id = s.lead_id
        WHERE s.kind = $1 AND s.blind_index = ANY($2::text[]) AND l.originating_agency_id <> $3`,
      [selector.kind, indexes.map((i) => i.index), actor.agencyId],
    )) as MatchedRow[];
    const matched = rows.filter((r) => indexes.some((i) => i.keyId === r.matching_key_id && i.index === r.blind_index));
    const byLead = new Map(matched.map((r) => [r.lead_id, r]));
    const queryer = await this.agencies.findById(actor.agencyId);
    const revealed = new Set<string>();
    const caseIds: string[] = [];
    const drafts: NotificationDraft[] = [];
    for (const row of byLead.values()) {
      const mode = row.hit_mode ?? defaultHitMode({ tlp: row.tlp, handlingCodes: row.handling_codes }).mode;
      const disclosure = hitDisclosure({ tlp: row.tlp, handlingCodes: row.handling_codes, mode });
      const reveal = disclosure.mode === HitMode.REVEAL_HOLDER;
      if (reveal) revealed.add(row.holder_agency_id);
      const [{ id: caseId }] = (await m.query(
        `INSERT INTO deconfliction_cases (selector_kind, querier_agency_id, querier_user_id, querier_lead_id, holder_agency_id, holder_lead_id, holder_revealed)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT deconfliction_cases_one_per_pair
         DO UPDATE SET hits = deconfliction_cases.hits + 1, last_hit_at = statement_timestamp(), querier_user_id = EXCLUDED.querier_user_id
         RETURNING id`,
        [selector.kind, actor.agencyId, actor.userId, querierLeadId, row.holder_agency_id, row.lead_id, reveal],
      )) as Array<{ id: string }>;
      caseIds.push(caseId);
      await this.audit.record(
        actor,
        {
          action: AuditAction.SELECTOR_HIT,
          subjectType: AuditSubject.DECONFLICTION_CASE,
          subjectId: caseId,
          details: { caseId, queryId, kind: selector.kind, holderAgencyId: row.holder_agency_id, holderLeadId: row.lead_id, querierLeadId, revealed: reveal, reason: disclosure.reason },
        },
        m,
      );
      for (const officer of await this.users.liaisonOfficersOf(row.holder_agency_id, m)) {
        drafts.push({
          recipientUserId: officer.id,
          type: NotificationType.SELECTOR_QUERIED,
          title: selectorQueriedTitle(queryer?.acronym, selector.kind),
          body: `Deconfliction case ${caseId}: decide whether to make contact.`,
          operationId: null,
          leadId: row.lead_id,
        });
      }
    }
    await this.audit.record(
      actor,
      { action: AuditAction.SELECTOR_QUERIED, subjectType: AuditSubject.SELECTOR_QUERY, subjectId: queryId, details: { queryId, kind: selector.kind, querierLeadId, caseIds } },
      m,
    );
    const holders = (await this.agencies.findByIds([...revealed])).sort((a: AgencyModel, b: AgencyModel) => a.acronym.localeCompare(b.acronym));
    await m.query(`UPDATE selector_queries SET hit = $2 WHERE id = $1`, [queryId, holders.length > 0]);
    return { match: { kind: selector.kind, hit: holders.length > 0, holders }, notifications: await this.notifications.createInTransaction(m, drafts) };
  }
}
