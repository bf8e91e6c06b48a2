import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyEntity, AgencyService } from '@taskforce/api-agencies';
import { UserService } from '@taskforce/api-auth';
import { AuthUser, badInput, EventBus, failedPrecondition, forbidden, isUuid, notFound } from '@taskforce/api-core';
import { NotificationDraft, NotificationService } from '@taskforce/api-notifications';
import { OperationPolicy, recordOperationEvent } from '@taskforce/api-operations';
import {
  hearsOfInvitations,
  INVITATION_TTL_DAYS,
  invitationStatusAt,
  InvitationStatus,
  isCoordinatorOf,
  isOperationWritable,
  NotificationType,
  OperationAgencyRole,
  OperationFacts,
  OperationEventAction,
  OperationStatus,
  Role,
  speaksForAgency,
} from '@taskforce/domain';
import { DataSource, EntityManager } from 'typeorm';
import { InviteAgencyToOperationInput, RespondToOperationInvitationInput } from './dto/lifecycle.inputs';
import { OperationInvitationModel } from './invitation.model';

/** How long answered invitations stay in the invited agency's list. */
const RECENT_DAYS = 30;

interface InvitationRow {
  id: string;
  operation_id: string;
  agency_id: string;
  role: OperationAgencyRole;
  status: InvitationStatus;
  message: string | null;
  created_at: Date;
  expires_at: Date;
  responded_at: Date | null;
  response_reason: string | null;
  op_name: string;
  op_purpose: string | null;
  op_status: OperationStatus;
  op_starts_on: string | null;
  op_ends_on: string | null;
  lead_agency_id: string;
  invited_by: string;
  responded_by: string | null;
  answerers: number;
}

const SELECT_INVITATIONS = `
  SELECT i.id::text, i.operation_id::text, i.agency_id::text, i.role, i.status, i.message, i.created_at, i.expires_at,
         i.responded_at, i.response_reason, o.name AS op_name, o.purpose AS op_purpose, o.status AS op_status,
         to_char(o.starts_on, 'YYYY-MM-DD') AS op_starts_on, to_char(o.ends_on, 'YYYY-MM-DD') AS op_ends_on,
         o.lead_agency_id::text AS lead_agency_id,
         iu.display_name || ' (' || ia.acronym || ')' AS invited_by,
         CASE WHEN ru.id IS NULL THEN NULL ELSE ru.display_name || ' (' || ra.acronym || ')' END AS responded_by,
         -- who may answer it (speaksForAgency): enabled coordinators and agency admins of the invited agency
         (SELECT count(*) FROM users au WHERE au.agency_id = i.agency_id AND au.disabled_at IS NULL
             AND au.roles && ARRAY['COORDINATOR','AGENCY_ADMIN']::user_role[])::int AS answerers
    FROM operation_invitations i
    JOIN operations o ON o.id = i.operation_id
    JOIN users iu ON iu.id = i.invited_by_id JOIN agencies ia ON ia.id = iu.agency_id
    LEFT JOIN users ru ON ru.id = i.responded_by_id LEFT JOIN agencies ra ON ra.id = ru.agency_id`;

/**
 * Invitations to joint operations, with consent: a coordinator invites an agency as PARTY or PARTICIPANT; the
 * invited agency's coordinators or agency admins accept or decline. Before accepting, the invited agency sees only
 * the invitation (InvitedOperation), nothing of the operation's tasks, leads or people. On acceptance its people
 * gain the operation at once (`operation.changed` to its sockets). Invitations expire after INVITATION_TTL_DAYS.
 */
