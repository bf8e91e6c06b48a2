import { Socket } from 'socket.io-client';
import { PRESENCE_EVENTS, presenceOf } from '../support/presence';
import { connectSocket, gql, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';


describe('presence: who is viewing a joint operation now', () => {
  let t: TestApp;
  let danubeId: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp();
    const token = await login(t.url, 'coordinator@demo.test');
    const ops = await gql(t.url, '{ operations { id name } }', {}, token);
    danubeId = ops.data!.operations.find((o: { name: string }) => o.name === 'Joint Operation Danube Route').id;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  type Seen = Array<{ name: string; payload: any }>;
  async function watcher(email: string): Promise<{ socket: Socket; seen: Seen }> {
    const socket = await connectSocket(t.url, await login(t.url, email));
    sockets.push(socket);
    return { socket, seen: recordEvents(socket, PRESENCE_EVENTS) };
  }
  /** Who the socket holds as viewing Danube Route, by name. */
  const names = (seen: Seen) =>
    presenceOf(seen, danubeId)
      ?.viewers.map((v) => `${v.displayName} (${v.agencyAcronym})`)
      .sort();

  it('lists each person once, updates on join, second tab, leave and disconnect, and never reaches outsiders', async () => {
    const anna = await watcher('coordinator@demo.test');
    expect(await anna.socket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
    await waitFor(() => anna.seen.length === 1, 5000, 'first presence');
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)']);

    const ioana = await watcher('liaison@demo.test');
    await ioana.socket.emitWithAck('operation:watch', { operationId: danubeId });
    await waitFor(() => names(anna.seen)?.length === 2, 5000, 'two viewers');
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);
    expect(names(ioana.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);

    const ioanaTab2 = await watcher('liaison@demo.test');
    const before = anna.seen.length;
    await ioanaTab2.socket.emitWithAck('operation:watch', { operationId: danubeId });
    await waitFor(() => anna.seen.length > before, 5000, 'presence after second tab');
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);

    const outsider = await watcher('outsider@demo.test');
    expect(await outsider.socket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: false });

    // One of Ioana's two tabs closes: she is still there, and nobody is told otherwise.
    const afterFirstTab = anna.seen.length;
    ioana.socket.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(anna.seen.length).toBe(afterFirstTab);
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);

    await ioanaTab2.socket.emitWithAck('operation:unwatch', { operationId: danubeId });
    await waitFor(() => names(anna.seen)?.length === 1, 5000, 'presence after unwatch');
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)']);

    await new Promise((r) => setTimeout(r, 300));
    expect(outsider.seen).toEqual([]);
    expect(ioanaTab2.seen.every((e) => e.payload.operationId === danubeId)).toBe(true);
  });
});
