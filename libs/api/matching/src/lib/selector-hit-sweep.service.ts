import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyService } from '@taskforce/api-agencies';
import { AuditAction, AuditEvent, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AppConfig, scheduleSweep } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { HandlingCode, NotificationType, TlpLabel } from '@taskforce/domain';
import { defaultHitMode, hitDisclosure, HitDisclosureReason, HitMode, SelectorKind } from '@taskforce/domain/matching';
import { DataSource, EntityManager } from 'typeorm';
import { selectorQueriedBody, selectorQueriedTitle } from './selector-notices';

/** Query rows claimed per transaction. */
export const SELECTOR_SWEEP_BATCH = 500;

/** An answered query whose cases are still to open. */
interface ClaimedQuery {
  id: string;
  querier_agency_id: string;
  querier_user_id: string;
  querier_lead_id: string | null;
  kind: SelectorKind;
}

/** A holder lead of another agency one claimed query hit. */
interface SweptHit {
  query_id: string;
  lead_id: string;
  holder_agency_id: string;
  tlp: TlpLabel;
  handling_codes: HandlingCode[];
  hit_mode: HitMode | null;
}

/** One deconfliction case to open or extend, with the queries that hit it in this batch. */
interface CaseHit {
  kind: SelectorKind;
  querierAgencyId: string;
  querierUserId: string;
  querierLeadId: string | null;
  holderAgencyId: string;
  holderLeadId: string;
  revealed: boolean;
  reason: HitDisclosureReason;
  queryIds: string[];
}

const caseKey = (c: Pick<CaseHit, 'querierAgencyId' | 'querierLeadId' | 'kind' | 'holderLeadId' | 'revealed'>) =>
  `${c.querierAgencyId}|${c.querierLeadId ?? ''}|${c.kind}|${c.holderLeadId}|${c.revealed}`;

/**
 * What a selector hit sets going after the querier has had the answer (docs/hit-no-hit.md, "After the answer"): every
 * answered query (single, list line or recording) keeps its blind indexes (`selector_queries.match_keys`); this sweep
 * matches them again against the selectors recorded by the time of the answer (`answered_at`; the holder's markings
 * and mode as they are when swept), opens or extends one deconfliction case per holder lead hit (hits grow by the queries that hit
 * it), audits each case (SELECTOR_HIT, as the querying person), tells the holder's liaison officers (SELECTOR_QUERIED,
 * at most once per querying agency, holder lead and UTC day: `selector_notices`) and clears the blind indexes. So the
 * querier's request does the same work whether its selector is held or not. Runs every SELECTOR_HIT_SWEEP_SECONDS
 * (0 = never; tests call `sweep`). Safe with several API nodes (rows claimed FOR UPDATE SKIP LOCKED) and idempotent
 * (a swept row has no blind indexes left).
 */
@Injectable()
export class SelectorHitSweepService implements OnModuleInit {
  private readonly logger = new Logger(SelectorHitSweepService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly agencies: AgencyService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    scheduleSweep(this.scheduler, 'selector-hits', this.config.SELECTOR_HIT_SWEEP_SECONDS, (now) => this.sweep(now), this.logger);
  }

  /**
   * Sweeps every answered query waiting at `now` (UTC; the day of the holders' notices), SELECTOR_SWEEP_BATCH per
   * transaction, and forgets the blind indexes of queries left unanswered for an hour (their request failed).
   * @returns how many queries were swept.
   */
  async sweep(now: Date = new Date()): Promise<number> {
    await this.db.query(`UPDATE selector_queries SET match_keys = NULL WHERE match_keys IS NOT NULL AND answered_at IS NULL AND created_at < $1::timestamptz - interval '1 hour'`, [now]);
    let total = 0;
    for (;;) {
      const done = await this.sweepBatch(now);
      total += done;
      if (done < SELECTOR_SWEEP_BATCH) return total;
    }
  }

