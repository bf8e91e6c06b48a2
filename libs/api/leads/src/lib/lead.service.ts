import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserEntity } from '@taskforce/api-auth';
import { AuthUser, badInput, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationAccessService } from '@taskforce/api-operations';
import {
  Agreement,
  AgencyRef,
  decideSharing,
  HandlingCode,
  JurisdictionRule,
  NotificationType,
  Role,
  SharingDecision,
  SharingOutcome,
  SharingPurpose,
  sortCategories,
} from '@taskforce/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateLeadInput, DecideLeadShareApprovalInput, RevealPotentialVictimInput, ShareLeadInput } from './dto/lead.inputs';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';
import { LeadAccessService } from './lead-access.service';
import { LeadCipherService } from './lead-cipher.service';
import { projectLead } from './lead-projection';
import { LeadEntity, LeadPersonEntity, LeadPersonRole, LeadShareEntity, LeadShareStatus, LeadStatus } from './lead.entity';
import { LeadModel, LeadShareModel, PotentialVictimIdentityModel, SharingPreviewModel } from './lead.model';
import { shareLawColumns } from './share-lapse';

/** Roles that record and share their agency's leads. */
const LEAD_WRITER_ROLES: readonly Role[] = [Role.ANALYST, Role.LIAISON_OFFICER, Role.COORDINATOR];

/** What a notification about a lead may say: never more than this and a link. */
const LEAD_ATTENTION_TITLE = 'A lead needs your attention';

function isLeadWriter(actor: AuthUser): boolean {
  return actor.roles.some((r) => LEAD_WRITER_ROLES.includes(r));
}

/** The stored agreement in the engine's shape. */
export function agreementOf(e: AgreementEntity): Agreement {
  return { id: e.id, kind: e.kind, title: e.title, article: e.article, parties: e.parties, dataCategories: e.dataCategories, purposes: e.purposes, inForceFrom: e.inForceFrom, inForceTo: e.inForceTo, suspended: e.suspended };
}

/** The stored rule version in the engine's shape. */
export function ruleOf(e: JurisdictionRuleEntity): JurisdictionRule {
  return { id: e.id, version: e.version, effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo, scope: e.scope, flows: e.flows, ...(e.when ? { when: e.when } : {}), condition: e.condition, text: e.text };
}

function agencyRef(a: AgencyEntity): AgencyRef {
  return { id: a.id, name: a.name, kind: a.kind, country: a.country };
}

/** A generated pseudonym for a potential victim, e.g. "PV-3F9A1C". */
function pseudonym(): string {
  return `PV-${randomBytes(3).toString('hex').toUpperCase()}`;
}

export function shareToModel(s: LeadShareEntity): LeadShareModel {
  return {
    id: s.id,
    leadId: s.leadId,
    recipientAgencyId: s.recipientAgencyId,
    sharedById: s.sharedById,
    purpose: s.purpose,
    outcome: s.outcome,
    status: s.status,
    redactedCategories: s.redactedCategories,
    legalBasis: s.legalBasis,
    reasons: s.reasons,
    conditions: s.conditions,
    summary: s.summary,
    decidedAt: s.decidedAt,
    approvalReason: s.approvalReason,
    approvalAt: s.approvalAt,
    revokedAt: s.revokedAt,
    createdAt: s.createdAt,
  };
}

/**
 * Leads: recording, need-to-know reads (through LeadAccessService), sharing with the decision of the engine in
 * libs/domain (`decideSharing`, never re-implemented here), approvals, revocation and the stated-reason read of a
 * potential victim's identity. Changes and their notifications are written in one transaction and pushed after
 * commit.
 */
