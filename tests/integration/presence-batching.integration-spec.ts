import pg from 'pg';
import { Socket } from 'socket.io-client';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { PRESENCE_EVENTS, presenceOf } from '../support/presence';
import { connectSocket, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Presence announces people, not sockets, and in batches (docs/api-contract.md, "socket.io" → Presence): a watcher
 * hears `presence.joined { viewers }` once for a person however many of their sockets start watching, and
 * `presence.left { userIds }` only when their last socket stops; the changes of many people arriving or leaving
 * together come as a few events listing them all, not one event per person. Counts only: nothing here depends on
 * how fast the server is, except that a crowd of 50 arriving at once is not spread over more than a few windows.
 *
 * Task force: Danube Route of NL-POL (coordinator Anna de Vries) with RO-DIOC (Ioana Popescu, and 50 analysts,
 * "Analyst 01" … "Analyst 50").
 */

const CROWD = 50;
const GRACE_MS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
type Seen = Array<{ name: string; payload: any }>;

describe('presence: one announcement per person, batched', () => {
  let t: TestApp;
  let danubeId: string;
  const userId: Record<string, string> = {};
  const token: Record<string, string> = {};
  const sockets: Socket[] = [];
  const crowd = Array.from({ length: CROWD }, (_, i) => `analyst${String(i + 1).padStart(2, '0')}@ro.test`);

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' });
    await f.person(
      { email: 'anna@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'ioana@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      ...crowd.map((email, i) => ({ email, name: `Analyst ${String(i + 1).padStart(2, '0')}`, agency: 'RO-DIOC' })),
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['anna@nl.test'] });
    danubeId = f.operations['Danube Route'];
    Object.assign(userId, f.people);
    for (const email of ['anna@nl.test', 'ioana@ro.test', ...crowd]) token[email] = await login(t.url, email, FIXTURE_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  const open = async (email: string): Promise<{ socket: Socket; seen: Seen }> => {
    const socket = await connectSocket(t.url, token[email]);
    sockets.push(socket);
    return { socket, seen: recordEvents(socket, PRESENCE_EVENTS) };
  };
  const watch = async (socket: Socket) => expect(await socket.timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
  const userIdsOf = (seen: Seen) => presenceOf(seen, danubeId)?.viewers.map((v) => v.userId) ?? null;
  const ids = (...emails: string[]) => emails.map((e) => userId[e]).sort();
  /** Every person named by the joins (or leaves) a socket received, one entry per mention. */
  const mentioned = (seen: Seen, name: 'presence.joined' | 'presence.left') =>
    seen.filter((e) => e.name === name).flatMap((e) => (name === 'presence.joined' ? e.payload.viewers.map((v: { userId: string }) => v.userId) : e.payload.userIds));

  let anna: { socket: Socket; seen: Seen };
  let ioanaTabs: Array<{ socket: Socket; seen: Seen }>;

  it('a person who opens two tabs is announced once, with the full list for each tab; gone only when the last tab goes', async () => {
    anna = await open('anna@nl.test');
    await watch(anna.socket);
    await waitFor(() => userIdsOf(anna.seen)?.length === 1, 5000, 'Anna sees herself');
    expect(anna.seen.map((e) => e.name)).toEqual(['presence']);

    ioanaTabs = [await open('ioana@ro.test'), await open('ioana@ro.test')];
    await Promise.all(ioanaTabs.map((tab) => watch(tab.socket)));
    await waitFor(() => ioanaTabs.every((tab) => tab.seen.length > 0) && userIdsOf(anna.seen)?.length === 2, 5000, 'both tabs listed, Ioana shown to Anna');
    await sleep(GRACE_MS);
    // One joined event for Ioana, naming her once, although two of her sockets started watching.
    expect(anna.seen.map((e) => e.name)).toEqual(['presence', 'presence.joined']);
    expect(anna.seen[1].payload).toEqual({ operationId: danubeId, viewers: [{ userId: userId['ioana@ro.test'], displayName: 'Ioana Popescu', agencyAcronym: 'RO-DIOC' }] });
    // Each of her tabs holds the same list: Anna and Ioana, once each.
    for (const tab of ioanaTabs) {
      expect(tab.seen.filter((e) => e.name === 'presence')).toHaveLength(1);
      expect(userIdsOf(tab.seen)?.sort()).toEqual(ids('anna@nl.test', 'ioana@ro.test'));
    }

    // One tab closes: she still watches in the other, and Anna hears nothing.
    ioanaTabs[0].socket.close();
    await sleep(GRACE_MS);
    expect(anna.seen).toHaveLength(2);
    expect(userIdsOf(anna.seen)?.sort()).toEqual(ids('anna@nl.test', 'ioana@ro.test'));

    // Her last tab closes: one left event naming her.
    ioanaTabs[1].socket.close();
    await waitFor(() => userIdsOf(anna.seen)?.length === 1, 5000, 'Ioana gone');
    await sleep(GRACE_MS);
    expect(anna.seen.slice(2)).toEqual([{ name: 'presence.left', payload: { operationId: danubeId, userIds: [userId['ioana@ro.test']] } }]);
  });

  it(`${CROWD} people arriving together reach a watcher as a few presence.joined events naming each once, and leaving together as a few presence.left`, async () => {
    const before = anna.seen.length;
    const arrivals = await Promise.all(crowd.map((email) => open(email)));
    await Promise.all(arrivals.map((a) => watch(a.socket)));
    await waitFor(() => userIdsOf(anna.seen)?.length === CROWD + 1, 10_000, 'the crowd shown to Anna');
    await sleep(GRACE_MS);
    const joins = anna.seen.slice(before);
    expect(joins.every((e) => e.name === 'presence.joined')).toBe(true);
    // Far fewer messages than people (one per window while they arrive), and each person named exactly once.
    expect(joins.length).toBeLessThanOrEqual(10);
    expect(mentioned(joins, 'presence.joined').sort()).toEqual(ids(...crowd));
    expect(userIdsOf(anna.seen)?.sort()).toEqual(ids('anna@nl.test', ...crowd));
    // The last to arrive holds the whole list too.
    const last = arrivals[CROWD - 1];
    await waitFor(() => userIdsOf(last.seen)?.length === CROWD + 1, 5000, 'the whole list for the last arrival');

    const beforeLeaving = anna.seen.length;
    arrivals.forEach((a) => a.socket.close());
    await waitFor(() => userIdsOf(anna.seen)?.length === 1, 10_000, 'the crowd gone');
    await sleep(GRACE_MS);
    const leaves = anna.seen.slice(beforeLeaving);
    expect(leaves.every((e) => e.name === 'presence.left')).toBe(true);
    expect(leaves.length).toBeLessThanOrEqual(10);
    expect(mentioned(leaves, 'presence.left').sort()).toEqual(ids(...crowd));
  });

  it(`${CROWD} people who start watching together are checked in a few SQL statements, not two each`, async () => {
    const arrivals = await Promise.all(crowd.map((email) => open(email)));
    // Every statement any connection of this process runs while the watches are answered (the API runs in this process).
    const query = pg.Client.prototype.query;
    let statements = 0;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      statements++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    let answers: unknown[];
    try {
      answers = await Promise.all(arrivals.map((a) => a.socket.timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })));
    } finally {
      pg.Client.prototype.query = query;
    }
    expect(answers).toEqual(crowd.map(() => ({ ok: true })));
    // Checked one by one, each watch runs two statements (the session, then the operation): 2 × CROWD.
    expect(statements).toBeLessThan(CROWD / 2);
    arrivals.forEach((a) => a.socket.close());
  });
});
