import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { UserEntity } from '@taskforce/api-auth';
import { AuthUser, badInput, conflict, EventBus, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationAccessService } from '@taskforce/api-operations';
import { TaskEntity, TaskModel, TaskService } from '@taskforce/api-tasks';
import {
  Agreement,
  AgencyRef,
  decideSharing,
  DataCategory,
  HandlingCode,
  isCoordinatorOf,
  isOperationWritable,
  JurisdictionRule,
  NotificationType,
  REASON_CODE_EFFECT,
  Role,
  SharingDecision,
  SharingOutcome,
  SharingPurpose,
  sortCategories,
} from '@taskforce/domain';
import { randomBytes } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { CreateLeadInput, DecideLeadShareApprovalInput, LinkTaskToLeadInput, RevealPotentialVictimInput, ShareLeadInput, UpdateLeadInput } from './dto/lead.inputs';
import { AgreementEntity, JurisdictionRuleEntity } from './jurisdiction.entity';
import { LeadAccessService, ReadableLead } from './lead-access.service';
import { leadAudience } from './lead-events';
import { containsPattern, projectionMatches } from './lead-search';
import { LeadCipherService } from './lead-cipher.service';
import { projectLead } from './lead-projection';
import { LeadEntity, LeadPersonEntity, LeadPersonRole, LeadShareEntity, LeadShareLapseReason, LeadShareStatus, LeadStatus } from './lead.entity';
import { LeadModel, LeadShareModel, PotentialVictimIdentityModel, SharingPreviewModel } from './lead.model';
import { shareLawColumns } from './share-lapse';

/** Roles that record and share their agency's leads. */
const LEAD_WRITER_ROLES: readonly Role[] = [Role.ANALYST, Role.LIAISON_OFFICER, Role.COORDINATOR];

/** What a notification about a lead may say: never more than this and a link. */
const LEAD_ATTENTION_TITLE = 'A lead needs your attention';

function isLeadWriter(actor: AuthUser): boolean {
  return actor.roles.some((r) => LEAD_WRITER_ROLES.includes(r));
}

/**
 * Allowed moves of a lead's status (the originating agency's assessment): NEW → UNDER_ASSESSMENT | CLOSED;
 * UNDER_ASSESSMENT → ACTIONED | CLOSED; ACTIONED → CLOSED; CLOSED → UNDER_ASSESSMENT (reopened for a new
 * assessment). Nothing goes back to NEW.
 */
export const LEAD_STATUS_MOVES: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  [LeadStatus.NEW]: [LeadStatus.UNDER_ASSESSMENT, LeadStatus.CLOSED],
  [LeadStatus.UNDER_ASSESSMENT]: [LeadStatus.ACTIONED, LeadStatus.CLOSED],
  [LeadStatus.ACTIONED]: [LeadStatus.CLOSED],
  [LeadStatus.CLOSED]: [LeadStatus.UNDER_ASSESSMENT],
};

/** Fields of a lead that updateLead edits besides the status (markings and categories would need new decisions). */
const EDITABLE_FIELDS = ['summary', 'details', 'formOfExploitation', 'sourceReliability', 'informationCredibility'] as const;

/**
 * True when the caller's identity carries a well-formed agency and user id. A token or session without them must
 * never reach a query: an undefined agency id in a TypeORM `where` drops the condition and would match every row.
 */
function hasClaims(actor: Partial<Pick<AuthUser, 'agencyId' | 'userId'>> | null | undefined): actor is Pick<AuthUser, 'agencyId' | 'userId'> {
  return !!actor && typeof actor.agencyId === 'string' && isUuid(actor.agencyId) && typeof actor.userId === 'string' && isUuid(actor.userId);
}

/** @throws NOT_FOUND ("<what> not found") when the caller's identity lacks its agency or user id. */
function requireClaims(actor: Partial<Pick<AuthUser, 'agencyId' | 'userId'>> | null | undefined, what: string): void {
  if (!hasClaims(actor)) throw notFound(what);
}

/** The categories of a lead as an agency holds it: all for the originator, minus its share's removals for a recipient. */
function heldCategories(lead: LeadEntity, share: LeadShareEntity | null): DataCategory[] {
  const removed = new Set(share?.redactedCategories ?? []);
  return lead.dataCategories.filter((c) => !removed.has(c));
}

/**
 * What a share made now records: the engine's decision completed with what the sender no longer holds. For an
 * onward share (`held` = the sender's ACTIVE share) its removals are added (union, in the categories' order) with
 * their reasons, and an ALLOW that now removes something is ALLOW_REDACTED; for a first share (`held` null) the
 * decision as it is. Used alike by the preview, the share itself and the approval, so the three never disagree.
 */
export function withInheritedRemovals(d: SharingDecision, held: LeadShareEntity | null): Pick<SharingDecision, 'outcome' | 'redactedCategories' | 'reasons'> {
  const inherited = held?.redactedCategories ?? [];
  const inheritedReasons = (held?.reasons ?? []).filter((r) => REASON_CODE_EFFECT[r.code] === SharingOutcome.ALLOW_REDACTED);
  const redactedCategories = sortCategories(new Set([...inherited, ...d.redactedCategories]));
  const outcome = d.outcome === SharingOutcome.ALLOW && redactedCategories.length ? SharingOutcome.ALLOW_REDACTED : d.outcome;
  const reasons = [...d.reasons, ...inheritedReasons.filter((i) => !d.reasons.some((o) => o.code === i.code && o.ref === i.ref))];
  return { outcome, redactedCategories, reasons };
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
    senderAgencyId: s.senderAgencyId,
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
    lapsedAt: s.lapsedAt ?? null,
    lapseReason: s.lapseReason ?? null,
    createdAt: s.createdAt,
  };
}

