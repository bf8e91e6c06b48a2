import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserService } from '@taskforce/api-auth';
import { AppConfig, AuthUser, EventBus, scheduleSweep } from '@taskforce/api-core';
import { LawChangeListener, loadSharingLaw } from '@taskforce/api-jurisdiction';
import { NotificationDraft, NotificationEntity, NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { Agreement, decideSharing, JurisdictionRule, NotificationType, parseInstant, redecidedShare, SharingDecision, SharingOutcome, shareRequest } from '@taskforce/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { LeadEntity, LeadShareEntity, LeadShareLapseReason, LeadShareStatus } from './lead.entity';
import { basisValidUntil, sameBasis } from './share-lapse';

/** Who an audit entry names when the law itself ends a share (the sweep, an operation change): nobody. */
const SYSTEM_ACTOR = { userId: null, agencyId: null } as unknown as Pick<AuthUser, 'userId' | 'agencyId'>;

/** What a lead notification may say: never more than this and a link. */
const LEAD_ATTENTION_TITLE = 'A lead needs your attention';

/** Shares that are live (readable, or waiting for approval) and may therefore lapse. */
const LIVE_STATUSES = [LeadShareStatus.ACTIVE, LeadShareStatus.PENDING_APPROVAL];

type LeadChange = 'LAPSED' | 'UPDATED';

/**
 * What a change of the law did to shares, collected inside a transaction and pushed after commit: notification
 * rows to publish and `lead.changed` events (per lead and change, the agencies that must hear of it).
 */
export class LawEffects {
  readonly lapsedShareIds: string[] = [];
  readonly narrowedShareIds: string[] = [];
  readonly drafts: NotificationDraft[] = [];
  readonly events = new Map<string, { leadId: string; change: LeadChange; agencyIds: Set<string> }>();
  published: NotificationEntity[] = [];

  event(leadId: string, change: LeadChange, agencyIds: string[]): void {
    const key = `${leadId}:${change}`;
    const entry = this.events.get(key) ?? { leadId, change, agencyIds: new Set<string>() };
    agencyIds.forEach((a) => entry.agencyIds.add(a));
    this.events.set(key, entry);
  }

  notify(recipientUserId: string, leadId: string): void {
    if (this.drafts.some((d) => d.recipientUserId === recipientUserId && d.leadId === leadId)) return;
    this.drafts.push({ recipientUserId, type: NotificationType.LEAD_SHARE_LAPSED, title: LEAD_ATTENTION_TITLE, body: null, operationId: null, leadId });
  }
}

/**
 * Shares that follow the law over time ("an agreement expiring, or an agency leaving an operation takes
 * effect at once"). The read rule (LeadPolicy.shareInEffect) already hides a share whose
 * agreement has ended or whose recipient left the operation it was made through; this service then records it:
 * - `sweep(now)`, every LEAD_LAPSE_CHECK_SECONDS (0 = off; tests call its parts with an injected instant):
 *   `lapseExpired` marks LAPSED (`AGREEMENT_ENDED`) the live shares whose `basis_valid_until` is at or before
 *   `now`; `redecideAfterBoundaries` decides again the live shares last decided before a boundary of the law
 *   that has passed since (a future-dated rule version coming into effect, an agreement starting or ending), as
 *   `reconsider` does. Safe with several API nodes: rows are claimed with FOR UPDATE SKIP LOCKED.
 * - `lapseLeftOperation`: on `operation.agency.removed`, live shares made through that operation to that agency
 *   lapse (`LEFT_OPERATION`); shares made to the agency by name are kept — the originator chose it, not the
 *   operation.
 * - `reconsider(m, actor, at)`: when an admin changes the law, in the admin's transaction, the engine
 *   (`decideSharing`, never re-implemented) decides every live share again at `at`: DENY or REQUIRES_APPROVAL
 *   → LAPSED (`LAW_CHANGED`; the originator may share again); an ALLOW/ALLOW_REDACTED that removes more →
 *   the share is narrowed (redactions added, legal basis, reasons and summary of the new decision); a more
 *   permissive result never widens a share — only its legal basis (and its end) follow the new decision.
 *   A pending share, or one a liaison officer approved, lapses only on DENY; otherwise it only gains the new removals.
 * Each lapse is audited, the originating agency's liaison officers get "A lead needs your attention", and
 * `lead.changed` (`LAPSED` or `UPDATED`) goes to the originator and the recipient after commit.
 */
@Injectable()
export class ShareLapseService implements OnModuleInit, OnModuleDestroy, LawChangeListener<LawEffects> {
  private readonly logger = new Logger(ShareLapseService.name);
  private subscription?: { unsubscribe(): void };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
    private readonly users: UserService,
  ) {}

  onModuleInit(): void {
    scheduleSweep(this.scheduler, 'lead-share-lapse', this.config.LEAD_LAPSE_CHECK_SECONDS, (now) => this.sweep(now), this.logger);
    this.subscription = this.bus.on('operation.agency.removed', async ({ operationId, agencyId }) => {
      await this.lapseLeftOperation(operationId, agencyId);
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** Both parts of the periodic sweep at `now` (UTC). */
  async sweep(now: Date): Promise<void> {
    await this.lapseExpired(now);
    await this.redecideAfterBoundaries(now);
  }

  /**
   * Decides again, at `now` (UTC), the live shares last decided (`law_checked_at`, else `decided_at`) before the
   * latest boundary of the stored law that is not after `now`: a rule version's `effectiveFrom` or end, an
   * agreement's `inForceFrom` or end (ends exclusive, as the engine reads them). Returns what changed.
   */
  async redecideAfterBoundaries(now: Date): Promise<{ lapsedShareIds: string[]; narrowedShareIds: string[] }> {
    const effects = await this.db.transaction(async (m) => {
      const { agreements, rules } = await loadSharingLaw(m);
      const windows = [...agreements.map((a) => [a.inForceFrom, a.inForceTo]), ...rules.map((r) => [r.effectiveFrom, r.effectiveTo])];
      const passed = windows.flatMap(([from, to]) => [startOf(from), exclusiveEndOf(to)]).filter((ms): ms is number => ms !== null && ms <= now.getTime());
      if (!passed.length) return new LawEffects();
      const latest = new Date(Math.max(...passed));
      const ids = ((await m.query(
        `SELECT id FROM lead_shares WHERE status = ANY($1::lead_share_status[]) AND COALESCE(law_checked_at, decided_at) < $2
          ORDER BY created_at, id FOR UPDATE SKIP LOCKED`,
        [LIVE_STATUSES, latest],
      )) as Array<{ id: string }>).map((r) => r.id);
      if (!ids.length) return new LawEffects();
      return this.reconsider(m, SYSTEM_ACTOR, now, ids);
    });
    this.publish(effects);
    return { lapsedShareIds: effects.lapsedShareIds, narrowedShareIds: effects.narrowedShareIds };
  }

  /** Marks LAPSED every live share whose agreement ended at or before `now` (UTC); returns the share ids. */
  async lapseExpired(now: Date): Promise<string[]> {
    const effects = await this.db.transaction(async (m) => {
      const ids = ((await m.query(
        `SELECT id FROM lead_shares WHERE status = ANY($1::lead_share_status[]) AND basis_valid_until <= $2
          ORDER BY basis_valid_until, id FOR UPDATE SKIP LOCKED`,
        [LIVE_STATUSES, now],
      )) as Array<{ id: string }>).map((r) => r.id);
      return this.lapseAll(m, SYSTEM_ACTOR, ids, LeadShareLapseReason.AGREEMENT_ENDED, now);
    });
    this.publish(effects);
    return effects.lapsedShareIds;
  }

  /**
   * Marks LAPSED the live shares made through `operationId` to `agencyId`, unless the agency takes part in the
   * operation again; returns the share ids.
   */
  async lapseLeftOperation(operationId: string, agencyId: string, now: Date = new Date()): Promise<string[]> {
    const effects = await this.db.transaction(async (m) => {
      const ids = ((await m.query(
        `SELECT s.id FROM lead_shares s
          WHERE s.status = ANY($1::lead_share_status[]) AND s.operation_id = $2 AND s.recipient_agency_id = $3
            AND NOT ${OperationPolicy.takesPart('s.operation_id', 's.recipient_agency_id')}
          ORDER BY s.created_at, s.id FOR UPDATE OF s SKIP LOCKED`,
        [LIVE_STATUSES, operationId, agencyId],
      )) as Array<{ id: string }>).map((r) => r.id);
      return this.lapseAll(m, SYSTEM_ACTOR, ids, LeadShareLapseReason.LEFT_OPERATION, now);
    });
    this.publish(effects);
    return effects.lapsedShareIds;
  }

  /**
   * Inside the caller's transaction (an admin's change of an agreement or rule, already written): decides every
   * live share (or those of `onlyShareIds`) again at `at` with the stored law and lapses or narrows it (see the
   * class docs); each gets `law_checked_at` = `at`. Pending shares lapse only when the engine now denies them
   * (otherwise they still wait for a liaison officer). Call `publish` with the result after commit.
   */
  async reconsider(m: EntityManager, actor: Pick<AuthUser, 'userId' | 'agencyId'>, at: Date, onlyShareIds?: string[]): Promise<LawEffects> {
    const effects = new LawEffects();
    if (!onlyShareIds) {
      // LeadService.share locks the lead before it reads the law: holding every lead here makes a share being
      // made right now either commit first (and be decided again below) or read the law as this change leaves it.
      await m.query('SELECT id FROM leads ORDER BY id FOR UPDATE');
    }
    const qb = m
      .getRepository(LeadShareEntity)
      .createQueryBuilder('s')
      .where('s.status IN (:...statuses)', { statuses: LIVE_STATUSES });
    if (onlyShareIds) qb.andWhere('s.id IN (:...ids)', { ids: onlyShareIds.length ? onlyShareIds : ['00000000-0000-0000-0000-000000000000'] });
    const shares = await qb
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    if (!shares.length) return effects;
    await m.getRepository(LeadShareEntity).update({ id: In(shares.map((s) => s.id)) }, { lawCheckedAt: at });
    shares.forEach((s) => (s.lawCheckedAt = at));
    const leads = new Map((await m.getRepository(LeadEntity).findBy({ id: In([...new Set(shares.map((s) => s.leadId))]) })).map((l) => [l.id, l]));
    const agencies = new Map((await m.getRepository(AgencyEntity).find()).map((a) => [a.id, a]));
    const { agreements, rules } = await loadSharingLaw(m);
    const operationIds = [...new Set([...leads.values()].map((l) => l.operationId).filter((id): id is string => !!id))];
    const members = await OperationPolicy.participants(m, operationIds);
    const liaisons = new Map<string, string[]>();
    for (const share of shares) {
      const lead = leads.get(share.leadId)!;
      if (effects.lapsedShareIds.includes(share.id)) continue; // lapsed above with the share it was passed on from
      const held = await this.heldBySender(m, lead, share, shares, effects);
      if (held === undefined) {
        // An onward share whose sender no longer holds the lead: nothing left to pass on.
        await this.lapseOne(m, actor, share, lead, LeadShareLapseReason.LAW_CHANGED, at, effects, liaisons, null);
        continue;
      }
      const decision = decideAgain(lead, share, held, agencies, agreements, rules, (lead.operationId ? members.get(lead.operationId) : undefined) ?? [], at);
      // A liaison officer's approval stands: a share that was approved (or still waits for one) lapses only when the
      // law now denies it; a share that went through without approval lapses when it would now need one.
      const approved = share.status === LeadShareStatus.ACTIVE && share.approvalAt !== null;
      const lapses =
        share.status === LeadShareStatus.PENDING_APPROVAL || approved
          ? decision.outcome === SharingOutcome.DENY
          : decision.outcome === SharingOutcome.DENY || decision.outcome === SharingOutcome.REQUIRES_APPROVAL;
      if (lapses) {
        await this.lapseOne(m, actor, share, lead, LeadShareLapseReason.LAW_CHANGED, at, effects, liaisons, decision.outcome);
        continue;
      }
      // An onward share never carries more than its sender holds now: the sender's current removals stay in.
      const recorded = redecidedShare(share, decision, held ?? null);
      const redacted = recorded.redactedCategories;
      if (share.status === LeadShareStatus.PENDING_APPROVAL) {
        // Still waiting for a liaison officer: its outcome and reasons stay, but approval must not give back data
        // the law now removes, so the new removals (and their reasons) are added.
        if (recorded.narrowed) {
          await m.getRepository(LeadShareEntity).update({ id: share.id }, { redactedCategories: redacted, reasons: [...share.reasons, ...recorded.addedRemovalReasons] });
          await this.audit.record(
            actor,
            { action: AuditAction.LEAD_SHARE_NARROWED, subjectType: AuditSubject.LEAD_SHARE, subjectId: share.id, details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId, redactedCategories: redacted } },
            m,
          );
          effects.narrowedShareIds.push(share.id);
        }
        continue;
      }
      if (recorded.narrowed) {
        Object.assign(share, {
          outcome: approved ? share.outcome : SharingOutcome.ALLOW_REDACTED,
          redactedCategories: redacted,
          legalBasis: decision.legalBasis,
          reasons: recorded.reasons,
          conditions: decision.conditions,
          summary: decision.summary,
          decidedAt: at,
          basisValidUntil: basisValidUntil(decision.legalBasis, agreements),
        });
        await m.getRepository(LeadShareEntity).save(share);
        await this.audit.record(
          actor,
          { action: AuditAction.LEAD_SHARE_NARROWED, subjectType: AuditSubject.LEAD_SHARE, subjectId: share.id, details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId, redactedCategories: redacted } },
          m,
        );
        effects.narrowedShareIds.push(share.id);
        effects.event(lead.id, 'UPDATED', [lead.originatingAgencyId, share.recipientAgencyId]);
        continue;
      }
      const until = basisValidUntil(decision.legalBasis, agreements);
      if (!sameBasis(share.legalBasis, decision.legalBasis) || (share.basisValidUntil?.getTime() ?? null) !== (until?.getTime() ?? null)) {
        // The share keeps what it was given; only the instrument it now rests on (and when that ends) follows the law.
        await m.getRepository(LeadShareEntity).update({ id: share.id }, { legalBasis: decision.legalBasis, basisValidUntil: until });
      }
    }
    effects.published = await this.notifications.createInTransaction(m, effects.drafts, at);
    return effects;
  }

  /** Pushes, after commit, the notifications and `lead.changed` events a change of the law produced. */
  publish(effects: LawEffects): void {
    this.notifications.publish(effects.published);
    for (const e of effects.events.values()) this.bus.publish('lead.changed', { leadId: e.leadId, change: e.change, agencyIds: [...e.agencyIds].sort() });
  }

  private async lapseAll(m: EntityManager, actor: Pick<AuthUser, 'userId' | 'agencyId'>, ids: string[], reason: LeadShareLapseReason, now: Date): Promise<LawEffects> {
    const effects = new LawEffects();
    if (!ids.length) return effects;
    const shares = await m.getRepository(LeadShareEntity).findBy({ id: In(ids) });
    const leads = new Map((await m.getRepository(LeadEntity).findBy({ id: In([...new Set(shares.map((s) => s.leadId))]) })).map((l) => [l.id, l]));
    const liaisons = new Map<string, string[]>();
    for (const share of shares.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))) {
      await this.lapseOne(m, actor, share, leads.get(share.leadId)!, reason, now, effects, liaisons, null);
    }
    effects.published = await this.notifications.createInTransaction(m, effects.drafts, now);
    return effects;
  }

  /**
   * How the sender of `share` holds the lead now: null for a first share (the originator holds it whole), the
   * sender's ACTIVE share for an onward share, or undefined when the sender no longer holds it (lapsed, revoked).
   */
  private async heldBySender(m: EntityManager, lead: LeadEntity, share: LeadShareEntity, batch: LeadShareEntity[], effects: LawEffects): Promise<LeadShareEntity | null | undefined> {
    if (!share.senderAgencyId || share.senderAgencyId === lead.originatingAgencyId) return null;
    const inBatch = batch.find((o) => o.leadId === lead.id && o.recipientAgencyId === share.senderAgencyId && o.status === LeadShareStatus.ACTIVE);
    if (inBatch) return effects.lapsedShareIds.includes(inBatch.id) ? undefined : inBatch;
    const stored = await m.getRepository(LeadShareEntity).findOne({ where: { leadId: lead.id, recipientAgencyId: share.senderAgencyId, status: LeadShareStatus.ACTIVE } });
    if (!stored || (stored.basisValidUntil && stored.basisValidUntil.getTime() <= Date.now())) return undefined;
    return stored;
  }

  private async lapseOne(
    m: EntityManager,
    actor: Pick<AuthUser, 'userId' | 'agencyId'>,
    share: LeadShareEntity,
    lead: LeadEntity,
    reason: LeadShareLapseReason,
    now: Date,
    effects: LawEffects,
    liaisons: Map<string, string[]>,
    outcome: SharingOutcome | null,
  ): Promise<void> {
    await m.getRepository(LeadShareEntity).update({ id: share.id }, { status: LeadShareStatus.LAPSED, lapsedAt: now, lapseReason: reason });
    await this.audit.record(
      actor,
      {
        action: AuditAction.LEAD_SHARE_LAPSED,
        subjectType: AuditSubject.LEAD_SHARE,
        subjectId: share.id,
        details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId, lapseReason: reason, previousStatus: share.status, ...(outcome ? { outcome } : {}) },
      },
      m,
    );
    effects.lapsedShareIds.push(share.id);
    if (share.status === LeadShareStatus.ACTIVE) effects.event(lead.id, 'LAPSED', [lead.originatingAgencyId, share.recipientAgencyId]);
    if (!liaisons.has(lead.originatingAgencyId)) liaisons.set(lead.originatingAgencyId, (await this.users.liaisonOfficersOf(lead.originatingAgencyId)).map((u) => u.id));
    for (const userId of liaisons.get(lead.originatingAgencyId)!) effects.notify(userId, lead.id);
    if (share.status !== LeadShareStatus.ACTIVE) return;
    // What the recipient passed on goes with it: its onward shares lapse too (and theirs, in turn).
    const onward = await m
      .getRepository(LeadShareEntity)
      .find({ where: { leadId: lead.id, senderAgencyId: share.recipientAgencyId, status: In(LIVE_STATUSES) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const next of onward) {
      if (next.id === share.id || effects.lapsedShareIds.includes(next.id)) continue;
      await this.lapseOne(m, actor, next, lead, reason, now, effects, liaisons, null);
    }
  }
}

