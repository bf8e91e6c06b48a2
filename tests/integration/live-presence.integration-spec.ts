import { Socket } from 'socket.io-client';
import { PRESENCE_EVENTS, presenceOf } from '../support/presence';
import { OperationStatus } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, gql, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGENCIES, PEOPLE } from '../support/sample-task-force';

/**
 * Presence (docs/api-contract.md, "Live coordination that loses nothing" → Presence): a socket that starts watching
 * an operation gets `presence` `{ operationId, viewers: [{ userId, displayName, agencyAcronym }] }`, everyone watching
 * then, one entry per person however many tabs; the watchers then get `presence.joined` `{ operationId, viewers }`
 * for the people whose first socket started watching and `presence.left` `{ operationId, userIds }` for those whose
 * last socket stopped, gathered over a short window.
 *
 * The task force built here: coordinator@nl.test = Anna de Vries (NL-POL), liaison@ro.test = Ioana Popescu
 * (RO-DIOC), liaison@be.test = Lucas Peeters (BE-SIS), all in Danube Route; member@nl.test (NL-POL) may see Danube
 * but does not watch it; member@ng.test = Chinedu Okafor (NG-NATA) may not see it and watches Coastal Harvest, where
 * NG-NATA participates. The contract gives no order for `viewers`: the tests
 * compare them sorted by userId.
 *
 * Each step waits until the list a socket holds (its presence events folded in order: tests/support/presence.ts)
 * shows the expected people (events for one change may be in flight while the next one starts).
 */

const GRACE_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Viewer = { userId: string; displayName: string; agencyAcronym: string };
type Seen = Array<{ name: string; payload: any }>;

