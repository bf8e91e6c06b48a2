import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { AgencyService } from '@taskforce/api-agencies';
import { LiveSession, SessionCheckService, SessionCookies, SessionEndReason, UserService } from '@taskforce/api-auth';
import { AppError, AuthUser, type DomainEventMap, EventBus, isUuid } from '@taskforce/api-core';
import { FileAnnouncer } from '@taskforce/api-files';
import { LeadPolicy } from '@taskforce/api-leads';
import { NotificationService, textValueList } from '@taskforce/api-notifications';
import { OperationPolicy } from '@taskforce/api-operations';
import { Subscription } from 'rxjs';
import { Server, Socket } from 'socket.io';
import { ClientEventMap, ClientEventPayload, rooms, Viewer } from './client-events';
import { deliverFileChanged } from './file-delivery';
import { canSeeInformationRequest } from '@taskforce/domain';
import { PresenceServerEvents, PresenceTracker } from './presence-tracker';
import { SocketRateLimiter } from './socket-rate-limit';

interface SocketData {
  auth: AuthUser;
  limiter: SocketRateLimiter;
  viewer: Viewer;
  /** Absolute end of the socket's session (epoch milliseconds, UTC); the socket is disconnected then. */
  sessionExpiresAt: number;
  /** When the session idles out unless there is activity first (epoch milliseconds, UTC); re-checked then. */
  sessionIdleEndsAt: number;
}

/** Longest delay Node's setTimeout takes (about 24.8 days); a later expiry is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A notification for one person, handed by the node that created it to every node (server-side event). */
interface NotificationDelivery {
  recipientUserId: string;
  payload: ClientEventPayload<'notification'>;
}

/** The server-side events between API nodes: presence, and notifications each node delivers to its own sockets. */
type ServerSideEvents = PresenceServerEvents & { 'notification:deliver': (delivery: NotificationDelivery) => void };
type ClientSocket = Socket<Record<string, never>, ClientEventMap, ServerSideEvents, SocketData>;
const OPERATION_ROOM = rooms.operation('');