/** UTC ms at which a bound that starts a window takes effect (null = none or unreadable). */
function startOf(bound: string | null | undefined): number | null {
  return parseInstant(bound)?.ms ?? null;
}

/** UTC ms just after a window's inclusive end (a bare date covers its whole day), as the engine reads it. */
function exclusiveEndOf(bound: string | null | undefined): number | null {
  const end = parseInstant(bound);
  if (!end) return null;
  return end.dateOnly ? end.ms + 86_400_000 : end.ms + 1;
}

/** Active liaison officers of an agency. */
/**
 * The engine's decision for an existing share taken again at `at`, for the share's purpose: a first share by the
 * originating agency (`held` null, the lead as stored), or an onward share — then the lead goes in as the sender
 * holds it (`held`: its categories removed on the way in are absent) and the sender is its agency.
 */
function decideAgain(
  lead: LeadEntity,
  share: LeadShareEntity,
  held: LeadShareEntity | null,
  agencies: Map<string, AgencyEntity>,
  agreements: Agreement[],
  rules: JurisdictionRule[],
  operationAgencyIds: string[],
  at: Date,
): SharingDecision {
  const holder = held ? { senderAgencyId: held.recipientAgencyId, redactedCategories: held.redactedCategories, reasons: held.reasons } : null;
  return decideSharing(shareRequest(lead, holder, share.recipientAgencyId, share.purpose, { agencies, agreements, rules, operationAgencyIds, at: at.toISOString() }));
}