@Injectable()
export class LeadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: LeadAccessService,
    private readonly operations: OperationAccessService,
    private readonly notifications: NotificationService,
    private readonly cipher: LeadCipherService,
    private readonly audit: AuditService,
  ) {}

  /** Projections of the given readable leads for the caller, in the given order. */
  private async project(actor: AuthUser, leads: LeadEntity[], manager: EntityManager = this.db.manager): Promise<LeadModel[]> {
    if (!leads.length) return [];
    const ids = leads.map((l) => l.id);
    const persons = await manager.getRepository(LeadPersonEntity).find({ where: { leadId: In(ids) } });
    const shares = await manager.getRepository(LeadShareEntity).find({ where: { leadId: In(ids), recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE } });
    return leads.map((lead) => {
      const share = lead.originatingAgencyId === actor.agencyId ? null : (shares.find((s) => s.leadId === lead.id) ?? null);
      return projectLead(lead, persons.filter((p) => p.leadId === lead.id), share);
    });
  }

  /** Leads the caller may read, newest first (at most 200). */
  async list(actor: AuthUser): Promise<LeadModel[]> {
    const rows = await this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .where(LeadAccessService.readableCondition('l'), { viewerAgencyId: actor.agencyId })
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .take(200)
      .getMany();
    return this.project(actor, rows);
  }

  /** How many leads the caller may read (same rule as `list`). */
  count(actor: AuthUser): Promise<number> {
    return this.db.getRepository(LeadEntity).createQueryBuilder('l').where(LeadAccessService.readableCondition('l'), { viewerAgencyId: actor.agencyId }).getCount();
  }

  /** One lead as the caller may read it. @throws NOT_FOUND ("Lead not found") otherwise. */
  async get(actor: AuthUser, leadId: string): Promise<LeadModel> {
    const model = await this.load(actor, leadId);
    await this.audit.record(actor, { action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: model.id, details: { leadId: model.id } });
    return model;
  }

  /** `get` without the audit entry (for returning what the caller just wrote). */
  private async load(actor: AuthUser, leadId: string): Promise<LeadModel> {
    const { lead } = await this.access.requireReadable(actor, leadId);
    return (await this.project(actor, [lead]))[0];
  }

  /** TLP:RED named recipients of a lead, for its originating agency only (empty for everyone else). */
  async namedRecipientIds(actor: AuthUser, leadId: string): Promise<string[]> {
    const { lead, share } = await this.access.requireReadable(actor, leadId);
    return share ? [] : lead.namedRecipientAgencyIds;
  }

  /**
   * Shares of a lead the caller may read: every share for the originating agency, the caller's own for a recipient.
   */
  async sharesOf(actor: AuthUser, lead: LeadModel): Promise<LeadShareModel[]> {
    await this.access.requireReadable(actor, lead.id);
    const where = lead.originatingAgencyId === actor.agencyId ? { leadId: lead.id } : { leadId: lead.id, recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE };
    const rows = await this.db.getRepository(LeadShareEntity).find({ where, order: { createdAt: 'ASC' } });
    return rows.map(shareToModel);
  }

  /**
   * Records a lead of the caller's agency. Potential victims get a generated pseudonym; their identity fields are
   * encrypted. @throws FORBIDDEN unless analyst, liaison officer or coordinator; NOT_FOUND for an operation the
   * caller cannot see; BAD_USER_INPUT for an H3 without condition (or a condition without H3), a suspect without
   * name, or TLP:RED named recipients that are not agencies.
   */
  async create(actor: AuthUser, input: CreateLeadInput): Promise<LeadModel> {
    if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators record leads');
    const hasH3 = input.handlingCodes.includes(HandlingCode.H3);
    const condition = input.handlingCondition?.trim() || null;
    const problems = [];
    if (hasH3 && !condition) problems.push({ field: 'handlingCondition', message: 'H3 needs its condition' });
    if (!hasH3 && condition) problems.push({ field: 'handlingCondition', message: 'a condition is given only with H3' });
    (input.persons ?? []).forEach((p, i) => {
      if (p.role === LeadPersonRole.SUSPECT && !p.name) problems.push({ field: `persons.${i}.name`, message: 'a suspect needs a name' });
      if (p.role === LeadPersonRole.SUSPECT && (p.dateOfBirth || p.nationality)) problems.push({ field: `persons.${i}`, message: 'identity fields are for potential victims' });
    });
    if (problems.length) throw badInput(problems);
    const lead = await this.db.transaction(async (m) => {
      if (input.operationId) await this.operations.requireVisible(actor, input.operationId, m);
      const named = [...new Set(input.namedRecipientAgencyIds ?? [])];
      if (named.length && (await m.getRepository(AgencyEntity).countBy({ id: In(named) })) !== named.length) {
        throw badInput([{ field: 'namedRecipientAgencyIds', message: 'every named recipient must be an agency' }]);
      }
      const repo = m.getRepository(LeadEntity);
      const saved = await repo.save(
        repo.create({
          summary: input.summary,
          details: input.details,
          operationId: input.operationId ?? null,
          originatingAgencyId: actor.agencyId,
          formOfExploitation: input.formOfExploitation,
          route: input.route.map((s) => ({ country: s.country, role: s.role })),
          dataCategories: sortCategories(new Set(input.dataCategories)),
          tlp: input.tlp,
          namedRecipientAgencyIds: named,
          sourceReliability: input.sourceReliability,
          informationCredibility: input.informationCredibility,
          handlingCodes: [...new Set(input.handlingCodes)].sort(),
          handlingCondition: condition,
          status: LeadStatus.NEW,
          version: 1,
          createdById: actor.userId,
        }),
      );
      const persons = m.getRepository(LeadPersonEntity);
      for (const [position, p] of (input.persons ?? []).entries()) {
        if (p.role === LeadPersonRole.SUSPECT) {
          await persons.save(persons.create({ leadId: saved.id, position, role: p.role, name: p.name!, pseudonym: null, description: p.description ?? null, identityCiphertext: null, identityKeyId: null }));
          continue;
        }
        const identity = p.name || p.dateOfBirth || p.nationality ? this.cipher.seal(JSON.stringify({ fullName: p.name ?? null, dateOfBirth: p.dateOfBirth ?? null, nationality: p.nationality ?? null })) : null;
        await persons.save(
          persons.create({ leadId: saved.id, position, role: p.role, name: null, pseudonym: pseudonym(), description: p.description ?? null, identityCiphertext: identity?.ciphertext ?? null, identityKeyId: identity?.keyId ?? null }),
        );
      }
      await this.audit.record(actor, { action: AuditAction.LEAD_CREATED, subjectType: AuditSubject.LEAD, subjectId: saved.id, details: { leadId: saved.id, tlp: saved.tlp } }, m);
      return saved;
    });
    return this.load(actor, lead.id);
  }

  /** Everything the engine needs besides lead, recipient and purpose: agencies, agreements, rules, the instant. */
  private async context(m: EntityManager, lead: LeadEntity) {
    const agencies = await m.getRepository(AgencyEntity).find();
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const agreements = (await m.getRepository(AgreementEntity).find()).map(agreementOf);
    const rules = (await m.getRepository(JurisdictionRuleEntity).find()).map(ruleOf);
    const operationAgencyIds = lead.operationId
      ? ((await m.query('SELECT agency_id::text AS id FROM operation_agencies WHERE operation_id = $1', [lead.operationId])) as Array<{ id: string }>).map((r) => r.id)
      : [];
    return { byId, agreements, rules, operationAgencyIds, at: new Date().toISOString() };
  }

  /** The engine's decision for one recipient (first share by the originator) at `ctx.at`. */
  private decide(lead: LeadEntity, recipient: AgencyEntity, purpose: SharingPurpose, ctx: Awaited<ReturnType<LeadService['context']>>): SharingDecision {
    const originator = ctx.byId.get(lead.originatingAgencyId)!;
    return decideSharing({
      lead: {
        id: lead.id,
        originatingAgency: agencyRef(originator),
        formOfExploitation: lead.formOfExploitation,
        routeCountries: lead.route.map((s) => s.country),
        dataCategories: lead.dataCategories,
        markings: {
          tlp: lead.tlp,
          sourceReliability: lead.sourceReliability,
          informationCredibility: lead.informationCredibility,
          handlingCodes: lead.handlingCodes,
          handlingCondition: lead.handlingCondition,
        },
        namedRecipientAgencyIds: lead.namedRecipientAgencyIds,
        operationAgencyIds: ctx.operationAgencyIds,
      },
      recipient: { ...agencyRef(recipient), taskForceMember: true },
      sender: null,
      agreements: ctx.agreements,
      rules: ctx.rules,
      purpose,
      at: ctx.at,
    });
  }

  /**
   * The lead (readable by the caller) and the recipient agencies of a share request: the ids given, or every other
   * agency of a joint operation the caller can see. Only the originating agency shares (first share).
   * @throws NOT_FOUND for an unreadable lead or invisible operation; FORBIDDEN for a recipient agency trying to
   *   pass the lead on or a role that does not share; BAD_USER_INPUT for unknown or missing recipients.
   */
  private async resolveRequest(actor: AuthUser, input: ShareLeadInput, m: EntityManager, lock: boolean) {
    const { lead, share } = await this.access.requireReadable(actor, input.leadId, m, lock);
    if (share) throw forbidden('Only the originating agency shares this lead');
    if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators share leads');
    const hasIds = !!input.recipientAgencyIds?.length;
    if (hasIds === !!input.operationId) throw badInput([{ field: 'recipientAgencyIds', message: 'give either recipientAgencyIds or operationId' }]);
    let ids: string[];
    if (input.operationId) {
      const facts = await this.operations.requireVisible(actor, input.operationId, m);
      ids = [...facts.participatingAgencyIds];
    } else {
      ids = [...new Set(input.recipientAgencyIds)];
    }
    ids = ids.filter((id) => id !== lead.originatingAgencyId);
    const ctx = await this.context(m, lead);
    const recipients = ids.map((id) => ctx.byId.get(id));
    if (recipients.some((r) => !r)) throw badInput([{ field: 'recipientAgencyIds', message: 'every recipient must be an agency' }]);
    const sorted = (recipients as AgencyEntity[]).sort((a, b) => a.acronym.localeCompare(b.acronym));
    return { lead, recipients: sorted, ctx };
  }

  private async liveShares(m: EntityManager, leadId: string): Promise<LeadShareEntity[]> {
    return m.getRepository(LeadShareEntity).find({ where: { leadId, status: In([LeadShareStatus.ACTIVE, LeadShareStatus.PENDING_APPROVAL]) } });
  }

  /** Per recipient, the decision sharing now would get, with its reasons; nothing is recorded but the audit entry. */
  async preview(actor: AuthUser, input: ShareLeadInput): Promise<SharingPreviewModel[]> {
    const m = this.db.manager;
    const { lead, recipients, ctx } = await this.resolveRequest(actor, input, m, false);
    const live = await this.liveShares(m, lead.id);
    const previews = recipients.map((r) => {
      const d = this.decide(lead, r, input.purpose, ctx);
      return {
        recipientAgencyId: r.id,
        outcome: d.outcome,
        redactedCategories: d.redactedCategories,
        legalBasis: d.legalBasis,
        reasons: d.reasons,
        conditions: d.conditions,
        summary: d.summary,
        purpose: d.purpose,
        at: d.at,
        existingShareStatus: live.find((s) => s.recipientAgencyId === r.id)?.status ?? null,
      };
    });
    await this.audit.record(actor, {
      action: AuditAction.LEAD_SHARE_PREVIEWED,
      subjectType: AuditSubject.LEAD,
      subjectId: lead.id,
      details: { leadId: lead.id, purpose: input.purpose, decisions: previews.map((p) => ({ recipientAgencyId: p.recipientAgencyId, outcome: p.outcome })) },
    });
    return previews;
  }

  /**
   * Shares the lead: each recipient's decision is re-taken now; ALLOW and ALLOW_REDACTED become ACTIVE shares,
   * REQUIRES_APPROVAL a PENDING_APPROVAL share (the originating agency's liaison officers are notified), DENY
   * records nothing. A recipient with a live share keeps it (returned as is).
   */
  async share(actor: AuthUser, input: ShareLeadInput): Promise<LeadShareModel[]> {
    const { shares, published } = await this.db.transaction(async (m) => {
      const { lead, recipients, ctx } = await this.resolveRequest(actor, input, m, true);
      const live = await this.liveShares(m, lead.id);
      const repo = m.getRepository(LeadShareEntity);
      const shares: LeadShareEntity[] = [];
      const drafts: NotificationDraft[] = [];
      for (const r of recipients) {
        const existing = live.find((s) => s.recipientAgencyId === r.id);
        if (existing) {
          shares.push(existing);
          continue;
        }
        const d = this.decide(lead, r, input.purpose, ctx);
        if (d.outcome === SharingOutcome.DENY) {
          await this.audit.record(actor, { action: AuditAction.LEAD_SHARE_DENIED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, recipientAgencyId: r.id, purpose: d.purpose, outcome: d.outcome } }, m);
          continue;
        }
        const status = d.outcome === SharingOutcome.REQUIRES_APPROVAL ? LeadShareStatus.PENDING_APPROVAL : LeadShareStatus.ACTIVE;
        const saved = await repo.save(
          repo.create({
            leadId: lead.id,
            recipientAgencyId: r.id,
            purpose: d.purpose,
            outcome: d.outcome,
            redactedCategories: d.redactedCategories,
            legalBasis: d.legalBasis,
            reasons: d.reasons,
            conditions: d.conditions,
            summary: d.summary,
            decidedAt: new Date(d.at),
            status,
            sharedById: actor.userId,
            approvalById: null,
            approvalAt: null,
            approvalReason: null,
            revokedById: null,
            revokedAt: null,
            ...shareLawColumns(d.legalBasis, ctx.agreements, input.operationId ?? null),
          }),
        );
        shares.push(saved);
        await this.audit.record(
          actor,
          { action: AuditAction.LEAD_SHARED, subjectType: AuditSubject.LEAD_SHARE, subjectId: saved.id, details: { leadId: lead.id, shareId: saved.id, recipientAgencyId: r.id, purpose: d.purpose, outcome: d.outcome, status } },
          m,
        );
        const to = status === LeadShareStatus.ACTIVE ? await this.liaisonOfficers(m, r.id) : await this.liaisonOfficers(m, lead.originatingAgencyId);
        const type = status === LeadShareStatus.ACTIVE ? NotificationType.LEAD_SHARED : NotificationType.LEAD_APPROVAL_REQUESTED;
        drafts.push(...to.filter((id) => id !== actor.userId).map((id) => attention(id, type, lead.id)));
      }
      return { shares, published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    return shares.map(shareToModel);
  }

  /** Active liaison officers of an agency. */
  private async liaisonOfficers(m: EntityManager, agencyId: string): Promise<string[]> {
    const users = await m.getRepository(UserEntity).find({ where: { agencyId } });
    return users.filter((u) => !u.disabledAt && u.roles.includes(Role.LIAISON_OFFICER)).map((u) => u.id);
  }

  /**
   * A share of a lead of the caller's agency. @throws NOT_FOUND ("Lead share not found") for unknown ids and for
   * shares of leads the caller's agency did not originate — recipients included.
   */
  private async requireOwnShare(actor: AuthUser, shareId: string, m: EntityManager): Promise<{ share: LeadShareEntity; lead: LeadEntity }> {
    if (!isUuid(shareId)) throw notFound('Lead share');
    const share = await m.getRepository(LeadShareEntity).createQueryBuilder('s').where('s.id = :shareId', { shareId }).setLock('pessimistic_write').getOne();
    if (!share) throw notFound('Lead share');
    const lead = await m.getRepository(LeadEntity).findOneBy({ id: share.leadId });
    if (!lead || lead.originatingAgencyId !== actor.agencyId) throw notFound('Lead share');
    return { share, lead };
  }

  /** Pending approvals of the caller's agency's leads (liaison officers only; empty for anyone else). */
  async pendingApprovals(actor: AuthUser): Promise<LeadShareModel[]> {
    if (!actor.roles.includes(Role.LIAISON_OFFICER)) return [];
    const rows = await this.db
      .getRepository(LeadShareEntity)
      .createQueryBuilder('s')
      .innerJoin(LeadEntity, 'l', 'l.id = s.lead_id')
      .where('l.originating_agency_id = :agencyId AND s.status = :status', { agencyId: actor.agencyId, status: LeadShareStatus.PENDING_APPROVAL })
      .orderBy('s.created_at', 'ASC')
      .getMany();
    return rows.map(shareToModel);
  }

  /**
   * A liaison officer of the originating agency approves (→ ACTIVE, the recipient's liaison officers are told) or
   * refuses (→ REFUSED) a pending share, with a reason; the person who asked is told either way.
   * @throws NOT_FOUND as requireOwnShare; FORBIDDEN unless liaison officer; BAD_USER_INPUT when not pending.
   */
  async decideApproval(actor: AuthUser, input: DecideLeadShareApprovalInput): Promise<LeadShareModel> {
    const { share, published } = await this.db.transaction(async (m) => {
      const { share, lead } = await this.requireOwnShare(actor, input.shareId, m);
      if (!actor.roles.includes(Role.LIAISON_OFFICER)) throw forbidden("Only the originating agency's liaison officers decide on approvals");
      if (share.status !== LeadShareStatus.PENDING_APPROVAL) throw badInput([{ field: 'shareId', message: 'the share is not waiting for approval' }]);
      share.status = input.approve ? LeadShareStatus.ACTIVE : LeadShareStatus.REFUSED;
      share.approvalById = actor.userId;
      share.approvalAt = new Date();
      share.approvalReason = input.reason;
      const saved = await m.getRepository(LeadShareEntity).save(share);
      await this.audit.record(
        actor,
        {
          action: input.approve ? AuditAction.LEAD_SHARE_APPROVED : AuditAction.LEAD_SHARE_REFUSED,
          subjectType: AuditSubject.LEAD_SHARE,
          subjectId: share.id,
          reason: input.reason,
          details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId },
        },
        m,
      );
      const drafts: NotificationDraft[] = [];
      if (share.sharedById !== actor.userId) drafts.push(attention(share.sharedById, NotificationType.LEAD_APPROVAL_DECIDED, lead.id));
      if (input.approve) {
        drafts.push(...(await this.liaisonOfficers(m, share.recipientAgencyId)).map((id) => attention(id, NotificationType.LEAD_SHARED, lead.id)));
      }
      return { share: saved, published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    return shareToModel(share);
  }

  /**
   * The originating agency withdraws an active or pending share; the recipient loses the lead at once.
   * @throws NOT_FOUND as requireOwnShare; FORBIDDEN for roles that do not share; BAD_USER_INPUT when already ended.
   */
  async revoke(actor: AuthUser, shareId: string): Promise<LeadShareModel> {
    return this.db.transaction(async (m) => {
      const { share } = await this.requireOwnShare(actor, shareId, m);
      if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators revoke shares');
      if (share.status !== LeadShareStatus.ACTIVE && share.status !== LeadShareStatus.PENDING_APPROVAL) {
        throw badInput([{ field: 'shareId', message: 'the share has already ended' }]);
      }
      share.status = LeadShareStatus.REVOKED;
      share.revokedById = actor.userId;
      share.revokedAt = new Date();
      const saved = await m.getRepository(LeadShareEntity).save(share);
      await this.audit.record(actor, { action: AuditAction.LEAD_SHARE_REVOKED, subjectType: AuditSubject.LEAD_SHARE, subjectId: share.id, details: { leadId: share.leadId, shareId: share.id, recipientAgencyId: share.recipientAgencyId } }, m);
      return shareToModel(saved);
    });
  }

  /**
   * Decrypts a potential victim's identity for the originating agency's analysts, liaison officers and
   * coordinators, with a stated reason, recorded (who, agency, when, why) in victim_identity_reads before the
   * identity is decrypted. Identities are never shared with recipients.
   * @throws NOT_FOUND ("Person not found") for unknown ids, persons of leads the caller cannot read, and for
   *   recipients; FORBIDDEN for other roles; BAD_USER_INPUT when the person is not a potential victim with an identity.
   */
  async reveal(actor: AuthUser, input: RevealPotentialVictimInput): Promise<PotentialVictimIdentityModel> {
    if (!isUuid(input.personId)) throw notFound('Person');
    const person = await this.db.getRepository(LeadPersonEntity).findOneBy({ id: input.personId });
    if (!person) throw notFound('Person');
    let readable;
    try {
      readable = await this.access.requireReadable(actor, person.leadId);
    } catch {
      throw notFound('Person');
    }
    if (readable.share) throw notFound('Person');
    if (!isLeadWriter(actor)) throw forbidden("Only analysts, liaison officers and coordinators read a potential victim's identity");
    if (person.role !== LeadPersonRole.POTENTIAL_VICTIM || !person.identityCiphertext || !person.identityKeyId) {
      throw badInput([{ field: 'personId', message: 'no identity is stored for this person' }]);
    }
    await this.db.transaction(async (m) => {
      await m.query('INSERT INTO victim_identity_reads (person_id, reader_id, reader_agency_id, reason) VALUES ($1, $2, $3, $4)', [person.id, actor.userId, actor.agencyId, input.reason]);
      await this.audit.record(actor, { action: AuditAction.VICTIM_IDENTITY_READ, subjectType: AuditSubject.LEAD_PERSON, subjectId: person.id, reason: input.reason, details: { leadId: person.leadId, personId: person.id } }, m);
    });
    const identity = JSON.parse(this.cipher.open({ keyId: person.identityKeyId, ciphertext: person.identityCiphertext })) as { fullName: string | null; dateOfBirth: string | null; nationality: string | null };
    return { personId: person.id, pseudonym: person.pseudonym ?? '', fullName: identity.fullName, dateOfBirth: identity.dateOfBirth, nationality: identity.nationality };
  }
}

/** A notification about a lead: a fixed title and a link, nothing from the lead itself. */
function attention(recipientUserId: string, type: NotificationType, leadId: string): NotificationDraft {
  return { recipientUserId, type, title: LEAD_ATTENTION_TITLE, body: `/leads/${leadId}`, operationId: null };
}