/**
 * Leads: recording and editing, need-to-know reads (through LeadAccessService) with list reads and refusals
 * audited, search over each caller's projection, task links, first and onward sharing with the decision of the
 * engine in libs/domain (`decideSharing`, never re-implemented here), approvals, revocation (cascading to onward
 * shares) and the stated-reason read of a potential victim's identity. Changes and their notifications are written
 * in one transaction; notifications and `lead.changed` are pushed after commit.
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
    private readonly tasks: TaskService,
    private readonly bus: EventBus,
  ) {}

  /**
   * The lead and the caller's way of reading it (LeadAccessService). An attempt on a lead that exists but is not
   * readable is audited as ACCESS_REFUSED — in a transaction of its own, as the caller's is about to roll back —
   * and answered with the same NOT_FOUND ("Lead not found") as an unknown id. Call it before the caller's
   * transaction appends to the audit log.
   */
  private async readable(actor: AuthUser, leadId: string, m: EntityManager = this.db.manager, lock = false): Promise<ReadableLead> {
    requireClaims(actor, 'Lead');
    try {
      return await this.access.requireReadable(actor, leadId, m, lock);
    } catch (err) {
      if (isUuid(leadId) && (await this.db.getRepository(LeadEntity).existsBy({ id: leadId }))) {
        await this.refused(actor, AuditSubject.LEAD, leadId, { leadId });
      }
      throw err;
    }
  }

  /** Records an ACCESS_REFUSED entry (own transaction). */
  private refused(actor: AuthUser, subjectType: AuditSubject, subjectId: string, details: Record<string, unknown>): Promise<void> {
    return this.audit.record(actor, { action: AuditAction.ACCESS_REFUSED, subjectType, subjectId, details });
  }

  /** Records one LEAD_LIST_READ entry naming the ids returned (or counted) by a list, count or search. */
  private listRead(actor: AuthUser, query: string, leadIds: string[]): Promise<void> {
    return this.audit.record(actor, { action: AuditAction.LEAD_LIST_READ, subjectType: AuditSubject.LEAD_LIST, subjectId: actor.agencyId, details: { query, leadIds } });
  }

  /** Tells the real-time gateway (after commit) that a lead changed, for the agencies in `agencyIds`. */
  private announce(leadId: string, change: 'CREATED' | 'UPDATED' | 'SHARED' | 'APPROVAL_DECIDED' | 'REVOKED' | 'TASK_LINKED', agencyIds: string[]): void {
    this.bus.publish('lead.changed', { leadId, change, agencyIds });
  }

  /** Projections of the given readable leads for the caller, in the given order (none without claims). */
  private async project(actor: AuthUser, leads: LeadEntity[], manager: EntityManager = this.db.manager): Promise<LeadModel[]> {
    if (!leads.length || !hasClaims(actor)) return [];
    const ids = leads.map((l) => l.id);
    const persons = await manager.getRepository(LeadPersonEntity).find({ where: { leadId: In(ids) } });
    const shares = await manager.getRepository(LeadShareEntity).find({ where: { leadId: In(ids), recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE } });
    return leads.map((lead) => {
      const share = lead.originatingAgencyId === actor.agencyId ? null : (shares.find((s) => s.leadId === lead.id) ?? null);
      return projectLead(lead, persons.filter((p) => p.leadId === lead.id), share);
    });
  }

  /** Leads the caller may read, newest first (at most 200); one LEAD_LIST_READ audit entry. Empty without claims. */
  async list(actor: AuthUser): Promise<LeadModel[]> {
    if (!hasClaims(actor)) return [];
    const rows = await this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .where(LeadAccessService.readableCondition('l'), { viewerAgencyId: actor.agencyId })
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .take(200)
      .getMany();
    const models = await this.project(actor, rows);
    await this.listRead(actor, 'leads', models.map((l) => l.id));
    return models;
  }

  /** How many leads the caller may read (same rule as `list`); one LEAD_LIST_READ audit entry. 0 without claims. */
  async count(actor: AuthUser): Promise<number> {
    if (!hasClaims(actor)) return 0;
    const rows = await this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .select('l.id', 'id')
      .where(LeadAccessService.readableCondition('l'), { viewerAgencyId: actor.agencyId })
      .getRawMany<{ id: string }>();
    await this.listRead(actor, 'leadCount', rows.map((r) => r.id));
    return rows.length;
  }

  /**
   * Readable leads whose projection for the caller contains `text` (ignoring case), newest first. PostgreSQL
   * narrows with ILIKE over the stored texts (pattern escaped, bound as a parameter) among readable leads only;
   * the match is then confirmed on the caller's projection (lead-search.ts), so a word redacted away from a
   * recipient's copy never finds the lead. `text` is validated (2–200 characters) by SearchLeadsArgs.
   */
  private async matching(actor: AuthUser, text: string): Promise<LeadModel[]> {
    if (!hasClaims(actor)) return [];
    const rows = await this.db
      .getRepository(LeadEntity)
      .createQueryBuilder('l')
      .where(LeadAccessService.readableCondition('l'), { viewerAgencyId: actor.agencyId })
      .andWhere(
        new Brackets((qb) =>
          qb
            .where(`l.summary ILIKE :pattern ESCAPE '\\'`)
            .orWhere(`l.details ILIKE :pattern ESCAPE '\\'`)
            .orWhere(`l.handling_condition ILIKE :pattern ESCAPE '\\'`)
            .orWhere(
              `EXISTS (SELECT 1 FROM lead_persons lp_s WHERE lp_s.lead_id = l.id AND (lp_s.name ILIKE :pattern ESCAPE '\\' OR lp_s.pseudonym ILIKE :pattern ESCAPE '\\' OR lp_s.description ILIKE :pattern ESCAPE '\\'))`,
            ),
        ),
        { pattern: containsPattern(text) },
      )
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .getMany();
    return (await this.project(actor, rows)).filter((lead) => projectionMatches(lead, text));
  }

  /** The first 200 results of `matching`; one LEAD_LIST_READ audit entry (ids only, never the text searched). */
  async search(actor: AuthUser, text: string): Promise<LeadModel[]> {
    const found = (await this.matching(actor, text)).slice(0, 200);
    if (hasClaims(actor)) await this.listRead(actor, 'searchLeads', found.map((l) => l.id));
    return found;
  }

  /** How many leads `matching` finds; one LEAD_LIST_READ audit entry. */
  async searchCount(actor: AuthUser, text: string): Promise<number> {
    const found = await this.matching(actor, text);
    if (hasClaims(actor)) await this.listRead(actor, 'searchLeadCount', found.map((l) => l.id));
    return found.length;
  }

  /** One lead as the caller may read it. @throws NOT_FOUND ("Lead not found") otherwise. */
  async get(actor: AuthUser, leadId: string): Promise<LeadModel> {
    const model = await this.load(actor, leadId);
    await this.audit.record(actor, { action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: model.id, details: { leadId: model.id } });
    return model;
  }

  /** `get` without the audit entry (for returning what the caller just wrote). */
  private async load(actor: AuthUser, leadId: string): Promise<LeadModel> {
    const { lead } = await this.readable(actor, leadId);
    return (await this.project(actor, [lead]))[0];
  }

  /** The lead as the caller may read it, or null when it may not (no audit of the refusal: nothing was asked by id). */
  private async readableOrNull(actor: AuthUser, leadId: string): Promise<LeadModel | null> {
    if (!hasClaims(actor)) return null;
    try {
      const { lead } = await this.access.requireReadable(actor, leadId);
      return (await this.project(actor, [lead]))[0];
    } catch {
      return null;
    }
  }

  /** TLP:RED named recipients of a lead, for its originating agency only (empty for everyone else). */
  async namedRecipientIds(actor: AuthUser, leadId: string): Promise<string[]> {
    const { lead, share } = await this.readable(actor, leadId);
    return share ? [] : lead.namedRecipientAgencyIds;
  }

  /**
   * Shares of a lead the caller may read: every share for the originating agency; for a recipient, its own active
   * share and the onward shares its agency sent (never the rest of the originator's list).
   */
  async sharesOf(actor: AuthUser, lead: LeadModel): Promise<LeadShareModel[]> {
    await this.readable(actor, lead.id);
    const where =
      lead.originatingAgencyId === actor.agencyId
        ? { leadId: lead.id }
        : [
            { leadId: lead.id, recipientAgencyId: actor.agencyId, status: LeadShareStatus.ACTIVE },
            { leadId: lead.id, senderAgencyId: actor.agencyId },
          ];
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
      if (input.operationId) await this.operations.requireWritable(actor, input.operationId, m);
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
    this.announce(lead.id, 'CREATED', [lead.originatingAgencyId]);
    return this.load(actor, lead.id);
  }

  /**
   * Edits a lead of the caller's agency: status (moves in LEAD_STATUS_MOVES), summary, details, form of
   * exploitation, Admiralty grading. Version-checked; audited (LEAD_UPDATED, names of the fields changed);
   * readers hear `lead.changed` UPDATED. A request that changes nothing returns the lead as it is.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and unreadable ids; FORBIDDEN for an agency that
   *   holds a (read-only) share, or a role that does not record leads; CONFLICT (with `currentVersion`,
   *   `currentStatus`) for a stale expectedVersion — nothing is written; BAD_USER_INPUT (field `status`) for a move
   *   that is not allowed.
   */
  async update(actor: AuthUser, input: UpdateLeadInput): Promise<LeadModel> {
    const result = await this.db.transaction(async (m) => {
      const { lead, share } = await this.readable(actor, input.id, m, true);
      if (share) throw forbidden('Only the originating agency edits this lead; your agency holds a read-only copy');
      if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators edit leads');
      if (lead.version !== input.expectedVersion) {
        throw conflict('The lead was changed by someone else; reload it and try again', { currentVersion: lead.version, currentStatus: lead.status });
      }
      const changes: Partial<Pick<LeadEntity, 'status' | (typeof EDITABLE_FIELDS)[number]>> = {};
      if (input.status != null && input.status !== lead.status) {
        if (!LEAD_STATUS_MOVES[lead.status].includes(input.status)) {
          throw badInput([{ field: 'status', message: `cannot move a lead from ${lead.status} to ${input.status}` }]);
        }
        changes.status = input.status;
      }
      for (const key of EDITABLE_FIELDS) {
        const value = input[key];
        if (value != null && value !== lead[key]) Object.assign(changes, { [key]: value });
      }
      const fields = Object.keys(changes);
      if (!fields.length) return null;
      await m.getRepository(LeadEntity).update({ id: lead.id, version: lead.version }, { ...changes, version: lead.version + 1 });
      await this.audit.record(
        actor,
        {
          action: AuditAction.LEAD_UPDATED,
          subjectType: AuditSubject.LEAD,
          subjectId: lead.id,
          details: { leadId: lead.id, fields, version: lead.version + 1, ...(changes.status ? { fromStatus: lead.status, toStatus: changes.status } : {}) },
        },
        m,
      );
      return { lead, audience: await leadAudience(m, lead) };
    });
    if (result) this.announce(result.lead.id, 'UPDATED', result.audience);
    return this.load(actor, input.id);
  }

  /**
   * Links a task to a lead. Only coordinators of the task's joint operation who may also read the lead; the link is
   * then visible to those who may read both (Task.lead, Lead.linkedTasks). Audited (TASK_LEAD_LINKED); readers of
   * the lead hear `lead.changed` TASK_LINKED. A link to another lead is replaced.
   * @throws NOT_FOUND ("Task not found") for a task the caller cannot see; FORBIDDEN for a non-coordinator;
   *   NOT_FOUND ("Lead not found") for an unknown or unreadable lead — the same answer for both.
   */
  async linkTask(actor: AuthUser, input: LinkTaskToLeadInput): Promise<TaskModel> {
    requireClaims(actor, 'Task');
    const { task, lead, audience } = await this.db.transaction(async (m) => {
      const { task, operation } = await this.tasks.requireVisible(actor, input.taskId, m);
      if (!isOperationWritable(operation.status)) throw await this.operations.closedError(task.operationId, m);
      if (!isCoordinatorOf(actor, operation)) throw forbidden('Only coordinators of this joint operation link tasks to leads');
      const { lead } = await this.readable(actor, input.leadId, m);
      const previous = task.leadId;
      task.leadId = lead.id;
      await m.getRepository(TaskEntity).update({ id: task.id }, { leadId: lead.id });
      await this.audit.record(
        actor,
        { action: AuditAction.TASK_LEAD_LINKED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, taskId: task.id, operationId: task.operationId, replacedLeadId: previous } },
        m,
      );
      return { task, lead, audience: await leadAudience(m, lead) };
    });
    this.announce(lead.id, 'TASK_LINKED', audience);
    return TaskService.toModel(task);
  }

  /**
   * Removes a task's link to a lead (coordinators of its operation who may read that lead).
   * @throws NOT_FOUND ("Task not found") as linkTask; FORBIDDEN for a non-coordinator; NOT_FOUND ("Lead not
   *   found") when the task has no link, or a link to a lead the caller cannot read — the same answer for both.
   */
  async unlinkTask(actor: AuthUser, taskId: string): Promise<TaskModel> {
    requireClaims(actor, 'Task');
    const { task, lead, audience } = await this.db.transaction(async (m) => {
      const { task, operation } = await this.tasks.requireVisible(actor, taskId, m);
      if (!isOperationWritable(operation.status)) throw await this.operations.closedError(task.operationId, m);
      if (!isCoordinatorOf(actor, operation)) throw forbidden('Only coordinators of this joint operation link tasks to leads');
      if (!task.leadId) throw notFound('Lead');
      const { lead } = await this.readable(actor, task.leadId, m);
      task.leadId = null;
      await m.getRepository(TaskEntity).update({ id: task.id }, { leadId: null });
      await this.audit.record(
        actor,
        { action: AuditAction.TASK_LEAD_UNLINKED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, taskId: task.id, operationId: task.operationId } },
        m,
      );
      return { task, lead, audience: await leadAudience(m, lead) };
    });
    this.announce(lead.id, 'TASK_LINKED', audience);
    return TaskService.toModel(task);
  }

  /** The lead a visible task acts on, as the caller may read it; null when none or not readable (no hint why). */
  async leadOfTask(actor: AuthUser, task: TaskModel): Promise<LeadModel | null> {
    if (!task.leadId) return null;
    const lead = await this.readableOrNull(actor, task.leadId);
    if (lead) await this.audit.record(actor, { action: AuditAction.LEAD_READ, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, viaTaskId: task.id } });
    return lead;
  }

  /** Tasks linked to a lead the caller reads, limited to joint operations the caller's agency takes part in. */
  async linkedTasks(actor: AuthUser, lead: LeadModel): Promise<TaskModel[]> {
    await this.readable(actor, lead.id);
    const rows = await this.db
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.lead_id = :leadId', { leadId: lead.id })
      .andWhere(OperationAccessService.visibleOperationCondition('t.operation_id'), { viewerAgencyId: actor.agencyId })
      .orderBy('t.created_at', 'ASC')
      .getMany();
    return rows.map((t) => TaskService.toModel(t));
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

  /**
   * The engine's decision for one recipient at `ctx.at`, on the lead as `held` by the sender: a first share by the
   * originator (`held.share` null), or an onward share by a recipient holding an ACTIVE share — then the lead goes
   * in as that recipient holds it (categories removed on the way in are absent) and the sender is its agency.
   */
  private decide(lead: LeadEntity, held: { senderAgencyId: string; share: LeadShareEntity | null }, recipient: AgencyEntity, purpose: SharingPurpose, ctx: Awaited<ReturnType<LeadService['context']>>): SharingDecision {
    const originator = ctx.byId.get(lead.originatingAgencyId)!;
    const sender = held.share ? ctx.byId.get(held.senderAgencyId) : null;
    return decideSharing({
      lead: {
        id: lead.id,
        originatingAgency: agencyRef(originator),
        formOfExploitation: lead.formOfExploitation,
        routeCountries: lead.route.map((s) => s.country),
        dataCategories: heldCategories(lead, held.share),
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
      sender: sender ? agencyRef(sender) : null,
      agreements: ctx.agreements,
      rules: ctx.rules,
      purpose,
      at: ctx.at,
    });
  }

  /**
   * The lead (readable by the caller), the caller's way of holding it, and the recipient agencies of a share
   * request: the ids given, or every agency of a joint operation the caller can see — never the originator or the
   * sender itself. The originating agency shares first; a recipient holding an ACTIVE share passes it on (onward
   * share), deciding on the lead as it holds it.
   * @throws NOT_FOUND for an unreadable lead or invisible operation; FORBIDDEN for a role that does not share;
   *   BAD_USER_INPUT naming `recipientAgencyIds` unless exactly one of recipientAgencyIds (even an empty list counts
   *   as given) and operationId is given, for an empty list, and for unknown recipients.
   */
  private async resolveRequest(actor: AuthUser, input: ShareLeadInput, m: EntityManager, lock: boolean) {
    const { lead, share } = await this.readable(actor, input.leadId, m, lock);
    if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators share leads');
    // A list given empty is still given: with operationId it is two answers to one question, alone it names nobody.
    const hasIds = input.recipientAgencyIds !== undefined && input.recipientAgencyIds !== null;
    const hasOperation = input.operationId !== undefined && input.operationId !== null;
    if (hasIds && hasOperation) throw badInput([{ field: 'recipientAgencyIds', message: 'give either recipientAgencyIds or operationId, not both' }]);
    if (!hasIds && !hasOperation) throw badInput([{ field: 'recipientAgencyIds', message: 'give either recipientAgencyIds or operationId' }]);
    if (hasIds && !input.recipientAgencyIds!.length) throw badInput([{ field: 'recipientAgencyIds', message: 'recipientAgencyIds must name at least one agency' }]);
    let ids: string[];
    if (input.operationId) {
      const facts = await this.operations.requireWritable(actor, input.operationId, m);
      ids = [...facts.participatingAgencyIds];
    } else {
      ids = [...new Set(input.recipientAgencyIds)];
    }
    ids = ids.filter((id) => id !== lead.originatingAgencyId && id !== actor.agencyId);
    const ctx = await this.context(m, lead);
    const recipients = ids.map((id) => ctx.byId.get(id));
    if (recipients.some((r) => !r)) throw badInput([{ field: 'recipientAgencyIds', message: 'every recipient must be an agency' }]);
    const sorted = (recipients as AgencyEntity[]).sort((a, b) => a.acronym.localeCompare(b.acronym));
    return { lead, held: { senderAgencyId: actor.agencyId, share }, recipients: sorted, ctx };
  }

  /**
   * Live (active or pending) shares of a lead that the caller may know of: all for the originating agency, those
   * its agency sent for an onward sender.
   */
  private async liveShares(m: EntityManager, lead: LeadEntity, actor: AuthUser): Promise<{ known: LeadShareEntity[]; all: LeadShareEntity[] }> {
    const all = await m.getRepository(LeadShareEntity).find({ where: { leadId: lead.id, status: In([LeadShareStatus.ACTIVE, LeadShareStatus.PENDING_APPROVAL]) } });
    const known = lead.originatingAgencyId === actor.agencyId ? all : all.filter((s) => s.senderAgencyId === actor.agencyId);
    return { known, all };
  }

  /**
   * Per recipient, the decision sharing now would get, with its reasons; nothing is recorded but the audit entry.
   * For an onward sender, `existingShareStatus` shows only shares its own agency sent.
   */
  async preview(actor: AuthUser, input: ShareLeadInput): Promise<SharingPreviewModel[]> {
    const m = this.db.manager;
    const { lead, held, recipients, ctx } = await this.resolveRequest(actor, input, m, false);
    const { known } = await this.liveShares(m, lead, actor);
    const previews = recipients.map((r) => {
      const d = this.decide(lead, held, r, input.purpose, ctx);
      // Exactly what `share` would record: an onward sender's own removals are shown with their reasons.
      const recorded = withInheritedRemovals(d, held.share);
      return {
        recipientAgencyId: r.id,
        outcome: recorded.outcome,
        redactedCategories: recorded.redactedCategories,
        legalBasis: d.legalBasis,
        reasons: recorded.reasons,
        conditions: d.conditions,
        summary: d.summary,
        purpose: d.purpose,
        at: d.at,
        existingShareStatus: known.find((s) => s.recipientAgencyId === r.id)?.status ?? null,
      };
    });
    await this.audit.record(actor, {
      action: AuditAction.LEAD_SHARE_PREVIEWED,
      subjectType: AuditSubject.LEAD,
      subjectId: lead.id,
      details: { leadId: lead.id, purpose: input.purpose, ...(held.share ? { onward: true } : {}), decisions: previews.map((p) => ({ recipientAgencyId: p.recipientAgencyId, outcome: p.outcome })) },
    });
    return previews;
  }

  /**
   * Shares the lead: each recipient's decision is re-taken now; ALLOW and ALLOW_REDACTED become ACTIVE shares,
   * REQUIRES_APPROVAL a PENDING_APPROVAL share (the originating agency's liaison officers are notified), DENY
   * records nothing. A recipient with a live share keeps it (returned as is when the caller's agency may know of
   * it, left out otherwise). An onward share carries at most what the sender held: the sender's removals are added
   * to its own (with their reasons). Readers hear `lead.changed` SHARED after commit.
   */
  async share(actor: AuthUser, input: ShareLeadInput): Promise<LeadShareModel[]> {
    const { shares, published, lead, audience } = await this.db.transaction(async (m) => {
      const { lead, held, recipients, ctx } = await this.resolveRequest(actor, input, m, true);
      const { known, all } = await this.liveShares(m, lead, actor);
      const repo = m.getRepository(LeadShareEntity);
      const shares: LeadShareEntity[] = [];
      const drafts: NotificationDraft[] = [];
      for (const r of recipients) {
        if (all.some((s) => s.recipientAgencyId === r.id)) {
          const mine = known.find((s) => s.recipientAgencyId === r.id);
          if (mine) shares.push(mine);
          continue;
        }
        const d = this.decide(lead, held, r, input.purpose, ctx);
        if (d.outcome === SharingOutcome.DENY) {
          await this.audit.record(actor, { action: AuditAction.LEAD_SHARE_DENIED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, recipientAgencyId: r.id, purpose: d.purpose, outcome: d.outcome } }, m);
          continue;
        }
        const status = d.outcome === SharingOutcome.REQUIRES_APPROVAL ? LeadShareStatus.PENDING_APPROVAL : LeadShareStatus.ACTIVE;
        const { outcome, redactedCategories: redacted, reasons } = withInheritedRemovals(d, held.share);
        const saved = await repo.save(
          repo.create({
            leadId: lead.id,
            recipientAgencyId: r.id,
            purpose: d.purpose,
            outcome,
            redactedCategories: redacted,
            legalBasis: d.legalBasis,
            reasons,
            conditions: d.conditions,
            summary: d.summary,
            decidedAt: new Date(d.at),
            status,
            sharedById: actor.userId,
            senderAgencyId: actor.agencyId,
            approvalById: null,
            approvalAt: null,
            approvalReason: null,
            revokedById: null,
            revokedAt: null,
            ...shareLawColumns(d.legalBasis, ctx.agreements, input.operationId ?? null, held.share?.basisValidUntil ?? null),
          }),
        );
        shares.push(saved);
        await this.audit.record(
          actor,
          {
            action: AuditAction.LEAD_SHARED,
            subjectType: AuditSubject.LEAD_SHARE,
            subjectId: saved.id,
            details: { leadId: lead.id, shareId: saved.id, recipientAgencyId: r.id, senderAgencyId: actor.agencyId, purpose: d.purpose, outcome, status },
          },
          m,
        );
        const to = status === LeadShareStatus.ACTIVE ? await this.liaisonOfficers(m, r.id) : await this.liaisonOfficers(m, lead.originatingAgencyId);
        const type = status === LeadShareStatus.ACTIVE ? NotificationType.LEAD_SHARED : NotificationType.LEAD_APPROVAL_REQUESTED;
        drafts.push(...to.filter((id) => id !== actor.userId).map((id) => attention(id, type, lead.id)));
      }
      return { shares, lead, audience: await leadAudience(m, lead, [actor.agencyId]), published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    this.announce(lead.id, 'SHARED', audience);
    return shares.map(shareToModel);
  }

  /** Active liaison officers of an agency. */
  private async liaisonOfficers(m: EntityManager, agencyId: string): Promise<string[]> {
    const users = await m.getRepository(UserEntity).find({ where: { agencyId } });
    return users.filter((u) => !u.disabledAt && u.roles.includes(Role.LIAISON_OFFICER)).map((u) => u.id);
  }

  /**
   * A share the caller's agency may act on: a share of a lead it originated or, with `senderToo`, one it sent
   * onward. @throws NOT_FOUND ("Lead share not found") for unknown and malformed ids, and for every other share —
   * recipients included; an attempt on an existing share is audited as ACCESS_REFUSED.
   */
  private async requireOwnShare(actor: AuthUser, shareId: string, m: EntityManager, senderToo = false): Promise<{ share: LeadShareEntity; lead: LeadEntity }> {
    requireClaims(actor, 'Lead share');
    if (!isUuid(shareId)) throw notFound('Lead share');
    const share = await m.getRepository(LeadShareEntity).createQueryBuilder('s').where('s.id = :shareId', { shareId }).setLock('pessimistic_write').getOne();
    if (!share) throw notFound('Lead share');
    const lead = await m.getRepository(LeadEntity).findOneBy({ id: share.leadId });
    const allowed = !!lead && (lead.originatingAgencyId === actor.agencyId || (senderToo && share.senderAgencyId === actor.agencyId));
    if (!allowed) {
      await this.refused(actor, AuditSubject.LEAD_SHARE, share.id, { shareId: share.id });
      throw notFound('Lead share');
    }
    return { share, lead: lead! };
  }

  /** Pending approvals of the caller's agency's leads (liaison officers only; empty for anyone else and without claims). */
  async pendingApprovals(actor: AuthUser): Promise<LeadShareModel[]> {
    if (!hasClaims(actor) || !actor.roles.includes(Role.LIAISON_OFFICER)) return [];
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
   * A liaison officer of the originating agency approves or refuses (→ REFUSED) a pending share, with a reason;
   * the person who asked is told either way.
   *
   * Approval decides the share again at the approval instant (UTC) with the law stored now (`decideSharing`), on
   * the lead as its sender holds it now: for a first share the lead as stored; for an onward share the lead
   * without the removals of the sender's current ACTIVE share, which must still be in effect
   * (LeadAccessService.shareInEffectCondition). Then:
   * - the sender no longer holds the lead, or the new decision is DENY → the share does not become ACTIVE: it is
   *   returned (and stored) as LAPSED with lapseReason LAW_CHANGED (audited LEAD_SHARE_LAPSED with the
   *   approver's reason; no error, so the approver sees why on the share itself);
   * - otherwise → ACTIVE (the recipient's liaison officers are told) with redactedCategories = union of the
   *   share's own, the new decision's and the sender's current removals, and the new decision's legal basis,
   *   reasons (plus the sender's removal reasons), conditions, summary and `decidedAt`; `basisValidUntil` is that
   *   of the new basis, capped by the sender's share's (share-lapse.ts `shareLawColumns`). Approval never gives
   *   data a basis it lacks.
   * @throws NOT_FOUND as requireOwnShare; FORBIDDEN unless liaison officer; BAD_USER_INPUT (field `shareId`) when
   *   not pending.
   */
  async decideApproval(actor: AuthUser, input: DecideLeadShareApprovalInput): Promise<LeadShareModel> {
    const { share, published, audience } = await this.db.transaction(async (m) => {
      const { share, lead } = await this.requireOwnShare(actor, input.shareId, m);
      if (!actor.roles.includes(Role.LIAISON_OFFICER)) throw forbidden("Only the originating agency's liaison officers decide on approvals");
      if (share.status !== LeadShareStatus.PENDING_APPROVAL) throw badInput([{ field: 'shareId', message: 'the share is not waiting for approval' }]);
      const now = new Date();
      const drafts: NotificationDraft[] = [];
      if (share.sharedById !== actor.userId) drafts.push(attention(share.sharedById, NotificationType.LEAD_APPROVAL_DECIDED, lead.id));
      if (!input.approve) {
        share.status = LeadShareStatus.REFUSED;
        share.approvalById = actor.userId;
        share.approvalAt = now;
        share.approvalReason = input.reason;
        const saved = await m.getRepository(LeadShareEntity).save(share);
        await this.audit.record(
          actor,
          { action: AuditAction.LEAD_SHARE_REFUSED, subjectType: AuditSubject.LEAD_SHARE, subjectId: share.id, reason: input.reason, details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId } },
          m,
        );
        return { share: saved, audience: await leadAudience(m, lead, [share.senderAgencyId]), published: await this.notifications.createInTransaction(m, drafts) };
      }
      const onward = !!share.senderAgencyId && share.senderAgencyId !== lead.originatingAgencyId;
      let held: LeadShareEntity | null = null;
      let senderHolds = true;
      if (onward) {
        try {
          held = (await this.access.requireReadable({ agencyId: share.senderAgencyId }, lead.id, m)).share;
        } catch {
          senderHolds = false;
        }
      }
      const ctx = { ...(await this.context(m, lead)), at: now.toISOString() };
      const recipient = ctx.byId.get(share.recipientAgencyId)!;
      const d = senderHolds ? this.decide(lead, { senderAgencyId: share.senderAgencyId, share: held }, recipient, share.purpose, ctx) : null;
      if (!d || d.outcome === SharingOutcome.DENY) {
        // The law (or the sender's loss of the lead) no longer lets it go: it lapses instead of becoming readable.
        share.status = LeadShareStatus.LAPSED;
        share.lapsedAt = now;
        share.lapseReason = LeadShareLapseReason.LAW_CHANGED;
        const saved = await m.getRepository(LeadShareEntity).save(share);
        await this.audit.record(
          actor,
          {
            action: AuditAction.LEAD_SHARE_LAPSED,
            subjectType: AuditSubject.LEAD_SHARE,
            subjectId: share.id,
            reason: input.reason,
            details: {
              leadId: lead.id,
              shareId: share.id,
              recipientAgencyId: share.recipientAgencyId,
              lapseReason: LeadShareLapseReason.LAW_CHANGED,
              previousStatus: LeadShareStatus.PENDING_APPROVAL,
              atApproval: true,
              ...(d ? { outcome: d.outcome } : { senderNoLongerHolds: true }),
            },
          },
          m,
        );
        return { share: saved, audience: await leadAudience(m, lead, [share.senderAgencyId]), published: await this.notifications.createInTransaction(m, drafts) };
      }
      const recorded = withInheritedRemovals(d, held);
      const redacted = sortCategories(new Set([...share.redactedCategories, ...recorded.redactedCategories]));
      const ownReasons = share.reasons.filter((r) => REASON_CODE_EFFECT[r.code] === SharingOutcome.ALLOW_REDACTED && !recorded.reasons.some((o) => o.code === r.code && o.ref === r.ref));
      Object.assign(share, {
        status: LeadShareStatus.ACTIVE,
        outcome: recorded.outcome === SharingOutcome.ALLOW && redacted.length ? SharingOutcome.ALLOW_REDACTED : recorded.outcome,
        redactedCategories: redacted,
        legalBasis: d.legalBasis,
        reasons: [...recorded.reasons, ...ownReasons],
        conditions: d.conditions,
        summary: d.summary,
        decidedAt: now,
        lawCheckedAt: now,
        basisValidUntil: shareLawColumns(d.legalBasis, ctx.agreements, share.operationId ?? null, held?.basisValidUntil ?? null).basisValidUntil,
        approvalById: actor.userId,
        approvalAt: now,
        approvalReason: input.reason,
      });
      const saved = await m.getRepository(LeadShareEntity).save(share);
      await this.audit.record(
        actor,
        {
          action: AuditAction.LEAD_SHARE_APPROVED,
          subjectType: AuditSubject.LEAD_SHARE,
          subjectId: share.id,
          reason: input.reason,
          details: { leadId: lead.id, shareId: share.id, recipientAgencyId: share.recipientAgencyId, outcome: saved.outcome, redactedCategories: redacted, legalBasis: d.legalBasis?.id ?? null },
        },
        m,
      );
      drafts.push(...(await this.liaisonOfficers(m, share.recipientAgencyId)).map((id) => attention(id, NotificationType.LEAD_SHARED, lead.id)));
      return { share: saved, audience: await leadAudience(m, lead, [share.senderAgencyId]), published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    this.announce(share.leadId, 'APPROVAL_DECIDED', audience);
    return shareToModel(share);
  }

  /**
   * The originating agency (or the agency that sent an onward share) withdraws an active or pending share; the
   * recipient loses the lead at once, and so does every agency it had passed it on to (their shares are revoked in
   * the same transaction, transitively). The agencies that lost it hear `lead.changed` REVOKED (readable: false).
   * @throws NOT_FOUND as requireOwnShare; FORBIDDEN for roles that do not share; BAD_USER_INPUT when already ended.
   */
  async revoke(actor: AuthUser, shareId: string): Promise<LeadShareModel> {
    const { saved, audience, leadId } = await this.db.transaction(async (m) => {
      const { share, lead } = await this.requireOwnShare(actor, shareId, m, true);
      if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators revoke shares');
      if (share.status !== LeadShareStatus.ACTIVE && share.status !== LeadShareStatus.PENDING_APPROVAL) {
        throw badInput([{ field: 'shareId', message: 'the share has already ended' }]);
      }
      const wasActive = share.status === LeadShareStatus.ACTIVE;
      const saved = await this.endShare(m, actor, share, null);
      const lost = wasActive ? [share.recipientAgencyId, ...(await this.revokeOnward(m, actor, lead, share.recipientAgencyId))] : [];
      return { saved, leadId: lead.id, audience: await leadAudience(m, lead, [...lost, share.senderAgencyId]) };
    });
    this.announce(leadId, 'REVOKED', audience);
    return shareToModel(saved);
  }

  /** Marks a share REVOKED by the actor and audits it (`cascadeFrom`: the agency whose loss caused it). */
  private async endShare(m: EntityManager, actor: AuthUser, share: LeadShareEntity, cascadeFrom: string | null): Promise<LeadShareEntity> {
    share.status = LeadShareStatus.REVOKED;
    share.revokedById = actor.userId;
    share.revokedAt = new Date();
    const saved = await m.getRepository(LeadShareEntity).save(share);
    await this.audit.record(
      actor,
      {
        action: AuditAction.LEAD_SHARE_REVOKED,
        subjectType: AuditSubject.LEAD_SHARE,
        subjectId: share.id,
        details: { leadId: share.leadId, shareId: share.id, recipientAgencyId: share.recipientAgencyId, ...(cascadeFrom ? { cascadeFrom } : {}) },
      },
      m,
    );
    return saved;
  }

  /** Revokes the live onward shares sent by an agency that lost the lead, transitively; returns who lost it. */
  private async revokeOnward(m: EntityManager, actor: AuthUser, lead: LeadEntity, fromAgencyId: string): Promise<string[]> {
    const lost: string[] = [];
    const queue = [fromAgencyId];
    while (queue.length) {
      const sender = queue.shift()!;
      if (sender === lead.originatingAgencyId) continue;
      const onward = await m.getRepository(LeadShareEntity).find({ where: { leadId: lead.id, senderAgencyId: sender, status: In([LeadShareStatus.ACTIVE, LeadShareStatus.PENDING_APPROVAL]) } });
      for (const s of onward) {
        const wasActive = s.status === LeadShareStatus.ACTIVE;
        await this.endShare(m, actor, s, sender);
        if (wasActive) {
          lost.push(s.recipientAgencyId);
          queue.push(s.recipientAgencyId);
        }
      }
    }
    return lost;
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
    requireClaims(actor, 'Person');
    let readable;
    try {
      readable = await this.access.requireReadable(actor, person.leadId);
    } catch {
      readable = null;
    }
    if (!readable || readable.share) {
      await this.refused(actor, AuditSubject.LEAD_PERSON, person.id, { leadId: person.leadId, personId: person.id });
      throw notFound('Person');
    }
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

/**
 * A notification about a lead: a fixed title and a link, nothing from the lead itself; it names the lead (`leadId`)
 * so that it is shown only while the recipient's agency may read the lead.
 */
function attention(recipientUserId: string, type: NotificationType, leadId: string): NotificationDraft {
  return { recipientUserId, type, title: LEAD_ATTENTION_TITLE, body: null, operationId: null, leadId };
}