  private async sweepBatch(now: Date): Promise<number> {
    const { count, published } = await this.db.transaction(async (m) => {
      const claimed = (await m.query(
        `SELECT id, querier_agency_id, querier_user_id, querier_lead_id, kind FROM selector_queries
          WHERE match_keys IS NOT NULL AND answered_at IS NOT NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [SELECTOR_SWEEP_BATCH],
      )) as ClaimedQuery[];
      if (!claimed.length) return { count: 0, published: [] };
      const ids = claimed.map((c) => c.id);
      const hits = (await m.query(
        `SELECT DISTINCT q.id AS query_id, s.lead_id, l.originating_agency_id AS holder_agency_id, l.tlp, l.handling_codes::text[] AS handling_codes, l.hit_mode
           FROM (SELECT id, kind, querier_agency_id, answered_at, unnest(match_keys) AS mk FROM selector_queries WHERE id = ANY($1::uuid[])) q
           JOIN lead_selectors s ON s.kind = q.kind AND s.matching_key_id = split_part(q.mk, ':', 1) AND s.blind_index = split_part(q.mk, ':', 2)
                                AND s.created_at <= q.answered_at
           JOIN leads l ON l.id = s.lead_id
          WHERE l.originating_agency_id <> q.querier_agency_id`,
        [ids],
      )) as SweptHit[];
      const cases = this.casesOf(claimed, hits);
      const opened = await this.openCases(m, cases);
      await this.auditHits(m, opened);
      const drafts = await this.notices(m, opened, now);
      await m.query(`UPDATE selector_queries SET match_keys = NULL WHERE id = ANY($1::uuid[])`, [ids]);
      return { count: claimed.length, published: await this.notifications.createInTransaction(m, drafts, now) };
    });
    this.notifications.publish(published);
    return count;
  }

  /** Groups the hits of the claimed queries (oldest first) into cases, in key order; the last querying person of each is kept. */
  private casesOf(claimed: ClaimedQuery[], hits: SweptHit[]): CaseHit[] {
    const order = new Map(claimed.map((c, i) => [c.id, i]));
    const byQuery = new Map(claimed.map((c) => [c.id, c]));
    const cases = new Map<string, CaseHit>();
    for (const hit of [...hits].sort((a, b) => order.get(a.query_id)! - order.get(b.query_id)!)) {
      const q = byQuery.get(hit.query_id)!;
      const mode = hit.hit_mode ?? defaultHitMode({ tlp: hit.tlp, handlingCodes: hit.handling_codes }).mode;
      const disclosure = hitDisclosure({ tlp: hit.tlp, handlingCodes: hit.handling_codes, mode });
      const draft: CaseHit = {
        kind: q.kind,
        querierAgencyId: q.querier_agency_id,
        querierUserId: q.querier_user_id,
        querierLeadId: q.querier_lead_id,
        holderAgencyId: hit.holder_agency_id,
        holderLeadId: hit.lead_id,
        revealed: disclosure.mode === HitMode.REVEAL_HOLDER,
        reason: disclosure.reason,
        queryIds: [],
      };
      const found = cases.get(caseKey(draft)) ?? draft;
      found.querierUserId = q.querier_user_id;
      found.queryIds.push(q.id);
      cases.set(caseKey(draft), found);
    }
    // A fixed order, so that concurrent sweeps on several nodes lock shared cases in the same order.
    return [...cases.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c);
  }

  /** Opens or extends the cases in one statement; hits grow by the queries that hit each. */
  private async openCases(m: EntityManager, cases: CaseHit[]): Promise<Array<{ id: string; hit: CaseHit }>> {
    if (!cases.length) return [];
    const rows = (await m.query(
      `INSERT INTO deconfliction_cases (selector_kind, querier_agency_id, querier_user_id, querier_lead_id, holder_agency_id, holder_lead_id, holder_revealed, hits)
       SELECT c.kind::selector_kind, c.querier_agency_id, c.querier_user_id, c.querier_lead_id, c.holder_agency_id, c.holder_lead_id, c.revealed, c.hits
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::boolean[], $8::int[])
              AS c(kind, querier_agency_id, querier_user_id, querier_lead_id, holder_agency_id, holder_lead_id, revealed, hits)
       ON CONFLICT ON CONSTRAINT deconfliction_cases_one_per_pair
       DO UPDATE SET hits = deconfliction_cases.hits + EXCLUDED.hits, last_hit_at = statement_timestamp(), querier_user_id = EXCLUDED.querier_user_id
       RETURNING id, querier_agency_id, querier_lead_id, selector_kind, holder_lead_id, holder_revealed`,
      [
        cases.map((c) => c.kind),
        cases.map((c) => c.querierAgencyId),
        cases.map((c) => c.querierUserId),
        cases.map((c) => c.querierLeadId),
        cases.map((c) => c.holderAgencyId),
        cases.map((c) => c.holderLeadId),
        cases.map((c) => c.revealed),
        cases.map((c) => c.queryIds.length),
      ],
    )) as Array<{ id: string; querier_agency_id: string; querier_lead_id: string | null; selector_kind: SelectorKind; holder_lead_id: string; holder_revealed: boolean }>;
    const byKey = new Map(cases.map((c) => [caseKey(c), c]));
    return rows.map((r) => ({
      id: r.id,
      hit: byKey.get(caseKey({ querierAgencyId: r.querier_agency_id, querierLeadId: r.querier_lead_id, kind: r.selector_kind, holderLeadId: r.holder_lead_id, revealed: r.holder_revealed }))!,
    }));
  }

  /** One SELECTOR_HIT per case, recorded as the querying person who last hit it (subject: the case). */
  private async auditHits(m: EntityManager, opened: Array<{ id: string; hit: CaseHit }>): Promise<void> {
    const byActor = new Map<string, { agencyId: string; events: AuditEvent[] }>();
    for (const { id, hit } of opened) {
      const entry = byActor.get(hit.querierUserId) ?? { agencyId: hit.querierAgencyId, events: [] };
      entry.events.push({
        action: AuditAction.SELECTOR_HIT,
        subjectType: AuditSubject.DECONFLICTION_CASE,
        subjectId: id,
        details: { caseId: id, queryIds: hit.queryIds, kind: hit.kind, holderAgencyId: hit.holderAgencyId, holderLeadId: hit.holderLeadId, querierLeadId: hit.querierLeadId, revealed: hit.revealed, reason: hit.reason },
      });
      byActor.set(hit.querierUserId, entry);
    }
    for (const [userId, { agencyId, events }] of byActor) await this.audit.recordAll({ userId, agencyId, steppedUp: false }, events, m);
  }

  /**
   * Drafts the SELECTOR_QUERIED notices: one per querying agency and holder lead not yet told of on `now`'s UTC day
   * (claimed in selector_notices), to each active liaison officer of the holder agency, naming one of the cases.
   */
  private async notices(m: EntityManager, opened: Array<{ id: string; hit: CaseHit }>, now: Date): Promise<NotificationDraft[]> {
    if (!opened.length) return [];
    const pairs = new Map<string, { id: string; hit: CaseHit }>();
    for (const c of opened) if (!pairs.has(`${c.hit.querierAgencyId}|${c.hit.holderLeadId}`)) pairs.set(`${c.hit.querierAgencyId}|${c.hit.holderLeadId}`, c);
    const fresh = (await m.query(
      `INSERT INTO selector_notices (querier_agency_id, holder_lead_id, day)
       SELECT p.querier_agency_id, p.holder_lead_id, ($3::timestamptz AT TIME ZONE 'UTC')::date FROM unnest($1::uuid[], $2::uuid[]) AS p(querier_agency_id, holder_lead_id)
       ON CONFLICT DO NOTHING
       RETURNING querier_agency_id, holder_lead_id`,
      [[...pairs.values()].map((c) => c.hit.querierAgencyId), [...pairs.values()].map((c) => c.hit.holderLeadId), now],
    )) as Array<{ querier_agency_id: string; holder_lead_id: string }>;
    if (!fresh.length) return [];
    const told = fresh.map((r) => pairs.get(`${r.querier_agency_id}|${r.holder_lead_id}`)!);
    const officers = await this.users.liaisonOfficersOf([...new Set(told.map((c) => c.hit.holderAgencyId))], m);
    const queriers = new Map((await this.agencies.findByIds([...new Set(told.map((c) => c.hit.querierAgencyId))])).map((a) => [a.id, a.acronym]));
    return told.flatMap(({ id, hit }) =>
      officers
        .filter((o) => o.agencyId === hit.holderAgencyId)
        .map((officer) => ({
          recipientUserId: officer.id,
          type: NotificationType.SELECTOR_QUERIED,
          title: selectorQueriedTitle(queriers.get(hit.querierAgencyId), hit.kind),
          body: selectorQueriedBody(id),
          textValues: { ...(queriers.has(hit.querierAgencyId) ? { agency: queriers.get(hit.querierAgencyId)! } : {}), kind: hit.kind, case: id },
          operationId: null,
          leadId: hit.holderLeadId,
        })),
    );
  }
}
