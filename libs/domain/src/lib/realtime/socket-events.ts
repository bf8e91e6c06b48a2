/**
 * The socket.io contract between the API and the web client, typed once: the events the server sends with their
 * payloads, and the events the client sends with their answers (docs/api-contract.md, "socket.io"). The API's
 * gateway and event bus and the web client both import these types, so the two sides cannot drift.
 */
import type { NotificationType, TaskStatus } from '../enums';
import type { HandlingCode, TlpLabel } from '../sharing/types';
import type { InformationRequestStatus } from '../channels/information-requests';

/** Payload of the socket `notification` event: a notification already persisted for the recipient. */
export interface NotificationEvent {
  id: string;
  type: NotificationType;
  title: string;
  body: string | null;
  operationId: string | null;
  taskId: string | null;
  /** The lead a lead notification is about. */
  leadId: string | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Pushed even when muted or in quiet hours (an urgent task, an escalation). */
  urgent: boolean;
  /**
   * The values `title` and `body` are written from, by name (`task`, `agency`, `operation`, status codes …), sorted
   * by name: the client writes the notification in the reader's language from `type` and these. Empty for
   * notifications stored before they were kept (then `title` and `body`, in English, are shown).
   */
  textValues: NotificationTextValue[];
}

/** One named value of a notification's text: `{ name: 'task', value: 'Interview the witness' }`. */
export interface NotificationTextValue {
  name: string;
  value: string;
}

/** What changed about a task, in `task.changed`. */
export type TaskChange = 'CREATED' | 'STATUS_CHANGED' | 'COMMENTED' | 'ACKNOWLEDGED' | 'ESCALATED' | 'EDITED';

/** A person viewing an operation, in `presence`. */
export interface PresenceViewer {
  userId: string;
  displayName: string;
  agencyAcronym: string;
}

/**
 * Payload of `presence`: everyone watching the operation now (one entry per person, however many tabs, on every API
 * node), sent only to a socket that starts watching, shortly after its `operation:watch` is acknowledged (at most one
 * presence window); after it, the list changes by `presence.joined` and `presence.left` (`applyPresenceChange`).
 */
export interface PresenceEvent {
  operationId: string;
  viewers: PresenceViewer[];
}

/**
 * Payload of `presence.joined`, sent to the operation's watchers for the people who started watching during one
 * presence window (a person's first socket watching the operation, on any node: another tab of someone already
 * watching changes nothing). Never empty.
 */
export interface PresenceJoinedEvent {
  operationId: string;
  viewers: PresenceViewer[];
}

/**
 * Payload of `presence.left`, sent to the operation's watchers for the people whose last socket (on any node) stopped
 * watching it during one presence window. Never empty.
 */
export interface PresenceLeftEvent {
  operationId: string;
  userIds: string[];
}

/** Payload of the server's `error` event (e.g. too many messages: the extra ones were dropped). */
export interface SocketErrorEvent {
  code: string;
}

/** Payload of `task.changed`, sent to every socket watching the operation. */
export interface TaskChangedEvent {
  operationId: string;
  taskId: string;
  change: TaskChange;
  status: TaskStatus;
  version: number;
}

/** What changed about a lead, in `lead.changed`. */
export type LeadChange = 'CREATED' | 'UPDATED' | 'SHARED' | 'APPROVAL_DECIDED' | 'REVOKED' | 'LAPSED' | 'TASK_LINKED';

/**
 * Payload of `lead.changed`, sent to the sockets of the agencies concerned: `readable` says whether the receiving
 * agency may read the lead now. Nothing of the lead itself: refetch through GraphQL.
 */
export interface LeadChangedEvent {
  leadId: string;
  change: LeadChange;
  readable: boolean;
}

/** What changed about a joint operation, in `operation.changed`. */
export type OperationChange =
  | 'STATUS_CHANGED'
  | 'EDITED'
  | 'AGENCY_JOINED'
  | 'AGENCY_LEFT'
  | 'AGENCY_REMOVED'
  | 'COORDINATORS_CHANGED'
  | 'EVALUATION_CHANGED'
  | 'INVITATIONS_CHANGED';

