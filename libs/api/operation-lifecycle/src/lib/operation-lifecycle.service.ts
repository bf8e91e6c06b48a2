import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, badInput, conflict, EventBus, failedPrecondition, FieldProblem, forbidden, isUuid } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { checkAgreement, checkCountries, checkPeriod, OperationEntity, OperationModel, OperationPolicy, OperationService, recordOperationEvent } from '@taskforce/api-operations';
import {
  canBeCoordinatorOf,
  canLeaveOperation,
  isAllowedOperationTransition,
  isOperationWritable,
  isPeriodExtension,
  NotificationType,
  OperationEventAction,
  OperationFacts,
  OperationStatus,
  OPERATION_STATUS_LABELS,
  operationTransitionNeedsReason,
  Role,
  TERMINAL_TASK_STATUSES,
} from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ChangeOperationStatusInput, UpdateOperationInput } from './dto/lifecycle.inputs';
import { invitationAudience, parseRoles } from './operation-invitation.service';

/** Fields of an operation `updateOperation` may change, in the order the history names them. */
const EDITABLE = ['name', 'purpose', 'description', 'countries', 'formsOfExploitation', 'startsOn', 'endsOn', 'legalBasisAgreementId', 'legalBasisCitation'] as const;
type Editable = (typeof EDITABLE)[number];

/**
 * The life of a joint operation after it is formed: status moves (PLANNED → ACTIVE ⇄ SUSPENDED → CLOSED), edits and
 * extensions of the period, agencies leaving or removed (their open tasks flagged for reassignment), and
 * co-coordinators. Every change is version-checked where the contract says so, lands in the operation's history in
 * the same transaction as its notifications, and is pushed live (`operation.changed`) after commit.
 */
