import { TaskPriority } from '../enums';
import { isOperationWritable } from '../operation-lifecycle';
import { Actor, canSeeOperation, isCoordinatorOf, OperationFacts } from '../task-rules';

/**
 * Where a request for information between two agencies of a joint operation stands: SENT (not yet acknowledged),
 * ACKNOWLEDGED (the addressee recorded receipt), ANSWERED (the addressee replied; the request is closed).
 */
export enum InformationRequestStatus {
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ANSWERED = 'ANSWERED',
}

/** The facts about a request for information the rules look at. Instants are UTC. */
export interface InformationRequestFacts {
  fromAgencyId: string;
  toAgencyId: string;
  priority: TaskPriority;
  createdAt: Date;
  dueAt: Date | null;
  acknowledgedAt: Date | null;
  answeredAt: Date | null;
  escalatedAt: Date | null;
}

/** The status the facts give: answered, else acknowledged, else sent. */
export function informationRequestStatus(request: Pick<InformationRequestFacts, 'acknowledgedAt' | 'answeredAt'>): InformationRequestStatus {
  if (request.answeredAt) return InformationRequestStatus.ANSWERED;
  return request.acknowledgedAt ? InformationRequestStatus.ACKNOWLEDGED : InformationRequestStatus.SENT;
}

/**
 * Need-to-know for a request: the people of the sending and the addressed agency, and the operation's coordinators,
 * while their agency takes part in the operation (`canSeeOperation`). Another agency of the same operation does not
 * see it, nor learn that it exists: a request between two agencies is their exchange (Europol's SIENA sends a message
 * to its addressees only), and the coordinators see it because overdue requests escalate to them.
 */
export function canSeeInformationRequest(actor: Actor, operation: OperationFacts, request: Pick<InformationRequestFacts, 'fromAgencyId' | 'toAgencyId'>): boolean {
  if (!canSeeOperation(actor, operation)) return false;
  return actor.agencyId === request.fromAgencyId || actor.agencyId === request.toAgencyId || isCoordinatorOf(actor, operation);
}

/**
 * True when the actor may acknowledge or answer the request: a person of the addressed agency, while the operation
 * takes writes (not CLOSED) and the request is not answered yet.
 */
export function canRespondToInformationRequest(actor: Actor, operation: OperationFacts, request: Pick<InformationRequestFacts, 'fromAgencyId' | 'toAgencyId' | 'answeredAt'>): boolean {
  return canSeeOperation(actor, operation) && actor.agencyId === request.toAgencyId && isOperationWritable(operation.status) && !request.answeredAt;
}

/** Why a request escalates to the operation's coordinators. */
export type InformationRequestEscalation = 'OVERDUE' | 'NOT_ACKNOWLEDGED';

/**
 * Whether a request escalates at `now`, and why, as urgent tasks do: once (never when `escalatedAt` is set), never
 * once answered; `OVERDUE` when its due date has passed; `NOT_ACKNOWLEDGED` when it is URGENT and nobody acknowledged
 * it within the operation's `escalationMinutes` of being sent. Overdue wins when both hold.
 */
export function informationRequestEscalation(request: InformationRequestFacts, escalationMinutes: number, now: Date): InformationRequestEscalation | null {
  if (request.escalatedAt || request.answeredAt) return null;
  if (request.dueAt && request.dueAt.getTime() <= now.getTime()) return 'OVERDUE';
  const ackDeadline = request.createdAt.getTime() + escalationMinutes * 60_000;
  if (request.priority === TaskPriority.URGENT && !request.acknowledgedAt && ackDeadline <= now.getTime()) return 'NOT_ACKNOWLEDGED';
  return null;
}
