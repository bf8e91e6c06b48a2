import { ClusterAdapter, ClusterMessage, ClusterResponse, MessageType } from 'socket.io-adapter';
import { clustered } from '../socket-cluster';

/** A ClusterAdapter of the pinned socket.io-adapter that records what it would send to the other nodes. */
class RecordingAdapter extends ClusterAdapter {
  readonly published: ClusterMessage[] = [];
  readonly responses: ClusterResponse[] = [];
  constructor(nsp: unknown) {
    super(nsp);
  }
  protected override async doPublish(message: ClusterMessage): Promise<string> {
    this.published.push(message);
    return '';
  }
  protected override async doPublishResponse(_requesterUid: string, response: ClusterResponse): Promise<void> {
    this.responses.push(response);
  }
}

/** A namespace with one local socket `s1` in room `operation:1`, whose writes are recorded. */
function namespace() {
  const written: unknown[] = [];
  const socket = { id: 's1', client: { writeToEngine: (packets: unknown) => written.push(packets) } };
  return { nsp: { name: '/', server: { encoder: { encode: (packet: unknown) => [JSON.stringify(packet)] } }, sockets: new Map([['s1', socket]]) }, written };
}

describe('the cluster wrapper around socket.io-adapter (2.5, pinned)', () => {
  it('a room broadcast reaches this node\'s sockets at once, then goes to the other nodes once', () => {
    const { nsp, written } = namespace();
    const adapter = clustered((n) => new RecordingAdapter(n))(nsp) as RecordingAdapter;
    adapter.addAll('s1', new Set(['operation:1']));
    void adapter.broadcast({ type: 2, data: ['task.changed', { id: 't1' }], nsp: '/' }, { rooms: new Set(['operation:1']), except: new Set() });
    expect(written).toHaveLength(1); // synchronously: before any round trip to the other nodes
    expect(adapter.published.map((m) => m.type)).toEqual([MessageType.BROADCAST]);
  });

  it('a local-only broadcast is not sent to the other nodes', () => {
    const { nsp, written } = namespace();
    const adapter = clustered((n) => new RecordingAdapter(n))(nsp) as RecordingAdapter;
    adapter.addAll('s1', new Set(['operation:1']));
    void adapter.broadcast({ type: 2, data: ['presence.left', {}], nsp: '/' }, { rooms: new Set(['operation:1']), except: new Set(), flags: { local: true } });
    expect(written).toHaveLength(1);
    expect(adapter.published).toEqual([]);
  });

  it('answers another node\'s fetchSockets without tokens, cookies or headers', () => {
    const { nsp } = namespace();
    const adapter = clustered((n) => new RecordingAdapter(n))(nsp) as RecordingAdapter;
    const socket = { id: 's1', rooms: ['s1'], data: { token: 'eyJ-access', auth: { userId: 'u1' } }, handshake: { auth: { token: 'eyJ-access' }, headers: { cookie: '__Host-tf_access=x' }, address: '10.0.0.1' } };
    (adapter as unknown as { publishResponse(uid: string, r: unknown): void }).publishResponse('other-node', { type: MessageType.FETCH_SOCKETS_RESPONSE, data: { requestId: 'r1', sockets: [socket] } });
    expect(adapter.responses).toHaveLength(1);
    expect(adapter.responses[0]).toMatchObject({ data: { sockets: [{ id: 's1', rooms: ['s1'], data: { auth: { userId: 'u1' } }, handshake: { address: '10.0.0.1' } }] } });
    expect(JSON.stringify(adapter.responses[0])).not.toMatch(/eyJ-access|__Host-tf_access|cookie/);
  });

  it('refuses to start on an adapter release without the protected members it relies on', () => {
    const { nsp } = namespace();
    const withoutPublish = (n: unknown) => Object.assign(new RecordingAdapter(n), { publish: undefined }) as unknown as ClusterAdapter;
    expect(() => clustered(withoutPublish)(nsp)).toThrow('socket.io-adapter lacks publish: the cluster wrapper in socket-cluster.ts is written for socket.io-adapter 2.5 (pinned in package.json)');
  });
});