@Injectable()
export class OperationLifecycleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly operations: OperationService,
    private readonly notifications: NotificationService,
    private readonly bus: EventBus,
    private readonly users: UserService,
  ) {}

  /**
   * Moves the operation's status if `expectedVersion` is current. Activating needs a legal basis (an agreement or a
   * cited instrument); closing needs the finalised closing evaluation and withdraws pending invitations.
   * Pending invitations withdrawn by closing are recorded in the history and told to the invited agency.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor coordinates it; CONFLICT (with `currentVersion`,
   *   `currentStatus`) on a stale version; FAILED_PRECONDITION for any move of a CLOSED operation (CLOSED is
   *   final); BAD_USER_INPUT naming `status` for a move the lifecycle forbids or
   *   `reason` when suspending or closing without one; FAILED_PRECONDITION for the missing legal basis or evaluation.
   */
  async changeStatus(actor: AuthUser, input: ChangeOperationStatusInput): Promise<OperationModel> {
    const { published, agencyIds } = await this.db.transaction(async (m) => {
      const { facts, op } = await this.lockForCoordinator(actor, input.operationId, m, 'change its status');
      if (op.version !== input.expectedVersion) throw await staleVersion(m, op);
      if (op.status === OperationStatus.CLOSED) throw await this.access.closedError(op.id, m);
      if (!isAllowedOperationTransition(op.status, input.status)) {
        throw badInput([{ field: 'status', message: `a joint operation cannot move from ${op.status} to ${input.status}` }]);
      }
      const reason = input.reason?.trim() || null;
      if (operationTransitionNeedsReason(input.status) && !reason) throw badInput([{ field: 'reason', message: `say why the joint operation is ${input.status === OperationStatus.CLOSED ? 'closed' : 'suspended'}` }]);
      if (input.status === OperationStatus.ACTIVE && !op.legalBasisAgreementId && !op.legalBasisCitation) {
        throw failedPrecondition('Cite the legal basis (an agreement of the sharing law or an instrument and article) before activating the joint operation');
      }
      if (input.status === OperationStatus.CLOSED && !op.evaluationFinalisedAt) {
        throw failedPrecondition('The closing evaluation must be finalised before the joint operation is closed');
      }
      let detail = `${op.status} → ${input.status}`;
      const invitees: NotificationDraft[] = [];
      if (input.status === OperationStatus.CLOSED) {
        const [{ open }] = await m.query(`SELECT count(*)::int AS open FROM tasks WHERE operation_id = $1 AND status NOT IN ('DONE', 'CANCELLED')`, [op.id]);
        if (open) detail += `; ${open} open task${open === 1 ? ' kept as it was' : 's kept as they were'}`;
      }
      await m.query('UPDATE operations SET status = $2, version = version + 1 WHERE id = $1', [op.id, input.status]);
      if (input.status === OperationStatus.CLOSED) {
        const withdrawn: Array<{ agency_id: string; acronym: string }> = await m.query(
          `WITH w AS (UPDATE operation_invitations SET status = 'WITHDRAWN', responded_at = clock_timestamp(), responded_by_id = $2, response_reason = 'the joint operation closed'
                       WHERE operation_id = $1 AND status = 'PENDING' AND expires_at > clock_timestamp() RETURNING agency_id)
           SELECT w.agency_id::text, a.acronym FROM w JOIN agencies a ON a.id = w.agency_id ORDER BY a.acronym`,
          [op.id, actor.userId],
        );
        for (const w of withdrawn) {
          await recordOperationEvent(m, { operationId: op.id, actorId: actor.userId, action: OperationEventAction.INVITATION_WITHDRAWN, agencyId: w.agency_id, detail: `invitation to ${w.acronym} withdrawn`, reason: 'the joint operation closed' });
          invitees.push(
            ...(await invitationAudience(this.users, m, w.agency_id)).map<NotificationDraft>((userId) => ({
              recipientUserId: userId,
              type: NotificationType.OPERATION_INVITATION_WITHDRAWN,
              title: `The invitation of ${w.acronym} to join ${op.name} was withdrawn`,
              body: 'the joint operation closed',
              textValues: { agency: w.acronym, operation: op.name, cause: 'OPERATION_CLOSED' },
              operationId: null,
            })),
          );
        }
      }
      await recordOperationEvent(m, { operationId: op.id, actorId: actor.userId, action: OperationEventAction.STATUS_CHANGED, fromStatus: op.status, toStatus: input.status, detail, reason });
      const drafts = (await this.peopleToTell(m, facts, actor.userId)).map<NotificationDraft>((userId) => ({
        recipientUserId: userId,
        type: NotificationType.OPERATION_STATUS_CHANGED,
        title: `${op.name}: ${OPERATION_STATUS_LABELS[op.status]} → ${OPERATION_STATUS_LABELS[input.status]}`,
        textValues: { operation: op.name, fromStatus: op.status, toStatus: input.status },
        body: reason,
        operationId: op.id,
      }));
      return { published: await this.notifications.createInTransaction(m, [...drafts, ...invitees]), agencyIds: [...facts.participatingAgencyIds] };
    });
    this.notifications.publish(published);
    this.bus.publish('operation.changed', { operationId: input.operationId, change: 'STATUS_CHANGED', agencyIds });
    return this.operations.getVisible(actor, input.operationId);
  }

  /**
   * Edits the operation (only the fields given; null clears a nullable one) if `expectedVersion` is current. Moving
   * `endsOn` later is an extension: it needs a reason and is recorded as PERIOD_EXTENDED.
   * @throws NOT_FOUND, FORBIDDEN, CONFLICT as `changeStatus`; FAILED_PRECONDITION when closed; BAD_USER_INPUT naming
   *   the field (`name` cleared, unknown `countries`, `endsOn` before `startsOn`, unknown `legalBasisAgreementId`,
   *   `reason` missing for an extension).
   */
  async update(actor: AuthUser, input: UpdateOperationInput): Promise<OperationModel> {
    const agencyIds = await this.db.transaction(async (m) => {
      const { facts, op } = await this.lockForCoordinator(actor, input.operationId, m, 'edit it');
      if (!isOperationWritable(op.status)) throw await this.access.closedError(op.id, m);
      if (op.version !== input.expectedVersion) throw await staleVersion(m, op);
      const next: Record<Editable, unknown> = Object.fromEntries(EDITABLE.map((f) => [f, input[f] === undefined ? op[f] : input[f]])) as Record<Editable, unknown>;
      const problems: FieldProblem[] = [];
      if (next.name === null) problems.push({ field: 'name', message: 'name cannot be cleared' });
      if (input.countries === null) problems.push({ field: 'countries', message: 'countries cannot be cleared: name at least one' });
      else if (input.countries !== undefined) problems.push(...checkCountries(input.countries));
      if (next.formsOfExploitation === null) next.formsOfExploitation = [];
      problems.push(...checkPeriod(next.startsOn as string | null, next.endsOn as string | null));
      if (input.legalBasisAgreementId !== undefined) problems.push(...(await checkAgreement(m, (input.legalBasisAgreementId as string | null) || null)));
      const extended = isPeriodExtension({ startsOn: op.startsOn, endsOn: op.endsOn }, { startsOn: next.startsOn as string | null, endsOn: next.endsOn as string | null });
      const reason = input.reason?.trim() || null;
      if (extended && !reason) problems.push({ field: 'reason', message: 'say why the period is extended' });
      if (problems.length) throw badInput(problems);
      const changed = EDITABLE.filter((f) => JSON.stringify(next[f] ?? null) !== JSON.stringify(op[f] ?? null));
      if (!changed.length) return null;
      await m
        .createQueryBuilder()
        .update(OperationEntity)
        .set({ ...(Object.fromEntries(changed.map((f) => [f, normalise(next[f])])) as Partial<OperationEntity>), version: () => 'version + 1' })
        .where('id = :id', { id: op.id })
        .execute();
      const others = changed.filter((f) => f !== 'endsOn' || !extended);
      if (others.length) await recordOperationEvent(m, { operationId: op.id, actorId: actor.userId, action: OperationEventAction.EDITED, detail: `changed ${others.join(', ')}`, reason });
      if (extended) {
        await recordOperationEvent(m, { operationId: op.id, actorId: actor.userId, action: OperationEventAction.PERIOD_EXTENDED, detail: `period extended: ends ${op.endsOn} → ${next.endsOn ?? 'open-ended'}`, reason });
      }
      return [...facts.participatingAgencyIds];
    });
    if (agencyIds) this.bus.publish('operation.changed', { operationId: input.operationId, change: 'EDITED', agencyIds });
    return this.operations.getVisible(actor, input.operationId);
  }

  /**
   * The actor's agency leaves the operation (its coordinators or agency admins; never the lead agency). Its open
   * tasks stay on the board as "assignee left" and the coordinators are told to reassign or cancel them.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor speaks for a participating agency other than the
   *   lead; FAILED_PRECONDITION when the operation is closed.
   */
  async leave(actor: AuthUser, operationId: string): Promise<boolean> {
    const facts = await this.access.require(actor, operationId);
    const [op] = await this.db.query('SELECT lead_agency_id::text FROM operations WHERE id = $1', [operationId]);
    if (!canLeaveOperation(actor, facts, op.lead_agency_id)) {
      throw forbidden(actor.agencyId === op.lead_agency_id ? 'The lead agency cannot leave its own joint operation' : 'Only coordinators and agency admins take their agency out of a joint operation');
    }
    await this.detach(actor, operationId, actor.agencyId, OperationEventAction.AGENCY_LEFT);
    return true;
  }

  /**
   * Removes a participating agency (not the lead agency). Its people lose sight of the operation at once; its open
   * tasks stay on the board as "assignee left" for the coordinators to reassign or cancel. It may be invited again.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor coordinates it; FAILED_PRECONDITION when closed;
   *   BAD_USER_INPUT naming `agencyId` for the lead agency or an agency that does not participate.
   */
  async removeAgency(actor: AuthUser, operationId: string, agencyId: string): Promise<OperationModel> {
    const facts = await this.access.require(actor, operationId);
    OperationPolicy.requireCoordinator(actor, facts, 'change its agencies');
    const [op] = await this.db.query('SELECT lead_agency_id::text FROM operations WHERE id = $1', [operationId]);
    if (agencyId === op.lead_agency_id) throw badInput([{ field: 'agencyId', message: 'the lead agency cannot leave its own joint operation' }]);
    if (!facts.participatingAgencyIds.includes(agencyId)) throw badInput([{ field: 'agencyId', message: 'the agency does not participate in this joint operation' }]);
    await this.detach(actor, operationId, agencyId, OperationEventAction.AGENCY_REMOVED);
    return this.operations.getVisible(actor, operationId);
  }

  /**
   * Appoints a person of a participating agency as co-coordinator; they must hold the COORDINATOR role in their own
   * agency. Idempotent.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor coordinates it; FAILED_PRECONDITION when closed;
   *   BAD_USER_INPUT naming `userId` for anyone else.
   */
  async appointCoordinator(actor: AuthUser, operationId: string, userId: string): Promise<OperationModel> {
    const agencyIds = await this.db.transaction(async (m) => {
      const { facts, op } = await this.lockForCoordinator(actor, operationId, m, 'appoint coordinators');
      if (!isOperationWritable(op.status)) throw await this.access.closedError(op.id, m);
      const [person] = isUuid(userId) ? await m.query('SELECT u.agency_id::text, u.roles::text, u.disabled_at, u.display_name, a.acronym FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1', [userId]) : [];
      if (!person || !canBeCoordinatorOf({ agencyId: person.agency_id, roles: parseRoles(person.roles), disabled: !!person.disabled_at }, facts)) {
        throw badInput([{ field: 'userId', message: 'a co-coordinator must be an active person holding the COORDINATOR role in a participating agency' }]);
      }
      if (facts.coordinatorUserIds.includes(userId)) return null;
      await m.query('INSERT INTO operation_coordinators (operation_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [operationId, userId]);
      await recordOperationEvent(m, { operationId, actorId: actor.userId, action: OperationEventAction.COORDINATOR_APPOINTED, agencyId: person.agency_id, detail: `${person.display_name} (${person.acronym}) appointed co-coordinator` });
      return [...facts.participatingAgencyIds];
    });
    if (agencyIds) this.bus.publish('operation.changed', { operationId, change: 'COORDINATORS_CHANGED', agencyIds });
    return this.operations.getVisible(actor, operationId);
  }

  /**
   * A coordinator stands down (themselves) or is stood down by another coordinator; the last one cannot.
   * @throws NOT_FOUND when invisible; FORBIDDEN unless the actor coordinates it; FAILED_PRECONDITION when it is
   *   closed; BAD_USER_INPUT naming `userId` for someone who does not coordinate it, or the last coordinator.
   */
  async standDownCoordinator(actor: AuthUser, operationId: string, userId: string): Promise<OperationModel> {
    const agencyIds = await this.db.transaction(async (m) => {
      const { facts, op } = await this.lockForCoordinator(actor, operationId, m, 'change its coordinators');
      if (!isOperationWritable(op.status)) throw await this.access.closedError(op.id, m);
      if (!facts.coordinatorUserIds.includes(userId)) throw badInput([{ field: 'userId', message: 'this person does not coordinate the joint operation' }]);
      if (facts.coordinatorUserIds.length === 1) throw badInput([{ field: 'userId', message: 'a joint operation keeps at least one coordinator' }]);
      await m.query('DELETE FROM operation_coordinators WHERE operation_id = $1 AND user_id = $2', [operationId, userId]);
      const [person] = await m.query('SELECT u.display_name, a.acronym, a.id::text AS agency_id FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1', [userId]);
      await recordOperationEvent(m, { operationId, actorId: actor.userId, action: OperationEventAction.COORDINATOR_STOOD_DOWN, agencyId: person.agency_id, detail: `${person.display_name} (${person.acronym}) no longer coordinates` });
      return [...facts.participatingAgencyIds];
    });
    this.bus.publish('operation.changed', { operationId, change: 'COORDINATORS_CHANGED', agencyIds });
    return this.operations.getVisible(actor, operationId);
  }

  /** Takes an agency out: membership and coordinator nominations end; open tasks flagged; coordinators told. */
  private async detach(actor: AuthUser, operationId: string, agencyId: string, action: OperationEventAction.AGENCY_LEFT | OperationEventAction.AGENCY_REMOVED): Promise<void> {
    const { published, agencyIds } = await this.db.transaction(async (m) => {
      const [op] = await m.query('SELECT name, status FROM operations WHERE id = $1 FOR UPDATE', [operationId]);
      if (!isOperationWritable(op.status)) throw await this.access.closedError(operationId, m);
      const before = (await this.access.facts(operationId, m))?.participatingAgencyIds ?? [];
      await m.query('DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = $2', [operationId, agencyId]);
      await m.query('DELETE FROM operation_coordinators oc USING users u WHERE oc.user_id = u.id AND oc.operation_id = $1 AND u.agency_id = $2', [operationId, agencyId]);
      const [{ open }] = await m.query(`SELECT count(*)::int AS open FROM tasks WHERE operation_id = $1 AND assignee_agency_id = $2 AND status <> ALL ($3::task_status[])`, [operationId, agencyId, TERMINAL_TASK_STATUSES]);
      const [agency] = await m.query('SELECT acronym FROM agencies WHERE id = $1', [agencyId]);
      const verb = action === OperationEventAction.AGENCY_LEFT ? 'left' : 'was removed from';
      await recordOperationEvent(m, { operationId, actorId: actor.userId, action, agencyId, detail: `${agency.acronym} ${verb} the joint operation; ${open} open task${open === 1 ? '' : 's'} to reassign or cancel` });
      const coordinators: Array<{ user_id: string }> = await m.query('SELECT user_id::text FROM operation_coordinators WHERE operation_id = $1', [operationId]);
      const drafts: NotificationDraft[] = coordinators
        .filter((c) => c.user_id !== actor.userId || open > 0)
        .map((c) => ({
          recipientUserId: c.user_id,
          type: NotificationType.OPERATION_AGENCY_LEFT,
          title: `${agency.acronym} ${verb} ${op.name}`,
          textValues: { agency: agency.acronym, operation: op.name, action, openTasks: String(open) },
          body: open ? `${open} open task${open === 1 ? '' : 's'} assigned to ${agency.acronym} ${open === 1 ? 'needs' : 'need'} a new assignee or cancelling` : null,
          operationId,
          urgent: false,
        }));
      return { published: await this.notifications.createInTransaction(m, drafts), agencyIds: [...before] };
    });
    this.notifications.publish(published);
    this.bus.publish('operation.agency.removed', { operationId, agencyId });
    this.bus.publish('operation.changed', { operationId, change: action === OperationEventAction.AGENCY_LEFT ? 'AGENCY_LEFT' : 'AGENCY_REMOVED', agencyIds });
  }

  /** Visible, coordinated by the actor, row locked for the transaction. */
  private async lockForCoordinator(actor: AuthUser, operationId: string, m: EntityManager, what: string): Promise<{ facts: OperationFacts; op: OperationEntity }> {
    const facts = await this.access.require(actor, operationId, m);
    OperationPolicy.requireCoordinator(actor, facts, what);
    const op = await m.getRepository(OperationEntity).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: operationId }).getOneOrFail();
    return { facts, op };
  }

  /** Coordinators and liaison officers of the participating agencies, active, minus the actor. */
  private async peopleToTell(m: EntityManager, facts: OperationFacts, actorId: string): Promise<string[]> {
    const members = await this.users.activeMembersOf(facts.participatingAgencyIds, m);
    return members.filter((u) => u.id !== actorId && (facts.coordinatorUserIds.includes(u.id) || u.roles.includes(Role.LIAISON_OFFICER))).map((u) => u.id);
  }
}

/** CONFLICT with the operation's current version and status, and who last changed it and when (UTC). */
async function staleVersion(m: EntityManager, op: OperationEntity) {
  const [last] = await m.query(
    `SELECT u.display_name, a.acronym, e.at FROM operation_events e JOIN users u ON u.id = e.actor_id JOIN agencies a ON a.id = u.agency_id
      WHERE e.operation_id = $1 ORDER BY e.seq DESC LIMIT 1`,
    [op.id],
  );
  return conflict('The joint operation was changed by someone else; reload it and try again', {
    currentVersion: op.version,
    currentStatus: op.status,
    changedBy: last ? { displayName: last.display_name, agencyAcronym: last.acronym } : null,
    changedAt: last ? new Date(last.at).toISOString() : null,
  });
}

/** Empty strings clear a text field. */
function normalise(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() || null : value;
}
