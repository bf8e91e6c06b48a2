import { randomUUID } from 'node:crypto';
import type { PresenceViewer } from '@taskforce/domain';
import { applyPresenceChange } from '@taskforce/domain';

/** How long presence changes of one operation are gathered on a node before they go out as one event (ms). */
export const PRESENCE_WINDOW_MS = 150;
/** Every node tells the others it is alive this often (ms); a node not heard from for three periods is forgotten. */
export const PRESENCE_HEARTBEAT_MS = 5000;

/** A node's presence changes for one operation, sent to the other nodes (server-side event `presence:batch`). */
export interface PresenceBatch {
  node: string;
  operationId: string;
  joined: PresenceViewer[];
  left: string[];
}

/** Everyone a node has watching, per operation (server-side event `presence:state`, the answer to `presence:sync`). */
export interface PresenceState {
  node: string;
  operations: Record<string, PresenceViewer[]>;
}

/** The server-side events between API nodes that carry presence. */
export interface PresenceServerEvents {
  'presence:batch': (batch: PresenceBatch) => void;
  'presence:state': (state: PresenceState) => void;
  /** A node asks every other node for its whole state (at start-up, or on hearing of a node it does not know). */
  'presence:sync': (from: { node: string }) => void;
  'presence:alive': (from: { node: string }) => void;
  /** A node that stops: the others forget its viewers at once. */
  'presence:bye': (from: { node: string }) => void;
}

/** What the tracker needs of socket.io: local emits, server-side emits to the other nodes, a socket's state. */
export interface PresenceIo {
  /** Sends to this node's sockets in `rooms` but not in `except` (room names; a socket id is a room of its own). */
  emitLocal(rooms: string[], except: string[], event: 'presence', payload: { operationId: string; viewers: PresenceViewer[] }): void;
  emitLocal(rooms: string[], except: string[], event: 'presence.joined', payload: { operationId: string; viewers: PresenceViewer[] }): void;
  emitLocal(rooms: string[], except: string[], event: 'presence.left', payload: { operationId: string; userIds: string[] }): void;
  /** Sends a server-side event to every other node; absent on a single node without a cluster adapter. */
  serverSideEmit?: <E extends keyof PresenceServerEvents>(event: E, payload: Parameters<PresenceServerEvents[E]>[0]) => void;
  /** Whether this node's socket `socketId` is connected and in `room`. */
  isInRoom(socketId: string, room: string): boolean;
}

type Viewers = Map<string, PresenceViewer>;

/**
 * Who is watching which operation, kept in memory on each API node, and the presence events that follow from it,
 * in time linear in the number of watches whatever their number:
 *
 * - **local**: this node's sockets in each operation room, by person (`joinedRoom` / `leftRoom`, from the adapter's
 *   `join-room` / `leave-room`, whatever made the socket join or leave: watch, unwatch, disconnect, a `socketsLeave`
 *   sent by another node). A person counts once however many of their sockets watch.
 * - **remote**: the people each other node has watching, as that node announced them (`presence:batch`,
 *   `presence:state`); a node not heard from for three heartbeats, or one that says `presence:bye`, is forgotten.
 * - **shown**: what this node's watchers of the operation have been told — the union of local and remote as of the
 *   last flush.
 *
 * Changes are gathered per operation (one timer per operation per node): a change after a quiet window goes out at
 * once, the changes that follow within `windowMs` of a flush wait for the window's end; at each flush the other
 * nodes get this node's changes as one `presence:batch`; this node's watchers get one `presence.joined { viewers }`
 * for the people now watching on some node who were not shown, and one `presence.left { userIds }` for those shown
 * who are watching on no node any more (a second tab, or a person already watching on another node, changes nothing).
 * A socket that starts watching is sent, instead of that flush's deltas, the whole list (`presence`) as one broadcast
 * to all the newcomers of the window (encoded once): exactly what the other watchers hold after the deltas.
 */
