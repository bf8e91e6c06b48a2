import type { PresenceViewer, ServerToClientEvents } from '@taskforce/domain';

/** Every event the server sends to socket.io clients, with its payload: the contract in libs/domain, shared with the web client. */
export type ClientEventMap = ServerToClientEvents;

/** The payload of a client event. */
export type ClientEventPayload<E extends keyof ClientEventMap> = Parameters<ClientEventMap[E]>[0];

/** A person viewing an operation, as shown to the others viewing it. */
export type Viewer = PresenceViewer;

/** Rooms are chosen by the server only; these build their names. */
export const rooms = {
  user: (id: string) => `user:${id}`,
  agency: (id: string) => `agency:${id}`,
  session: (id: string) => `session:${id}`,
  operation: (id: string) => `operation:${id}`,
  /** The sockets of one agency watching one operation: board events go to the agencies that take part in it. */
  watchers: (operationId: string, agencyId: string) => `watchers:${operationId}:${agencyId}`,
};
