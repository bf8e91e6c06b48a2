import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity } from '@taskforce/api-agencies';
import { AuditAction, AuditService, AuditSubject } from '@taskforce/api-audit';
import { AuthUser, badInput, conflict, EventBus, forbidden, notFound } from '@taskforce/api-core';
import { OperationPolicy } from '@taskforce/api-operations';
import { TaskModel, TaskPolicy, TaskService } from '@taskforce/api-tasks';
import { HandlingCode, isAllowedLeadStatusMove, isLeadWriter, LeadStatus, sortCategories } from '@taskforce/domain';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateLeadInput, LinkTaskToLeadInput, UpdateLeadInput } from './dto/lead.inputs';
import { requireClaims } from './lead-claims';
import { LeadCipherService } from './lead-cipher.service';
import { announceLead, leadAudience } from './lead-events';
import { LeadReadsService } from './lead-reads.service';
import { LeadEntity, LeadPersonEntity, LeadPersonRole } from './lead.entity';
import { LeadModel } from './lead.model';

/** Fields of a lead that updateLead edits besides the status (markings and categories would need new decisions). */
const EDITABLE_FIELDS = ['summary', 'details', 'formOfExploitation', 'sourceReliability', 'informationCredibility'] as const;

/** What a caller that records a lead with more (an import) adds to its transaction and audit entry. */
export interface LeadCreation {
  /** Runs in the lead's transaction after it is saved; an error rolls the whole lead back. */
  within?: (m: EntityManager, leadId: string) => Promise<void>;
  /** Added to the LEAD_CREATED audit details (ids and codes only). */
  auditDetails?: Record<string, unknown>;
}

/** A generated pseudonym for a potential victim, e.g. "PV-3F9A1C". */
function pseudonym(): string {
  return `PV-${randomBytes(3).toString('hex').toUpperCase()}`;
}

/**
 * Leads of the caller's agency: recording and editing them, and linking tasks to them. Reads go through
 * LeadReadsService; sharing through LeadSharingService and LeadShareReviewService; a potential victim's identity
 * through VictimIdentityService. Changes are audited in their transaction; `lead.changed` is published after commit.
 */
@Injectable()
export class LeadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: LeadReadsService,
    private readonly operations: OperationPolicy,
    private readonly taskPolicy: TaskPolicy,
    private readonly cipher: LeadCipherService,
    private readonly audit: AuditService,
    private readonly tasks: TaskService,
    private readonly bus: EventBus,
  ) {}

  /**
   * Records a lead of the caller's agency. Potential victims get a generated pseudonym; their identity fields are
   * encrypted. Only analysts, liaison officers and coordinators record leads (the role, checked by the resolver's
   * @RequireRoles). @throws NOT_FOUND for an operation the
   * caller cannot see; BAD_USER_INPUT for an H3 without condition (or a condition without H3), a suspect without
   * name, or TLP:RED named recipients that are not agencies.
   */
  async create(actor: AuthUser, input: CreateLeadInput, options: LeadCreation = {}): Promise<LeadModel> {
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
      await this.audit.record(actor, { action: AuditAction.LEAD_CREATED, subjectType: AuditSubject.LEAD, subjectId: saved.id, details: { leadId: saved.id, tlp: saved.tlp, ...options.auditDetails } }, m);
      await options.within?.(m, saved.id);
      return saved;
    });
    announceLead(this.bus, lead.id, 'CREATED', [lead.originatingAgencyId]);
    return this.reads.load(actor, lead.id);
  }

  /**
   * Edits a lead of the caller's agency: status (moves in LEAD_STATUS_MOVES, @taskforce/domain), summary, details, form of
   * exploitation, Admiralty grading. Version-checked; audited (LEAD_UPDATED, names of the fields changed);
   * readers hear `lead.changed` UPDATED. A request that changes nothing returns the lead as it is.
   * @throws NOT_FOUND ("Lead not found") for unknown, malformed and unreadable ids; FORBIDDEN for an agency that
   *   holds a (read-only) share, or a role that does not record leads; CONFLICT (with `currentVersion`,
   *   `currentStatus`) for a stale expectedVersion — nothing is written; BAD_USER_INPUT (field `status`) for a move
   *   that is not allowed.
   */
  async update(actor: AuthUser, input: UpdateLeadInput): Promise<LeadModel> {
    const result = await this.db.transaction(async (m) => {
      const { lead, share } = await this.reads.readable(actor, input.id, m, true);
      if (share) throw forbidden('Only the originating agency edits this lead; your agency holds a read-only copy');
      if (!isLeadWriter(actor)) throw forbidden('Only analysts, liaison officers and coordinators edit leads');
      if (lead.version !== input.expectedVersion) {
        throw conflict('The lead was changed by someone else; reload it and try again', { currentVersion: lead.version, currentStatus: lead.status });
      }
      const changes: Partial<Pick<LeadEntity, 'status' | (typeof EDITABLE_FIELDS)[number]>> = {};
      if (input.status != null && input.status !== lead.status) {
        if (!isAllowedLeadStatusMove(lead.status, input.status)) {
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
    if (result) announceLead(this.bus, result.lead.id, 'UPDATED', result.audience);
    return this.reads.load(actor, input.id);
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
      const { task, operation } = await this.taskPolicy.requireWritable(actor, input.taskId, m);
      OperationPolicy.requireCoordinator(actor, operation, 'link tasks to leads');
      const { lead } = await this.reads.readable(actor, input.leadId, m);
      const previous = task.leadId;
      const linked = await this.tasks.setLeadLink(m, task, lead.id);
      await this.audit.record(
        actor,
        { action: AuditAction.TASK_LEAD_LINKED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, taskId: task.id, operationId: task.operationId, replacedLeadId: previous } },
        m,
      );
      return { task: linked, lead, audience: await leadAudience(m, lead) };
    });
    this.tasks.announceLinkChanged(task);
    announceLead(this.bus, lead.id, 'TASK_LINKED', audience);
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
      const { task, operation } = await this.taskPolicy.requireWritable(actor, taskId, m);
      OperationPolicy.requireCoordinator(actor, operation, 'link tasks to leads');
      if (!task.leadId) throw notFound('Lead');
      const { lead } = await this.reads.readable(actor, task.leadId, m);
      const unlinked = await this.tasks.setLeadLink(m, task, null);
      await this.audit.record(
        actor,
        { action: AuditAction.TASK_LEAD_UNLINKED, subjectType: AuditSubject.LEAD, subjectId: lead.id, details: { leadId: lead.id, taskId: task.id, operationId: task.operationId } },
        m,
      );
      return { task: unlinked, lead, audience: await leadAudience(m, lead) };
    });
    this.tasks.announceLinkChanged(task);
    announceLead(this.bus, lead.id, 'TASK_LINKED', audience);
    return TaskService.toModel(task);
  }

}
