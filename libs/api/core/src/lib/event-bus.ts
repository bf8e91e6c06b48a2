import { Injectable, Logger } from '@nestjs/common';
import { Subject, Subscription } from 'rxjs';
import type { FileChangedEvent, InformationRequestEvent, LeadChange, NotificationEvent, OperationChange, OperationMessageEvent, TaskChange, TaskStatus } from '@taskforce/domain';

/**
 * Events that domain services publish after their transaction commits, for the real-time gateway to push.
 * Services never touch socket.io; the gateway never decides who may know what on its own — it re-checks.
 */
export interface DomainEventMap {
  /**
   * A notification row was committed for `recipientUserId`: the socket `notification` payload (`NotificationEvent`)
   * with its recipient, `createdAt` as a Date, and `leadId` optional. The gateway pushes it only while the
   * recipient's agency may see its operation and read its lead.
   */
  'notification.created': Omit<NotificationEvent, 'createdAt' | 'leadId'> & { recipientUserId: string; leadId?: string | null; createdAt: Date };
  /** A task of `operationId` changed; watchers refetch. */
  'task.changed': {
    operationId: string;
    taskId: string;
    change: TaskChange;
    status: TaskStatus;
    version: number;
  };
  /**
   * A lead changed, or who may read it changed. `agencyIds` are the agencies whose readers must hear of it: those
   * that may read it now and those that just lost it (revocation, lapse). The gateway re-checks access per socket
   * and sends `lead.changed { leadId, change, readable }`; nothing of the lead's content is pushed.
   */
  'lead.changed': {
    leadId: string;
    change: LeadChange;
    agencyIds: string[];
  };
  /**
   * A joint operation changed, or who takes part in it changed. `agencyIds` are the agencies whose people must hear
   * of it: those taking part now and any that just joined or left. The gateway re-checks visibility per socket and
   * sends `operation.changed { operationId, change, visible }`; clients refetch through GraphQL.
   */
  'operation.changed': {
    operationId: string;
    change: OperationChange;
    agencyIds: string[];
  };
  /**
   * A message of an operation's channel was posted, edited or deleted (committed). The gateway sends it to the people
   * of the agencies taking part in the operation when it is sent.
   */
  'operation.message': OperationMessageEvent;
  /**
   * A request for information was sent, acknowledged, answered or escalated (committed). The gateway sends it to the
   * sockets whose person may see the request (libs/domain `canSeeInformationRequest`).
   */
  'information.request': InformationRequestEvent;
  /**
   * An evidence file was attached to, moved off, re-marked on or had its content deleted from a record (committed).
   * The gateway sends it to the sockets whose person may read the record's files (AttachmentPolicy, asked per agency).
   */
  'file.changed': FileChangedEvent;
  /** An agency stopped participating in an operation; its sockets must stop receiving the operation's events. */
  'operation.agency.removed': { operationId: string; agencyId: string };
  /** A session ended (logout); its sockets must go at once. */
  'session.revoked': { sessionId: string };
  /** Every session of a user ended (user disabled, or a new password set with a one-time link). */
  'user.disabled': { userId: string };
}

export type DomainEventName = keyof DomainEventMap;
type Envelope = { [K in DomainEventName]: { name: K; payload: DomainEventMap[K] } }[DomainEventName];

/** In-process publish/subscribe of DomainEventMap events. */
@Injectable()
export class EventBus {
  private readonly logger = new Logger(EventBus.name);
  private readonly subject = new Subject<Envelope>();

  publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    this.subject.next({ name, payload } as Envelope);
  }

  on<K extends DomainEventName>(name: K, handler: (payload: DomainEventMap[K]) => void | Promise<void>): Subscription {
    return this.subject.subscribe((event) => {
      if (event.name !== name) return;
      Promise.resolve()
        .then(() => handler(event.payload as DomainEventMap[K]))
        .catch((err: unknown) => this.logger.error(`handler for ${name} failed: ${String(err)}`));
    });
  }
}
