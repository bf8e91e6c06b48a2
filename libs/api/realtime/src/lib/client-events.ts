import type { DomainEventMap } from '@taskforce/api-core';

/** Every event the server sends to socket.io clients, with its payload (see docs/api-contract.md). */
export interface ClientEventMap {
  notification: (payload: Omit<DomainEventMap['notification.created'], 'recipientUserId' | 'leadId'> & { leadId: string | null }) => void;
  'task.changed': (payload: DomainEventMap['task.changed']) => void;
  /**
   * Just before the server disconnects a socket whose session ended: ENDED (logout, revoked, person disabled, copied
   * refresh token), EXPIRED (absolute end), IDLE (no activity for `idleMinutes`, SESSION_IDLE_MINUTES).
   */
  'session.revoked': (payload: { reason: 'ENDED' | 'EXPIRED' } | { reason: 'IDLE'; idleMinutes: number }) => void;
  /**
   * A lead changed or who may read it changed; `readable` is whether the receiving socket's agency may read it now
   * (re-checked per socket). Nothing of the lead's content is sent: clients refetch through GraphQL.
   */
  'lead.changed': (payload: { leadId: string; change: DomainEventMap['lead.changed']['change']; readable: boolean }) => void;
  /**
   * A joint operation changed or who takes part in it changed; `visible` is whether the receiving socket's agency
   * takes part in it now (re-checked per agency). An agency that just joined gets `visible: true` and may watch it at
   * once; one that just left gets `visible: false`. Nothing else of the operation is sent: clients refetch.
   */
  'operation.changed': (payload: { operationId: string; change: DomainEventMap['operation.changed']['change']; visible: boolean }) => void;
  /** Who is viewing an operation now (one entry per person), to every socket watching it. */
  presence: (payload: { operationId: string; viewers: Viewer[] }) => void;
  /** The socket sent too many messages; the extra ones were dropped. */
  error: (payload: { code: 'RATE_LIMITED' }) => void;
}

/** The payload of a client event. */
export type ClientEventPayload<E extends keyof ClientEventMap> = Parameters<ClientEventMap[E]>[0];

/** A person viewing an operation, as shown to the others viewing it. */
export interface Viewer {
  userId: string;
  displayName: string;
  agencyAcronym: string;
}

/** Rooms are chosen by the server only; these build their names. */
export const rooms = {
  user: (id: string) => `user:${id}`,
  agency: (id: string) => `agency:${id}`,
  session: (id: string) => `session:${id}`,
  operation: (id: string) => `operation:${id}`,
};