describe('presence on an operation board', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const userId: Record<string, string> = {};
  const agencyId: Record<string, string> = {};
  let danubeId: string;
  let coastalId: string;
  const sockets: Socket[] = [];
  const viewer: Record<string, Viewer> = {};

  const open = async (email: string): Promise<{ socket: Socket; seen: Seen }> => {
    const socket = await connectSocket(t.url, token[email]);
    sockets.push(socket);
    return { socket, seen: recordEvents(socket, PRESENCE_EVENTS) };
  };
  const watch = (socket: Socket, operationId: string) => socket.timeout(5000).emitWithAck('operation:watch', { operationId });
  const unwatch = (socket: Socket, operationId: string) => socket.timeout(5000).emitWithAck('operation:unwatch', { operationId });
  const sorted = (viewers: Viewer[]) => [...viewers].sort((a, b) => a.userId.localeCompare(b.userId));
  const expected = (operationId: string, ...emails: string[]) => ({ operationId, viewers: sorted(emails.map((e) => viewer[e])) });
  /** The list a socket holds for an operation, viewers sorted; null when it got no presence for it. */
  const latest = (seen: Seen, operationId: string) => presenceOf(seen, operationId);
  const settlesOn = async (seen: Seen, want: { operationId: string; viewers: Viewer[] }, what: string) => {
    await waitFor(() => JSON.stringify(latest(seen, want.operationId)) === JSON.stringify(want), 5000, what);
  };

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['TH-AHTD'], AGENCIES['NG-NATA']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['coordinator@th.test'], PEOPLE['member@ng.test']);
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Coastal Harvest', lead: 'TH-AHTD', agencies: ['NG-NATA'], coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    for (const email of ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test', 'member@nl.test', 'member@ng.test']) {
      token[email] = await signIn(t.url, email, FIXTURE_PASSWORD);
    }
    Object.assign(userId, f.people);
    Object.assign(agencyId, f.agencies);
    danubeId = f.operations['Danube Route'];
    coastalId = f.operations['Coastal Harvest'];
    viewer['coordinator@nl.test'] = { userId: userId['coordinator@nl.test'], displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' };
    viewer['liaison@ro.test'] = { userId: userId['liaison@ro.test'], displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' };
    viewer['liaison@be.test'] = { userId: userId['liaison@be.test'], displayName: 'Lucas Peeters', agencyAcronym: 'BE-SIS' };
    viewer['member@ng.test'] = { userId: userId['member@ng.test'], displayName: 'Chinedu Okafor', agencyAcronym: 'NG-NATA' };
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  let coordinator: { socket: Socket; seen: Seen };
  let liaisonTab1: { socket: Socket; seen: Seen };
  let liaisonTab2: { socket: Socket; seen: Seen };
  let member: { socket: Socket; seen: Seen };
  let outsider: { socket: Socket; seen: Seen };
  let tab2SeenAfterUnwatch: number;
  let be: { socket: Socket; seen: Seen };

  it('the first watcher sees itself; a second person’s watch reaches both', async () => {
    coordinator = await open('coordinator@nl.test');
    member = await open('member@nl.test'); // connected, never watches
    outsider = await open('member@ng.test');
    expect(await watch(coordinator.socket, danubeId)).toEqual({ ok: true });
    await settlesOn(coordinator.seen, expected(danubeId, 'coordinator@nl.test'), 'coordinator alone');

    liaisonTab1 = await open('liaison@ro.test');
    expect(await watch(liaisonTab1.socket, danubeId)).toEqual({ ok: true });
    const both = expected(danubeId, 'coordinator@nl.test', 'liaison@ro.test');
    await settlesOn(coordinator.seen, both, 'coordinator sees the liaison');
    await settlesOn(liaisonTab1.seen, both, 'the liaison sees both');
    // the exact payload shapes: the newcomer's list is nothing but operationId and viewers, each viewer with exactly
    // three fields; the others get the newcomer alone
    const list = liaisonTab1.seen.filter((e) => e.name === 'presence');
    expect(list.map((e) => e.payload)).toEqual([{ operationId: danubeId, viewers: expect.arrayContaining(both.viewers) }]);
    expect(list[0].payload.viewers).toHaveLength(2);
    expect(coordinator.seen.filter((e) => e.name === 'presence.joined').map((e) => e.payload)).toEqual([{ operationId: danubeId, viewers: [viewer['liaison@ro.test']] }]);
  });

  it('a second tab of the same person tells the others nothing, and closing one of her two tabs keeps her listed', async () => {
    liaisonTab2 = await open('liaison@ro.test');
    const before = coordinator.seen.length;
    expect(await watch(liaisonTab2.socket, danubeId)).toEqual({ ok: true });
    const both = expected(danubeId, 'coordinator@nl.test', 'liaison@ro.test');
    await settlesOn(liaisonTab2.seen, both, 'the second tab sees both');
    await sleep(GRACE_MS);
    expect(coordinator.seen.slice(before)).toEqual([]);
    expect(latest(coordinator.seen, danubeId)).toEqual(both);

    const beforeUnwatch = coordinator.seen.length;
    expect(await unwatch(liaisonTab2.socket, danubeId)).toEqual({ ok: true });
    // Her first tab still watches: nobody is told she left.
    await sleep(GRACE_MS);
    expect(coordinator.seen.slice(beforeUnwatch)).toEqual([]);
    expect(latest(coordinator.seen, danubeId)).toEqual(both);
    tab2SeenAfterUnwatch = liaisonTab2.seen.length;
  });

  it('when her last watching tab disconnects, the others see her gone', async () => {
    liaisonTab1.socket.close();
    await settlesOn(coordinator.seen, expected(danubeId, 'coordinator@nl.test'), 'the liaison gone');
  });

  it('nobody who is not watching Danube Route gets its presence: not a member who may see it, not an outsider, not a tab that stopped watching', async () => {
    // the outsider watches its own operation: a presence for Coastal Harvest only, which Danube watchers do not get
    expect(await watch(outsider.socket, danubeId)).toEqual({ ok: false });
    expect(await watch(outsider.socket, coastalId)).toEqual({ ok: true });
    await settlesOn(outsider.seen, expected(coastalId, 'member@ng.test'), 'the outsider on Coastal Harvest');
    // an entitled receipt after all of that: the Belgian liaison starts watching Danube
    be = await open('liaison@be.test');
    expect(await watch(be.socket, danubeId)).toEqual({ ok: true });
    await settlesOn(coordinator.seen, expected(danubeId, 'liaison@be.test', 'coordinator@nl.test'), 'coordinator sees the Belgian liaison');
    await sleep(GRACE_MS);

    expect(member.seen).toEqual([]);
    expect(outsider.seen.map((e) => e.payload.operationId)).toEqual(outsider.seen.map(() => coastalId));
    expect(coordinator.seen.filter((e) => e.payload.operationId !== danubeId)).toEqual([]);
    expect(liaisonTab2.seen).toHaveLength(tab2SeenAfterUnwatch); // nothing since it stopped watching
  });

  it('when a watcher logs out (session ended, socket disconnected by the server), the others see her gone', async () => {
    const session = await signIn(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    const tab = await connectSocket(t.url, session);
    sockets.push(tab);
    expect(await watch(tab, danubeId)).toEqual({ ok: true });
    await settlesOn(coordinator.seen, expected(danubeId, 'liaison@be.test', 'coordinator@nl.test', 'liaison@ro.test'), 'the liaison back');
    expect((await gql(t.url, 'mutation { logout }', {}, session)).data).toEqual({ logout: true });
    await settlesOn(coordinator.seen, expected(danubeId, 'liaison@be.test', 'coordinator@nl.test'), 'the liaison gone after logout');
  });

  it('when BE-SIS is removed from Danube Route, Lucas Peeters drops off the list, and he gets no more of its presence', async () => {
    const beBefore = be.seen.length;
    const removed = await gql(t.url, 'mutation($op: ID!, $agency: ID!) { removeAgencyFromOperation(operationId: $op, agencyId: $agency) { id } }', {
      op: danubeId,
      agency: agencyId['BE-SIS'],
    }, token['coordinator@nl.test']);
    expect(removed.errors).toBeUndefined();
    await settlesOn(coordinator.seen, expected(danubeId, 'coordinator@nl.test'), 'the Belgian liaison gone');
    await sleep(GRACE_MS);
    expect(latest(coordinator.seen, danubeId)).toEqual(expected(danubeId, 'coordinator@nl.test'));
    expect(be.seen.slice(beBefore)).toEqual([]);
  });
});
