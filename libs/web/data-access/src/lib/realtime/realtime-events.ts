import type { ClientToServerEvents, ServerToClientEvents } from '@taskforce/domain';
import type { Socket } from 'socket.io-client';

export type {
  ClientToServerEvents,
  LeadChange,
  LeadChangedEvent,
  NotificationEvent,
  OperationChange,
  OperationChangedEvent,
  PresenceEvent,
  PresenceViewer,
  ServerToClientEvents,
  SessionRevokedEvent,
  SocketErrorEvent,
  TaskChange,
  TaskChangedEvent,
  WatchAck,
} from '@taskforce/domain';

/** The typed socket of this app (the event types live in libs/domain, shared with the API). */
export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The server events a component may listen to. */
export type ServerEventName = keyof ServerToClientEvents;

/** The payload of one server event. */
export type ServerEventPayload<E extends ServerEventName> = Parameters<ServerToClientEvents[E]>[0];
