import { PresenceIo, PresenceServerEvents, PresenceTracker } from '../presence-tracker';

const anna = { userId: 'u-anna', displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' };
const ioana = { userId: 'u-ioana', displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' };
const lucas = { userId: 'u-lucas', displayName: 'Lucas Peeters', agencyAcronym: 'BE-SIS' };
const OP = 'op-1';
const ROOM = `operation:${OP}`;

type Sent = { to: string[]; except: string[]; event: string; payload: any; receivers: string[] };

/**
 * Nodes wired together by hand: a server-side event of one node reaches every other node when `deliver()` is called
 * (in order), as the cluster adapter would; flushes are called by the test (no timers run: the window is an hour).
 */
function cluster(count: number) {
  const queue: Array<{ from: number; event: keyof PresenceServerEvents; payload: any }> = [];
  let clock = 0;
  const nodes = Array.from({ length: count }, (_, n) => {
    const sent: Sent[] = [];
    const inRoom = new Set<string>();
    const io: PresenceIo = {
      emitLocal: (to: string[], except: string[], event: string, payload: unknown) => {
        const receivers = [...inRoom].filter((id) => (to.includes(ROOM) || to.includes(id)) && !except.includes(id));
        if (receivers.length) sent.push({ to, except, event, payload, receivers });
      },
      serverSideEmit: (event, payload) => void queue.push({ from: n, event, payload }),
      isInRoom: (socketId, room) => room === ROOM && inRoom.has(socketId),
    } as PresenceIo;
    const tracker = new PresenceTracker(io, (id) => `operation:${id}`, 3_600_000, 1000, () => clock);
    return {
      tracker,
      sent,
      /** A node that is not up yet hears nothing from the others. */
      up: true,
      /** A socket of `viewer` joins the room and starts watching. */
      watch(socketId: string, viewer: typeof anna) {
        inRoom.add(socketId);
        tracker.joinedRoom(OP, socketId, viewer);
        tracker.startedWatching(OP, socketId);
      },
      leave(socketId: string) {
        inRoom.delete(socketId);
        tracker.leftRoom(OP, socketId);
      },
      /** The deltas the node's sockets were sent (to any of them), in order, as [event, people]. */
      deltas: () => sent.filter((s) => s.event !== 'presence').map((s) => [s.event, s.event === 'presence.joined' ? s.payload.viewers.map((v: typeof anna) => v.userId) : s.payload.userIds]),
      /** The lists sent to newcomers, as [socket ids, people]. */
      lists: () => sent.filter((s) => s.event === 'presence').map((s) => [s.to, s.payload.viewers.map((v: typeof anna) => v.userId)]),
    };
  });
  const handlers = (t: PresenceTracker) => ({
    'presence:batch': (p: any) => t.onBatch(p),
    'presence:state': (p: any) => t.onState(p),
    'presence:sync': (p: any) => t.onSync(p),
    'presence:alive': (p: any) => t.onAlive(p),
    'presence:bye': (p: any) => t.onBye(p),
  });
  const deliver = () => {
    while (queue.length) {
      const { from, event, payload } = queue.shift()!;
      nodes.forEach((node, n) => n !== from && node.up && handlers(node.tracker)[event](payload));
    }
  };
  const flushAll = () => {
    for (let i = 0; i < 3; i++) {
      nodes.forEach((node) => node.tracker.flush(OP));
      deliver();
    }
  };
  return { nodes, deliver, flushAll, tick: (ms: number) => (clock += ms) };
}

describe('presence on one node', () => {
  it('a person’s first socket is announced once, a second tab not at all; the list goes to each newcomer', () => {
    const { nodes: [a], flushAll } = cluster(1);
    a.watch('s-anna', anna);
    flushAll();
    expect(a.lists()).toEqual([[['s-anna'], ['u-anna']]]);
    expect(a.deltas()).toEqual([]);

    a.watch('s-ioana-1', ioana);
    a.watch('s-ioana-2', ioana);
    flushAll();
    // The watchers hear of Ioana once; her two new tabs are not sent the delta, each gets the list (one broadcast).
    expect(a.deltas()).toEqual([['presence.joined', ['u-ioana']]]);
    expect(a.sent.find((s) => s.event === 'presence.joined')).toMatchObject({ to: [ROOM], except: ['s-ioana-1', 's-ioana-2'] });
    expect(a.lists()[1]).toEqual([['s-ioana-1', 's-ioana-2'], ['u-anna', 'u-ioana']]);

    a.watch('s-ioana-3', ioana);
    flushAll();
    expect(a.deltas()).toHaveLength(1);
  });

  it('a person leaves when their last socket does, and many changes in one window are one event each way', () => {
    const { nodes: [a], flushAll } = cluster(1);
    a.watch('s-anna', anna);
    a.watch('s-ioana-1', ioana);
    a.watch('s-ioana-2', ioana);
    flushAll();
    a.leave('s-ioana-1');
    flushAll();
    expect(a.deltas()).toEqual([]);
    a.leave('s-ioana-2');
    a.watch('s-lucas', lucas);
    flushAll();
    expect(a.deltas()).toEqual([
      ['presence.joined', ['u-lucas']],
      ['presence.left', ['u-ioana']],
    ]);

    const crowd = Array.from({ length: 100 }, (_, i) => ({ userId: `u-${i}`, displayName: `Analyst ${i}`, agencyAcronym: 'RO-DIOC' }));
    crowd.forEach((v, i) => a.watch(`s-${i}`, v));
    flushAll();
    crowd.forEach((_, i) => a.leave(`s-${i}`));
    flushAll();
    expect(a.deltas().slice(2)).toEqual([
      ['presence.joined', crowd.map((v) => v.userId)],
      ['presence.left', crowd.map((v) => v.userId)],
    ]);
    // Someone who came and went within one window is no news.
    a.watch('s-brief', { ...lucas, userId: 'u-brief' });
    a.leave('s-brief');
    flushAll();
    expect(a.deltas()).toHaveLength(4);
  });

  it('a newcomer that stopped watching before the flush gets no list', () => {
    const { nodes: [a], flushAll } = cluster(1);
    a.watch('s-anna', anna);
    a.leave('s-anna');
    flushAll();
    expect(a.sent).toEqual([]);
  });
});

describe('presence on several nodes', () => {
  it('a person with sockets on two nodes is announced once, and left only when the last socket anywhere goes', () => {
    const { nodes: [a, b], flushAll } = cluster(2);
    a.watch('a-anna', anna);
    flushAll();
    b.watch('b-ioana', ioana);
    flushAll();
    expect(a.deltas()).toEqual([['presence.joined', ['u-ioana']]]);
    expect(b.lists()).toEqual([[['b-ioana'], ['u-anna', 'u-ioana']]]);

    a.watch('a-ioana', ioana); // her second tab, on the other node
    flushAll();
    expect(a.deltas()).toHaveLength(1);
    expect(b.deltas()).toEqual([]);
    expect(a.lists()[1]).toEqual([['a-ioana'], ['u-anna', 'u-ioana']]);

    b.leave('b-ioana');
    flushAll();
    expect(a.deltas()).toHaveLength(1);
    a.leave('a-ioana');
    flushAll();
    expect(a.deltas()).toEqual([
      ['presence.joined', ['u-ioana']],
      ['presence.left', ['u-ioana']],
    ]);
  });

  it('her sockets on both nodes leaving at the same time: the others hear she left', () => {
    const { nodes: [a, b, c], flushAll } = cluster(3);
    c.watch('c-anna', anna);
    a.watch('a-ioana', ioana);
    b.watch('b-ioana', ioana);
    flushAll();
    expect(c.deltas()).toEqual([['presence.joined', ['u-ioana']]]);
    a.leave('a-ioana');
    b.leave('b-ioana');
    flushAll();
    expect(c.deltas()).toEqual([
      ['presence.joined', ['u-ioana']],
      ['presence.left', ['u-ioana']],
    ]);
  });

  it('a node that starts late learns who watches elsewhere; a node that stops is forgotten at once', () => {
    const { nodes: [a, b], deliver, flushAll } = cluster(2);
    b.up = false;
    a.watch('a-anna', anna);
    flushAll();
    // b starts: it asks the others for their state, a answers.
    b.up = true;
    b.tracker.start();
    deliver();
    b.watch('b-lucas', lucas);
    flushAll();
    expect(b.lists()).toEqual([[['b-lucas'], ['u-anna', 'u-lucas']]]);
    expect(a.deltas()).toEqual([['presence.joined', ['u-lucas']]]);

    b.tracker.stop(); // says bye
    deliver();
    flushAll();
    expect(a.deltas()).toEqual([
      ['presence.joined', ['u-lucas']],
      ['presence.left', ['u-lucas']],
    ]);
  });

  it('a node not heard from for three heartbeats is forgotten', () => {
    const { nodes: [x, y], deliver, flushAll, tick } = cluster(2);
    x.watch('x-anna', anna);
    y.watch('y-ioana', ioana);
    flushAll();
    expect(x.deltas()).toEqual([['presence.joined', ['u-ioana']]]);
    tick(2000);
    x.tracker.beat();
    deliver();
    flushAll();
    expect(x.deltas()).toHaveLength(1);
    tick(2000); // 4 s since y was last heard from: more than three heartbeats of 1 s
    x.tracker.beat();
    flushAll();
    expect(x.deltas()).toEqual([
      ['presence.joined', ['u-ioana']],
      ['presence.left', ['u-ioana']],
    ]);
  });
});