export class PresenceTracker {
  readonly node = randomUUID();
  private readonly local = new Map<string, Map<string, { viewer: PresenceViewer; sockets: Set<string> }>>();
  /** Whose each local watching socket is, and in how many operation rooms it is. */
  private readonly socketUser = new Map<string, { userId: string; rooms: number }>();
  /** What the other nodes have been told this node has watching, per operation. */
  private readonly published = new Map<string, Viewers>();
  private readonly remote = new Map<string, { seenAt: number; complete: boolean; operations: Map<string, Viewers> }>();
  private readonly shown = new Map<string, Viewers>();
  /** People whose presence may have changed since the operation's last flush. */
  private readonly dirty = new Map<string, Set<string>>();
  /** Sockets that started watching since the operation's last flush. */
  private readonly newcomers = new Map<string, Set<string>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastFlush = new Map<string, number>();
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly io: PresenceIo,
    private readonly room: (operationId: string) => string,
    private readonly windowMs = PRESENCE_WINDOW_MS,
    private readonly heartbeatMs = PRESENCE_HEARTBEAT_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts the heartbeat and asks the other nodes for what they have. */
  start(): void {
    if (!this.io.serverSideEmit) return;
    this.io.serverSideEmit('presence:sync', { node: this.node });
    this.heartbeat = setInterval(() => this.beat(), this.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Tells the other nodes this one stops; sends nothing afterwards. */
  stop(): void {
    if (this.closed) return;
    this.io.serverSideEmit?.('presence:bye', { node: this.node });
    this.closed = true;
    clearInterval(this.heartbeat);
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }

  /** A socket of this node, `viewer`, joined the operation's room. */
  joinedRoom(operationId: string, socketId: string, viewer: PresenceViewer): void {
    const known = this.socketUser.get(socketId);
    if (known) known.rooms++;
    else this.socketUser.set(socketId, { userId: viewer.userId, rooms: 1 });
    let people = this.local.get(operationId);
    if (!people) this.local.set(operationId, (people = new Map()));
    const entry = people.get(viewer.userId);
    if (entry) entry.sockets.add(socketId);
    else {
      people.set(viewer.userId, { viewer, sockets: new Set([socketId]) });
      this.touch(operationId, viewer.userId);
    }
  }

  /** A socket of this node left the operation's room (stopped watching, disconnected or was made to leave). */
  leftRoom(operationId: string, socketId: string): void {
    const known = this.socketUser.get(socketId);
    if (!known) return;
    if (--known.rooms === 0) this.socketUser.delete(socketId);
    const { userId } = known;
    const people = this.local.get(operationId);
    const entry = people?.get(userId);
    if (!people || !entry || !entry.sockets.delete(socketId)) return;
    if (entry.sockets.size > 0) return;
    people.delete(userId);
    if (people.size === 0) this.local.delete(operationId);
    this.touch(operationId, userId);
  }

  /** The socket started watching (it is in the room): it gets the whole list at the operation's next flush. */
  startedWatching(operationId: string, socketId: string): void {
    let sockets = this.newcomers.get(operationId);
    if (!sockets) this.newcomers.set(operationId, (sockets = new Set()));
    sockets.add(socketId);
    this.schedule(operationId);
  }

  /** Changes announced by another node. */
  onBatch({ node, operationId, joined, left }: PresenceBatch): void {
    if (node === this.node || !Array.isArray(joined) || !Array.isArray(left)) return;
    const known = this.remoteNode(node);
    let people = known.operations.get(operationId);
    if (!people) known.operations.set(operationId, (people = new Map()));
    for (const viewer of joined) {
      people.set(viewer.userId, viewer);
      this.touch(operationId, viewer.userId);
    }
    for (const userId of left) {
      people.delete(userId);
      this.touch(operationId, userId);
    }
    if (people.size === 0) known.operations.delete(operationId);
  }

  /** Another node's whole state: replaces what this node held of it. */
  onState({ node, operations }: PresenceState): void {
    if (node === this.node || !operations || typeof operations !== 'object') return;
    const known = this.remoteNode(node, true);
    const before = known.operations;
    known.operations = new Map(Object.entries(operations).map(([operationId, viewers]) => [operationId, new Map(viewers.map((v) => [v.userId, v]))]));
    known.complete = true;
    this.touchAll(before);
    this.touchAll(known.operations);
  }

  /** Another node asks for everyone this node has watching. */
  onSync({ node }: { node: string }): void {
    if (node === this.node || this.closed) return;
    this.remoteNode(node);
    const operations: PresenceState['operations'] = {};
    for (const [operationId, people] of this.published) operations[operationId] = [...people.values()];
    this.io.serverSideEmit?.('presence:state', { node: this.node, operations });
  }

  onAlive({ node }: { node: string }): void {
    if (node === this.node) return;
    const known = this.remoteNode(node);
    if (!known.complete) this.io.serverSideEmit?.('presence:sync', { node: this.node });
  }

  onBye({ node }: { node: string }): void {
    this.forget(node);
  }

  /** The heartbeat: tells the others this node is alive, forgets nodes not heard from for three periods. */
  beat(): void {
    if (this.closed) return;
    this.io.serverSideEmit?.('presence:alive', { node: this.node });
    const silentSince = this.now() - 3 * this.heartbeatMs;
    for (const [node, known] of this.remote) if (known.seenAt < silentSince) this.forget(node);
  }

  /** Sends what changed for the operation now (the timer's job; tests call it directly). */
  flush(operationId: string): void {
    clearTimeout(this.timers.get(operationId));
    this.timers.delete(operationId);
    if (this.closed) return;
    this.lastFlush.set(operationId, this.now());
    const touched = this.dirty.get(operationId) ?? new Set<string>();
    this.dirty.delete(operationId);
    const local = this.local.get(operationId);

    // 1. The other nodes: this node's own changes.
    let published = this.published.get(operationId);
    const nodeJoined: PresenceViewer[] = [];
    const nodeLeft: string[] = [];
    for (const userId of touched) {
      const here = local?.get(userId);
      if (here && !published?.has(userId)) {
        if (!published) this.published.set(operationId, (published = new Map()));
        published.set(userId, here.viewer);
        nodeJoined.push(here.viewer);
      } else if (!here && published?.delete(userId)) nodeLeft.push(userId);
    }
    if (published?.size === 0) this.published.delete(operationId);
    if (nodeJoined.length || nodeLeft.length) this.io.serverSideEmit?.('presence:batch', { node: this.node, operationId, joined: nodeJoined, left: nodeLeft });

    // 2. This node's watchers: who is watching on some node now, against what they were shown.
    let shown = this.shown.get(operationId);
    const joined: PresenceViewer[] = [];
    const left: string[] = [];
    for (const userId of touched) {
      const viewer = local?.get(userId)?.viewer ?? this.remoteViewer(operationId, userId);
      if (viewer && !shown?.has(userId)) {
        if (!shown) this.shown.set(operationId, (shown = new Map()));
        shown.set(userId, viewer);
        joined.push(viewer);
      } else if (!viewer && shown?.delete(userId)) left.push(userId);
    }
    if (shown?.size === 0) this.shown.delete(operationId);
    // The sockets that started watching get the whole list instead (3.).
    const room = this.room(operationId);
    const newcomers = [...(this.newcomers.get(operationId) ?? [])].filter((socketId) => this.io.isInRoom(socketId, room));
    this.newcomers.delete(operationId);
    if (joined.length) this.io.emitLocal([room], newcomers, 'presence.joined', { operationId, viewers: joined });
    if (left.length) this.io.emitLocal([room], newcomers, 'presence.left', { operationId, userIds: left });

    // 3. The sockets that started watching: the whole list, once for all of them.
    if (newcomers.length) this.io.emitLocal(newcomers, [], 'presence', { operationId, viewers: applyPresenceChange([], { viewers: [...(shown?.values() ?? [])] }) });
  }

  /** The people this node's watchers of the operation are shown now (for tests and diagnostics). */
  viewersShown(operationId: string): PresenceViewer[] {
    return [...(this.shown.get(operationId)?.values() ?? [])];
  }

  private remoteViewer(operationId: string, userId: string): PresenceViewer | undefined {
    for (const known of this.remote.values()) {
      const viewer = known.operations.get(operationId)?.get(userId);
      if (viewer) return viewer;
    }
    return undefined;
  }

  private remoteNode(node: string, fromState = false) {
    let known = this.remote.get(node);
    if (!known) {
      known = { seenAt: this.now(), complete: false, operations: new Map() };
      this.remote.set(node, known);
      // A node heard of for the first time: ask for its whole state (its changes so far are not all known here).
      if (!fromState) this.io.serverSideEmit?.('presence:sync', { node: this.node });
    }
    known.seenAt = this.now();
    return known;
  }

  private forget(node: string): void {
    const known = this.remote.get(node);
    if (!known) return;
    this.remote.delete(node);
    this.touchAll(known.operations);
  }

  private touchAll(operations: Map<string, Viewers>): void {
    for (const [operationId, people] of operations) for (const userId of people.keys()) this.touch(operationId, userId);
  }

  private touch(operationId: string, userId: string): void {
    let users = this.dirty.get(operationId);
    if (!users) this.dirty.set(operationId, (users = new Set()));
    users.add(userId);
    this.schedule(operationId);
  }

  /**
   * The operation's next flush: at once (after the current turn, so that changes made together go together) when its
   * last flush is a window ago or more, else when the window since its last flush ends. A lone change goes out without
   * delay; a crowd's changes go out once per window.
   */
  private schedule(operationId: string): void {
    if (this.closed || this.timers.has(operationId)) return;
    const wait = Math.max(0, (this.lastFlush.get(operationId) ?? -Infinity) + this.windowMs - this.now());
    const timer = setTimeout(() => this.flush(operationId), wait);
    timer.unref();
    this.timers.set(operationId, timer);
  }
}