@Injectable()
export class OperationInvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: OperationPolicy,
    private readonly agencies: AgencyService,
    private readonly notifications: NotificationService,
    private readonly bus: EventBus,
    private readonly users: UserService,
  ) {}

  /**
   * Invites an agency to a joint operation. Its agency admins, coordinators and liaison officers are notified live.
   * @throws NOT_FOUND for an invisible operation; FORBIDDEN unless the actor coordinates it; FAILED_PRECONDITION
   *   when it is closed; BAD_USER_INPUT naming `agencyId` for an unknown agency, one already taking part, or one
   *   with a pending invitation.
   */
  async invite(actor: AuthUser, input: InviteAgencyToOperationInput): Promise<OperationInvitationModel> {
    const { id, published, agencyIds } = await this.db.transaction(async (m) => {
      const facts = await this.access.require(actor, input.operationId, m);
      OperationPolicy.requireCoordinator(actor, facts, 'invite agencies');
      if (!isOperationWritable(facts.status)) throw await this.access.closedError(input.operationId, m);
      const agency = await m.getRepository(AgencyEntity).findOne({ where: { id: input.agencyId } });
      if (!agency) throw badInput([{ field: 'agencyId', message: 'no agency with this id' }]);
      if (facts.participatingAgencyIds.includes(agency.id)) throw badInput([{ field: 'agencyId', message: 'the agency already takes part in this joint operation' }]);
      await this.expirePending(m, input.operationId, agency.id);
      const pending = await m.query(`SELECT 1 FROM operation_invitations WHERE operation_id = $1 AND agency_id = $2 AND status = 'PENDING'`, [input.operationId, agency.id]);
      if (pending.length) throw badInput([{ field: 'agencyId', message: 'the agency already has a pending invitation to this joint operation' }]);
      // Two coordinators inviting the same agency at once: the unique index on pending invitations lets one through.
      const [row] = await m.query(
        `INSERT INTO operation_invitations (operation_id, agency_id, role, status, message, invited_by_id, expires_at)
         VALUES ($1, $2, $3, 'PENDING', $4, $5, clock_timestamp() + make_interval(days => $6))
         ON CONFLICT (operation_id, agency_id) WHERE status = 'PENDING' DO NOTHING RETURNING id::text`,
        [input.operationId, agency.id, input.role, input.message?.trim() || null, actor.userId, input.expiresInDays ?? INVITATION_TTL_DAYS],
      );
      if (!row) throw badInput([{ field: 'agencyId', message: 'the agency already has a pending invitation to this joint operation' }]);
      await recordOperationEvent(m, { operationId: input.operationId, actorId: actor.userId, action: OperationEventAction.AGENCY_INVITED, agencyId: agency.id, detail: `${agency.acronym} invited as ${input.role}` });
      const [op] = await m.query('SELECT name FROM operations WHERE id = $1', [input.operationId]);
      const drafts: NotificationDraft[] = (await invitationAudience(this.users, m, agency.id)).map((userId) => ({
          recipientUserId: userId,
          type: NotificationType.OPERATION_INVITATION_RECEIVED,
          title: `${agency.acronym} is invited to join ${op.name}`,
          textValues: { agency: agency.acronym, operation: op.name },
          body: null,
          // The invited agency does not see the operation yet: the notification names it; its type leads to /invitations.
          operationId: null,
        }));
      return { id: row.id as string, published: await this.notifications.createInTransaction(m, drafts), agencyIds: [...facts.participatingAgencyIds] };
    });
    this.notifications.publish(published);
    // Only the agencies taking part hear of it live; the invited agency hears through its notification.
    this.bus.publish('operation.changed', { operationId: input.operationId, change: 'INVITATIONS_CHANGED', agencyIds });
    return this.requireOne(id);
  }

  /**
   * Accepts or declines an invitation of the actor's agency. Accepting adds the agency (with the invited role) at once;
   * the operation's coordinators are told either way.
   * @throws NOT_FOUND unless the invitation is addressed to the actor's agency; FORBIDDEN unless the actor is one of
   *   its coordinators or agency admins; BAD_USER_INPUT naming `reason` when declining without one;
   *   FAILED_PRECONDITION when the invitation is no longer pending (answered, withdrawn, expired) or the operation closed.
   */
  async respond(actor: AuthUser, input: RespondToOperationInvitationInput): Promise<OperationInvitationModel> {
    if (!isUuid(input.invitationId)) throw notFound('Invitation');
    await this.markExpired(input.invitationId);
    const { published, operationId, agencyIds } = await this.db.transaction(async (m) => {
      const [inv] = await m.query(`SELECT * FROM operation_invitations WHERE id = $1 FOR UPDATE`, [input.invitationId]);
      if (!inv || inv.agency_id !== actor.agencyId) throw notFound('Invitation');
      if (!speaksForAgency(actor, inv.agency_id)) throw forbidden('Only coordinators and agency admins of the invited agency answer an invitation');
      const status = invitationStatusAt({ status: inv.status, expiresAt: inv.expires_at }, new Date());
      if (status !== InvitationStatus.PENDING) {
        throw failedPrecondition(`This invitation is ${status.toLowerCase()} and can no longer be answered`, { status });
      }
      const reason = input.reason?.trim() || null;
      if (!input.accept && !reason) throw badInput([{ field: 'reason', message: 'say why the agency declines' }]);
      const [op] = await m.query('SELECT name, status, evaluation_finalised_at FROM operations WHERE id = $1 FOR UPDATE', [inv.operation_id]);
      if (input.accept && !isOperationWritable(op.status)) throw failedPrecondition(`Joint operation “${op.name}” is closed: it takes no new agencies`, { operationId: inv.operation_id });
      const next = input.accept ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
      await m.query(`UPDATE operation_invitations SET status = $2, responded_at = clock_timestamp(), responded_by_id = $3, response_reason = $4 WHERE id = $1`, [inv.id, next, actor.userId, reason]);
      const agency = await m.getRepository(AgencyEntity).findOneByOrFail({ id: inv.agency_id });
      if (input.accept) {
        await m.query(`INSERT INTO operation_agencies (operation_id, agency_id, role, joined_at) VALUES ($1, $2, $3, clock_timestamp()) ON CONFLICT DO NOTHING`, [inv.operation_id, inv.agency_id, inv.role]);
      }
      await recordOperationEvent(m, {
        operationId: inv.operation_id,
        actorId: actor.userId,
        action: input.accept ? OperationEventAction.INVITATION_ACCEPTED : OperationEventAction.INVITATION_DECLINED,
        agencyId: inv.agency_id,
        detail: `${agency.acronym} ${input.accept ? `joined as ${inv.role}` : 'declined the invitation'}`,
        reason,
      });
      if (input.accept && inv.role === OperationAgencyRole.PARTY && op.evaluation_finalised_at) {
        // Every party writes its section of the closing evaluation: a party joining late reopens it.
        await m.query('UPDATE operations SET evaluation_finalised_at = NULL, evaluation_finalised_by_id = NULL, version = version + 1 WHERE id = $1', [inv.operation_id]);
        await recordOperationEvent(m, { operationId: inv.operation_id, actorId: actor.userId, action: OperationEventAction.EVALUATION_REOPENED, agencyId: inv.agency_id, detail: `closing evaluation reopened: ${agency.acronym} joined as PARTY and writes its section` });
      }
      const coordinators: Array<{ user_id: string }> = await m.query('SELECT user_id::text FROM operation_coordinators WHERE operation_id = $1', [inv.operation_id]);
      const drafts: NotificationDraft[] = coordinators.map((c) => ({
        recipientUserId: c.user_id,
        type: NotificationType.OPERATION_INVITATION_ANSWERED,
        title: `${agency.acronym} ${input.accept ? 'accepted' : 'declined'} the invitation to ${op.name}`,
        textValues: { agency: agency.acronym, operation: op.name, answer: input.accept ? 'ACCEPTED' : 'DECLINED' },
        body: reason,
        operationId: inv.operation_id,
      }));
      const participants = (await this.access.facts(inv.operation_id, m))?.participatingAgencyIds ?? [];
      return {
        published: await this.notifications.createInTransaction(m, drafts),
        operationId: inv.operation_id as string,
        // A declining agency is not told anything about the operation: only those taking part hear of the answer.
        agencyIds: [...new Set([...participants, ...(input.accept ? [inv.agency_id as string] : [])])],
      };
    });
    this.notifications.publish(published);
    this.bus.publish('operation.changed', { operationId, change: input.accept ? 'AGENCY_JOINED' : 'INVITATIONS_CHANGED', agencyIds });
    return this.requireOne(input.invitationId);
  }

  /**
   * Withdraws a pending invitation (coordinators of the operation).
   * @throws NOT_FOUND for an invisible operation or unknown invitation; FORBIDDEN unless the actor coordinates it;
   *   FAILED_PRECONDITION when it is no longer pending.
   */
  async withdraw(actor: AuthUser, invitationId: string, reason: string | undefined): Promise<OperationInvitationModel> {
    if (!isUuid(invitationId)) throw notFound('Invitation');
    await this.markExpired(invitationId);
    const { operationId, agencyIds, published } = await this.db.transaction(async (m) => {
      const [inv] = await m.query(`SELECT * FROM operation_invitations WHERE id = $1 FOR UPDATE`, [invitationId]);
      if (!inv) throw notFound('Invitation');
      let facts: OperationFacts;
      try {
        facts = await this.access.require(actor, inv.operation_id, m);
      } catch {
        throw notFound('Invitation');
      }
      OperationPolicy.requireCoordinator(actor, facts, 'withdraw its invitations');
      const status = invitationStatusAt({ status: inv.status, expiresAt: inv.expires_at }, new Date());
      if (status !== InvitationStatus.PENDING) throw failedPrecondition(`This invitation is ${status.toLowerCase()} and can no longer be withdrawn`, { status });
      await m.query(`UPDATE operation_invitations SET status = 'WITHDRAWN', responded_at = clock_timestamp(), responded_by_id = $2, response_reason = $3 WHERE id = $1`, [invitationId, actor.userId, reason?.trim() || null]);
      const [agency] = await m.query('SELECT acronym FROM agencies WHERE id = $1', [inv.agency_id]);
      await recordOperationEvent(m, { operationId: inv.operation_id, actorId: actor.userId, action: OperationEventAction.INVITATION_WITHDRAWN, agencyId: inv.agency_id, detail: `invitation to ${agency.acronym} withdrawn`, reason: reason?.trim() || null });
      const [op] = await m.query('SELECT name FROM operations WHERE id = $1', [inv.operation_id]);
      const drafts = (await invitationAudience(this.users, m, inv.agency_id)).map<NotificationDraft>((userId) => ({
        recipientUserId: userId,
        type: NotificationType.OPERATION_INVITATION_WITHDRAWN,
        title: `The invitation of ${agency.acronym} to join ${op.name} was withdrawn`,
        body: reason?.trim() || null,
        textValues: { agency: agency.acronym, operation: op.name },
        operationId: null,
      }));
      return { operationId: inv.operation_id as string, agencyIds: [...facts.participatingAgencyIds], published: await this.notifications.createInTransaction(m, drafts) };
    });
    this.notifications.publish(published);
    this.bus.publish('operation.changed', { operationId, change: 'INVITATIONS_CHANGED', agencyIds });
    return this.requireOne(invitationId);
  }

  /**
   * The invitations of the actor's agency: pending ones and those answered, withdrawn or expired in the last 30 days,
   * newest first. Only its agency admins, coordinators and liaison officers see them (others get an empty list).
   */
  async listForAgency(actor: AuthUser): Promise<OperationInvitationModel[]> {
    if (!hearsOfInvitations(actor.roles)) return [];
    const rows: InvitationRow[] = await this.db.query(
      `${SELECT_INVITATIONS} WHERE i.agency_id = $1 AND (i.status = 'PENDING' OR coalesce(i.responded_at, i.expires_at) > now() - make_interval(days => $2))
       ORDER BY i.created_at DESC LIMIT 200`,
      [actor.agencyId, RECENT_DAYS],
    );
    return this.toModels(rows);
  }

  /**
   * Every invitation of an operation the caller already may see, newest first — to its coordinators only: who was
   * invited, with what message, and why an agency declined is the coordinators' business, not every member's.
   */
  async listForOperation(actor: AuthUser, operationId: string): Promise<OperationInvitationModel[]> {
    if (!isCoordinatorOf(actor, await this.access.require(actor, operationId))) return [];
    const rows: InvitationRow[] = await this.db.query(`${SELECT_INVITATIONS} WHERE i.operation_id = $1 ORDER BY i.created_at DESC`, [operationId]);
    return this.toModels(rows);
  }

  /** Marks a pending invitation of (operation, agency) whose time has passed as EXPIRED. */
  private async expirePending(m: EntityManager, operationId: string, agencyId: string): Promise<void> {
    await m.query(`UPDATE operation_invitations SET status = 'EXPIRED' WHERE operation_id = $1 AND agency_id = $2 AND status = 'PENDING' AND expires_at <= clock_timestamp()`, [operationId, agencyId]);
  }

  /** Stores EXPIRED on one invitation whose time has passed, committed on its own (a refusal that follows keeps it). */
  private async markExpired(invitationId: string): Promise<void> {
    await this.db.query(`UPDATE operation_invitations SET status = 'EXPIRED' WHERE id = $1 AND status = 'PENDING' AND expires_at <= clock_timestamp()`, [invitationId]);
  }

  private async requireOne(id: string): Promise<OperationInvitationModel> {
    const rows: InvitationRow[] = await this.db.query(`${SELECT_INVITATIONS} WHERE i.id = $1`, [id]);
    const [model] = await this.toModels(rows);
    if (!model) throw notFound('Invitation');
    return model;
  }

  private async toModels(rows: InvitationRow[]): Promise<OperationInvitationModel[]> {
    const agencies = new Map((await this.agencies.findByIds([...new Set(rows.flatMap((r) => [r.agency_id, r.lead_agency_id]))])).map((a) => [a.id, a]));
    const now = new Date();
    return rows.map((r) => ({
      id: r.id,
      status: invitationStatusAt({ status: r.status, expiresAt: r.expires_at }, now),
      role: r.role,
      message: r.message,
      operation: { id: r.operation_id, name: r.op_name, purpose: r.op_purpose, status: r.op_status, startsOn: r.op_starts_on, endsOn: r.op_ends_on, leadAgency: agencies.get(r.lead_agency_id)! },
      agency: agencies.get(r.agency_id)!,
      invitedBy: r.invited_by,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      respondedAt: r.responded_at,
      respondedBy: r.responded_by,
      responseReason: r.response_reason,
      answerers: r.answerers,
    }));
  }
}

/** The invited agency's people who hear of its invitations (agency admins, coordinators, liaison officers), enabled. */
export async function invitationAudience(users: UserService, m: EntityManager, agencyId: string): Promise<string[]> {
  return (await users.activeMembersOf(agencyId, m)).filter((u) => hearsOfInvitations(u.roles)).map((u) => u.id);
}

/** Raw enum arrays come back from pg as '{A,B}' strings. */
export function parseRoles(value: string): Role[] {
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as Role[];
}