/**
 * socket.io gateway: authenticates in the handshake — `auth: { token }` (API clients), or the web client's access
 * cookie with the CSRF token in `auth: { csrf }` (see SessionCookies) — a live session needed; places each socket in
 * the rooms the server chooses (user, agency, session), lets a client watch an operation only after an access check
 * (and a re-check that the session is live), and pushes domain events — re-checking access before each one with the
 * record kind's policy (OperationPolicy for operations, their tasks and notifications; LeadPolicy for leads). A socket
 * lives no longer than its session: it is sent `session.revoked { reason }` and disconnected when the session ends
 * (logout, disabled person, copied refresh token — through the event bus: ENDED), at its absolute expiry (EXPIRED) and
 * when it idles out (IDLE), by a timer that re-reads the session when the idle limit of its last recorded activity
 * comes; a notification never goes to a socket whose session has expired. A notification is handed to every node at
 * once (server-side event `notification:deliver`), and each checks access for its own sockets of the recipient and
 * sends it to them: no round trip between nodes before it goes. Board events and presence go by room
 * (one broadcast per event, not one message per socket): `task.changed` to the rooms of the agencies that take part
 * in the operation; presence (PresenceTracker) as the whole list to a socket that starts watching, then as
 * `presence.joined` and `presence.left` deltas to the watchers, gathered per operation over a short window and
 * announced once per person (first socket in, last socket out, on any node); `file.changed` to the readers of the
 * record's files (file-delivery.ts). An open socket, its handshake and its messages are not activity: only the
 * person's requests keep a session alive.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly subscriptions: Subscription[] = [];
  private presence?: PresenceTracker;

  @WebSocketServer()
  server: Server<Record<string, never>, ClientEventMap, ServerSideEvents, SocketData>;
  /** Whether the socket.io server runs on a cluster adapter (server-side events reach the other nodes). */
  private clustered = false;

  constructor(
    private readonly auth: SessionCheckService,
    private readonly cookies: SessionCookies,
    private readonly access: OperationPolicy,
    private readonly bus: EventBus,
    private readonly notifications: NotificationService,
    private readonly users: UserService,
    private readonly agencies: AgencyService,
    private readonly leads: LeadPolicy,
    private readonly files: FileAnnouncer,
  ) {}

  afterInit(server: Server): void {
    this.trackPresence(server as unknown as RealtimeGateway['server']);
    server.use((socket, next) => {
      this.authenticateHandshake(socket.handshake.auth ?? {}, socket.handshake.headers)
        .then(async (session) => {
          const { user } = session;
          const [person, agency] = await Promise.all([this.users.findById(user.userId), this.agencies.findById(user.agencyId)]);
          const viewer = { userId: user.userId, displayName: person?.displayName ?? '', agencyAcronym: agency?.acronym ?? '' };
          socket.data = {
            auth: user,
            limiter: new SocketRateLimiter(Date.now()),
            viewer,
            sessionExpiresAt: session.expiresAt.getTime(),
            sessionIdleEndsAt: session.idleEndsAt.getTime(),
          };
          next();
        })
        .catch((error: unknown) => next(new Error(error instanceof AppError && error.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'UNAUTHENTICATED')));
    });
  }

  /**
   * The session of a handshake: `auth.token` (a bearer access token) if given, else the access cookie, whose handshake
   * must carry the CSRF token as `auth.csrf` (and an allowed Origin, when there is one). Records no activity.
   * @throws UNAUTHENTICATED without a live session; FORBIDDEN when the cookie comes without its CSRF proof.
   */
  private async authenticateHandshake(auth: Record<string, unknown>, headers: Record<string, string | string[] | undefined>): Promise<LiveSession> {
    const token = auth['token'];
    if (typeof token === 'string' && token) return this.auth.authenticateSession(token);
    const cookie = this.cookies.read(headers).access;
    if (!cookie) throw new Error('no credentials');
    const claims = await this.auth.verifyAccessToken(cookie);
    this.cookies.assertSameSiteProof(headers, claims.sid, auth['csrf']);
    return this.auth.liveSession(claims.sid, claims.sub);
  }

  async handleConnection(socket: ClientSocket): Promise<void> {
    const { auth } = socket.data;
    if (!auth) {
      socket.disconnect(true);
      return;
    }
    socket.use((_packet, next) => {
      const verdict = socket.data.limiter.take(Date.now());
      if (verdict === 'ok') return next();
      socket.emit('error', { code: 'RATE_LIMITED' });
      if (verdict === 'disconnect') socket.disconnect(true);
    });
    this.endWithSession(socket);
    if (!socket.connected) return;
    await socket.join([rooms.user(auth.userId), rooms.agency(auth.agencyId), rooms.session(auth.sessionId)]);
    const lastNotificationId: unknown = socket.handshake.auth?.['lastNotificationId'];
    if (typeof lastNotificationId === 'string') {
      for (const n of await this.notifications.missedSince(auth, lastNotificationId)) {
        socket.emit('notification', { id: n.id, type: n.type, title: n.title, body: n.body, textValues: textValueList(n.textValues), operationId: n.operationId, taskId: n.taskId, leadId: n.leadId ?? null, urgent: n.urgent, createdAt: n.createdAt.toISOString() });
      }
    }
  }

  /** Starts sending an operation's board events to this socket if the caller may see it. Ack: `{ ok }`. */
  @SubscribeMessage('operation:watch')
  async watch(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown): Promise<{ ok: boolean }> {
    const operationId = typeof body === 'object' && body !== null ? (body as { operationId?: unknown }).operationId : undefined;
    if (typeof operationId !== 'string') return { ok: false };
    const session = await this.auth.liveSession(socket.data.auth.sessionId, socket.data.auth.userId).catch(() => null);
    if (!session) {
      void this.endSocket(socket);
      return { ok: false };
    }
    const auth = session.user;
    if (!(await this.access.isVisible(auth, operationId))) return { ok: false };
    if (!socket.connected) return { ok: false };
    await socket.join([rooms.operation(operationId), rooms.watchers(operationId, auth.agencyId)]);
    // The others hear of the person at the operation's next flush, if they were not watching yet; the newcomer gets
    // the whole list then.
    this.presence?.startedWatching(operationId, socket.id);
    return { ok: true };
  }

  @SubscribeMessage('operation:unwatch')
  async unwatch(@ConnectedSocket() socket: ClientSocket, @MessageBody() body: unknown): Promise<{ ok: boolean }> {
    const operationId = typeof body === 'object' && body !== null ? (body as { operationId?: unknown }).operationId : undefined;
    if (typeof operationId !== 'string') return { ok: false };
    if (!socket.rooms.has(rooms.operation(operationId))) return { ok: true };
    await socket.leave(rooms.operation(operationId));
    await socket.leave(rooms.watchers(operationId, socket.data.auth.agencyId));
    return { ok: true };
  }

  /**
   * Presence follows the operation rooms of this node's sockets (the adapter's `join-room` / `leave-room`, whatever
   * the cause: watch, unwatch, disconnect, a `socketsLeave` from this or another node); the other nodes' watchers
   * come as server-side events through the cluster adapter.
   */
  private trackPresence(server: RealtimeGateway['server']): void {
    const nsp = server.of('/');
    const adapter = nsp.adapter as unknown as { publish?: unknown; on(event: string, listener: (room: string, id: string) => void): void };
    const clustered = typeof adapter.publish === 'function';
    this.clustered = clustered;
    const tracker = new PresenceTracker(
      {
        emitLocal: (to: string[], except: string[], event: 'presence' | 'presence.joined' | 'presence.left', payload: never) => server.local.to(to).except(except).emit(event, payload),
        serverSideEmit: clustered ? (event, payload) => this.serverSideEmit(event, payload) : undefined,
        isInRoom: (socketId, room) => nsp.sockets.get(socketId)?.rooms.has(room) ?? false,
      },
      rooms.operation,
    );
    adapter.on('join-room', (room, id) => {
      if (!room.startsWith(OPERATION_ROOM)) return;
      const viewer = nsp.sockets.get(id)?.data.viewer;
      if (viewer) tracker.joinedRoom(room.slice(OPERATION_ROOM.length), id, viewer);
    });
    adapter.on('leave-room', (room, id) => {
      if (room.startsWith(OPERATION_ROOM)) tracker.leftRoom(room.slice(OPERATION_ROOM.length), id);
    });
    if (clustered) {
      server.on('notification:deliver', (delivery) => void this.deliverNotification(delivery));
      server.on('presence:batch', (batch) => tracker.onBatch(batch));
      server.on('presence:state', (state) => tracker.onState(state));
      server.on('presence:sync', (from) => tracker.onSync(from));
      server.on('presence:alive', (from) => tracker.onAlive(from));
      server.on('presence:bye', (from) => tracker.onBye(from));
    }
    tracker.start();
    this.presence = tracker;
  }

  onModuleInit(): void {
    this.subscriptions.push(
      this.bus.on('notification.created', async ({ recipientUserId, leadId, ...notification }) => {
        const delivery: NotificationDelivery = { recipientUserId, payload: { ...notification, leadId: leadId ?? null, createdAt: notification.createdAt.toISOString() } };
        // Every node delivers to its own sockets of the person: one message to the other nodes, no round trip first.
        if (this.clustered) this.serverSideEmit('notification:deliver', delivery);
        await this.deliverNotification(delivery);
      }),
      this.bus.on('task.changed', async (event) => {
        // One broadcast to the rooms of the agencies that take part in the operation now (OperationPolicy.canSee is
        // "the viewer's agency takes part"); sockets of any other agency stop watching it first.
        const facts = await this.access.facts(event.operationId);
        const allowed = (facts?.participatingAgencyIds ?? []).filter((agencyId) => OperationPolicy.canSee({ agencyId }, facts!)).map((agencyId) => rooms.watchers(event.operationId, agencyId));
        const room = rooms.operation(event.operationId);
        const outsiders = allowed.length ? this.server.in(room).except(allowed) : this.server.in(room);
        // They drop off the presence list as they leave the room (on whichever node holds them).
        const gone = await outsiders.fetchSockets();
        for (const socket of gone) {
          socket.leave(room);
          socket.leave(rooms.watchers(event.operationId, socket.data.auth.agencyId));
        }
        if (allowed.length) this.server.to(allowed).emit('task.changed', event);
      }),
      this.bus.on('operation.message', async (event) => {
        // Every person of every agency taking part in the operation now, wherever they are in the app (unread markers):
        // one broadcast to those agencies' rooms.
        const facts = await this.access.facts(event.operationId);
        const agencies = (facts?.participatingAgencyIds ?? []).filter((agencyId) => OperationPolicy.canSee({ agencyId }, facts!));
        if (agencies.length) this.server.to(agencies.map((agencyId) => rooms.agency(agencyId))).emit('operation.message', event);
      }),
      this.bus.on('information.request', async (event) => {
        // The people who may see the request (its two agencies and the operation's coordinators, while their agency
        // takes part), each socket checked with the domain's rule.
        const facts = await this.access.facts(event.operationId);
        if (!facts) return;
        const candidates = [rooms.agency(event.fromAgencyId), rooms.agency(event.toAgencyId), ...facts.coordinatorUserIds.map((userId) => rooms.user(userId))];
        for (const socket of this.withLiveSession(await this.server.in(candidates).fetchSockets())) {
          if (canSeeInformationRequest(socket.data.auth, facts, event)) socket.emit('information.request', event);
        }
      }),
      this.bus.on('file.changed', (event) => deliverFileChanged(this.server, this.files, event, (sockets) => this.withLiveSession(sockets))),
      this.bus.on('lead.changed', (event) => this.pushLeadChanged(event)),
      this.bus.on('operation.changed', (event) => this.pushOperationChanged(event)),
      this.bus.on('operation.agency.removed', async ({ operationId, agencyId }) => {
        // On every node; the agency's people drop off the presence list as their sockets leave the room.
        this.server.in(rooms.agency(agencyId)).socketsLeave([rooms.operation(operationId), rooms.watchers(operationId, agencyId)]);
      }),
      this.bus.on('session.revoked', ({ sessionId }) => this.evict(rooms.session(sessionId))),
      this.bus.on('user.disabled', ({ userId }) => this.evict(rooms.user(userId))),
    );
  }

  onModuleDestroy(): void {
    this.subscriptions.forEach((s) => s.unsubscribe());
    this.presence?.stop();
  }

  /**
   * A notification to this node's sockets of its recipient whose session is live, when the recipient may still see
   * its operation and read its lead (all sockets of one person share their agency, so one access check covers them).
   */
  private async deliverNotification({ recipientUserId, payload }: NotificationDelivery): Promise<void> {
    if (typeof recipientUserId !== 'string' || !payload) return;
    const sockets = this.withLiveSession(await this.server.local.in(rooms.user(recipientUserId)).fetchSockets());
    if (!sockets.length) return;
    if (payload.operationId && !(await this.access.isVisible(sockets[0].data.auth, payload.operationId))) return;
    if (payload.leadId && !(await this.leads.isReadable(sockets[0].data.auth, payload.leadId))) return;
    for (const socket of sockets) socket.emit('notification', payload);
  }

  /** A server-side event to the other API nodes (nothing on a single node without a cluster adapter). */
  private serverSideEmit<E extends keyof ServerSideEvents>(event: E, payload: Parameters<ServerSideEvents[E]>[0]): void {
    if (this.clustered) (this.server as unknown as { serverSideEmit(event: string, payload: unknown): boolean }).serverSideEmit(event, payload);
  }

  /**
   * `lead.changed` to the sockets of the agencies named in the event: for each socket, LeadPolicy says now
   * whether the socket's agency may read the lead, and only `{ leadId, change, readable }` is sent — nothing of the
   * lead. Agencies not named hear nothing (a pending request tells its future recipient nothing).
   */
  private async pushLeadChanged({ leadId, change, agencyIds }: DomainEventMap['lead.changed']): Promise<void> {
    const verdicts = new Map<string, Promise<boolean>>();
    const mayRead = (agencyId: string): Promise<boolean> => {
      let verdict = verdicts.get(agencyId);
      if (!verdict) {
        verdict = typeof agencyId === 'string' && isUuid(agencyId) ? this.leads.isReadable({ agencyId }, leadId) : Promise.resolve(false);
        verdicts.set(agencyId, verdict);
      }
      return verdict;
    };
    for (const agencyId of new Set(agencyIds)) {
      const sockets = await this.server.in(rooms.agency(agencyId)).fetchSockets();
      for (const socket of sockets) {
        const socketAgencyId = socket.data.auth?.agencyId;
        if (socketAgencyId !== agencyId) continue;
        socket.emit('lead.changed', { leadId, change, readable: await mayRead(socketAgencyId) });
      }
    }
  }

  /**
   * `operation.changed` to the sockets of the agencies named in the event, with whether each agency takes part in
   * the operation now (one visibility check per agency, read after the change committed).
   */
  private async pushOperationChanged({ operationId, change, agencyIds }: DomainEventMap['operation.changed']): Promise<void> {
    const facts = await this.access.facts(operationId);
    for (const agencyId of new Set(agencyIds)) {
      const visible = !!facts && OperationPolicy.canSee({ agencyId }, facts);
      const sockets = await this.server.in(rooms.agency(agencyId)).fetchSockets();
      for (const socket of sockets) {
        if (socket.data.auth?.agencyId === agencyId) socket.emit('operation.changed', { operationId, change, visible });
      }
    }
  }

  /**
   * Disconnects the socket (after `session.revoked { reason }`) when its session ends by time: one timer per socket,
   * set at connection for the sooner of the absolute expiry and the idle end, cleared on disconnect. At the idle end
   * the session is read again: activity meanwhile (requests, on any node) moves the timer on; otherwise the socket goes
   * (IDLE). An instant beyond setTimeout's range is re-armed when the timer fires.
   */
  private endWithSession(socket: ClientSocket): void {
    let timer: NodeJS.Timeout | undefined;
    let closed = false;
    const arm = () => {
      if (closed) return;
      const now = Date.now();
      if (socket.data.sessionExpiresAt <= now) {
        void this.endSocket(socket, 'EXPIRED');
        return;
      }
      if (socket.data.sessionIdleEndsAt <= now) {
        this.auth
          .liveSession(socket.data.auth.sessionId, socket.data.auth.userId)
          .then((session) => {
            // At least a second on, should the database's clock run behind this node's.
            socket.data.sessionIdleEndsAt = Math.max(session.idleEndsAt.getTime(), Date.now() + 1000);
            socket.data.sessionExpiresAt = session.expiresAt.getTime();
            schedule();
          })
          .catch(() => void this.endSocket(socket));
        return;
      }
      schedule();
    };
    const schedule = () => {
      if (closed) return;
      const next = Math.min(socket.data.sessionExpiresAt, socket.data.sessionIdleEndsAt);
      timer = setTimeout(arm, Math.min(Math.max(0, next - Date.now()), MAX_TIMER_MS));
      timer.unref();
    };
    socket.once('disconnect', () => {
      closed = true;
      clearTimeout(timer);
    });
    arm();
  }

  /** Sends `session.revoked { reason }` (the session's end reason, read now when not given) and disconnects the socket. */
  private async endSocket(socket: ClientSocket, known?: SessionEndReason): Promise<void> {
    const reason = known ?? (await this.auth.endReason(socket.data.auth.sessionId).catch((): SessionEndReason => 'ENDED'));
    if (!socket.connected) return;
    this.logger.log(`session of socket ${socket.id} ended (${reason})`);
    socket.emit('session.revoked', this.revokedPayload(reason));
    socket.disconnect(true);
  }

  private revokedPayload(reason: SessionEndReason): ClientEventPayload<'session.revoked'> {
    return reason === 'IDLE' ? { reason, idleMinutes: this.auth.idleLimitMs / 60_000 } : { reason };
  }

  /**
   * The sockets (local or on another node) whose session has not expired; the others are disconnected now, in case
   * their timer has not fired yet. A socket without an expiry (a node of an older version) is kept.
   */
  private withLiveSession<T extends { data: Partial<SocketData>; disconnect(close?: boolean): unknown }>(sockets: T[]): T[] {
    const now = Date.now();
    return sockets.filter((socket) => {
      const expiresAt = socket.data.sessionExpiresAt;
      if (typeof expiresAt !== 'number' || expiresAt > now) return true;
      socket.disconnect(true);
      return false;
    });
  }

  private evict(room: string): void {
    this.server.to(room).emit('session.revoked', { reason: 'ENDED' });
    this.server.in(room).disconnectSockets(true);
    this.logger.log(`disconnected sockets of ${room}`);
  }
}
