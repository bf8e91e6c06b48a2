import { Socket } from 'socket.io-client';
import { PRESENCE_EVENTS, presenceOf } from '../support/presence';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';


describe('presence: who is viewing a joint operation now', () => {
  let t: TestApp;
  let danubeId: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Danube Route of the NL police and the Romanian prosecutors; the Nigerian agency is not in it.
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' });
    await f.person(
      { email: 'anna@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'ioana@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'chinedu@ng.test', name: 'Chinedu Okafor', agency: 'NG-NATA' },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['anna@nl.test'] });
    danubeId = f.operations['Danube Route'];
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  type Seen = Array<{ name: string; payload: any }>;
  async function watcher(email: string): Promise<{ socket: Socket; seen: Seen }> {
    const socket = await connectSocket(t.url, await login(t.url, email, FIXTURE_PASSWORD));
    sockets.push(socket);
    return { socket, seen: recordEvents(socket, PRESENCE_EVENTS) };
  }
  /** Who the socket holds as viewing Danube Route, by name. */
  const names = (seen: Seen) =>
    presenceOf(seen, danubeId)
      ?.viewers.map((v) => `${v.displayName} (${v.agencyAcronym})`)
      .sort();

  it('lists each person once, updates on join, leave and disconnect, says nothing of a second tab, and never reaches outsiders', async () => {
    const anna = await watcher('anna@nl.test');
    expect(await anna.socket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
    await waitFor(() => anna.seen.length === 1, 5000, 'first presence');
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)']);

    const ioana = await watcher('ioana@ro.test');
    await ioana.socket.emitWithAck('operation:watch', { operationId: danubeId });
    await waitFor(() => names(anna.seen)?.length === 2, 5000, 'two viewers');
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);
    expect(names(ioana.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);

    // Ioana's second tab: she is already listed, so the others hear nothing; the tab gets the whole list.
    const ioanaTab2 = await watcher('ioana@ro.test');
    const before = anna.seen.length;
    await ioanaTab2.socket.emitWithAck('operation:watch', { operationId: danubeId });
    await waitFor(() => ioanaTab2.seen.length === 1, 5000, 'the list for the second tab');
    expect(names(ioanaTab2.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);
    await new Promise((r) => setTimeout(r, 300));
    expect(anna.seen.length).toBe(before);
    expect(names(anna.seen)).toEqual(['Anna de Vries (NL-POL)', 'Ioana Popescu (RO-DIOC)']);

    const outsider = await watcher('chinedu@ng.test');
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