/**
 * Payload of `operation.changed`, sent to every socket of the agencies concerned: `visible` says whether the
 * receiving agency takes part in the operation now (true for one that just joined, false for one that just left).
 * Nothing else of the operation: refetch through GraphQL.
 */
export interface OperationChangedEvent {
  operationId: string;
  change: OperationChange;
  visible: boolean;
}

/**
 * Why the server is about to disconnect the socket: its session ENDED (logout, revoked, person disabled, copied
 * refresh token), EXPIRED (absolute end) or went IDLE (no activity for `idleMinutes`, SESSION_IDLE_MINUTES).
 */
export type SessionRevokedEvent = { reason: 'ENDED' | 'EXPIRED' } | { reason: 'IDLE'; idleMinutes: number };

/** What happened to a channel message, in `operation.message`. */
export type OperationMessageChange = 'POSTED' | 'EDITED' | 'DELETED';

/**
 * Payload of `operation.message`, sent to the people of every agency taking part in the operation when a message of
 * its channel is posted, edited or deleted: the message as its members read it (`body` null once deleted).
 */
export interface OperationMessageEvent {
  id: string;
  operationId: string;
  /** The thread's first message, or null for a message that starts a thread. */
  threadId: string | null;
  change: OperationMessageChange;
  /** Position in the channel (ascending); unread markers count from it. */
  seq: number;
  body: string | null;
  tlp: `${TlpLabel}`;
  handlingCode: `${HandlingCode}` | null;
  authorId: string;
  authorAgencyId: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

/** What happened to a request for information, in `information.request`. */
export type InformationRequestChange = 'SENT' | 'ACKNOWLEDGED' | 'ANSWERED' | 'ESCALATED' | 'FILE_ATTACHED';

/**
 * Payload of `information.request`, sent to the people who may see the request (its two agencies and the operation's
 * coordinators, libs/domain `canSeeInformationRequest`) when it is sent, acknowledged, answered or escalated, or a file
 * is attached to it. Ids and
 * status only, never the subject or body: clients read the request through GraphQL.
 */
export interface InformationRequestEvent {
  id: string;
  operationId: string;
  change: InformationRequestChange;
  status: `${InformationRequestStatus}`;
  fromAgencyId: string;
  toAgencyId: string;
}

/** What happened to an evidence file, as its readers hear it: ATTACHED (uploaded or moved here), DETACHED (moved away), MARKING_CHANGED, CONTENT_DELETED, INTEGRITY_CHECKED (a check found its content altered, or matching again). */
export type FileChange = 'ATTACHED' | 'DETACHED' | 'MARKING_CHANGED' | 'CONTENT_DELETED' | 'INTEGRITY_CHECKED';

/**
 * `file.changed`: a file of a record changed. Sent to exactly the people who may read the record's files (the
 * readers of the record before the change for DETACHED); ids and the change only, never the file's name or markings.
 */
export interface FileChangedEvent {
  fileId: string;
  change: FileChange;
  /** The record: one of FileAttachmentKind. */
  attachedKind: string;
  attachedId: string;
  /** Its joint operation; null for a lead outside operations. */
  operationId: string | null;
}

/** Events the server sends (docs/api-contract.md, "socket.io"). */
export interface ServerToClientEvents {
  notification: (event: NotificationEvent) => void;
  'task.changed': (event: TaskChangedEvent) => void;
  'lead.changed': (event: LeadChangedEvent) => void;
  'operation.changed': (event: OperationChangedEvent) => void;
  'operation.message': (event: OperationMessageEvent) => void;
  'information.request': (event: InformationRequestEvent) => void;
  'file.changed': (event: FileChangedEvent) => void;
  'session.revoked': (event: SessionRevokedEvent) => void;
  presence: (event: PresenceEvent) => void;
  'presence.joined': (event: PresenceJoinedEvent) => void;
  'presence.left': (event: PresenceLeftEvent) => void;
  error: (event: SocketErrorEvent) => void;
}

/** Answer to `operation:watch` (and `operation:unwatch`). */
export interface WatchAck {
  ok: boolean;
}

/** Events the client sends. */
export interface ClientToServerEvents {
  'operation:watch': (payload: { operationId: string }, ack: (result: WatchAck) => void) => void;
  'operation:unwatch': (payload: { operationId: string }, ack: (result: WatchAck) => void) => void;
}
