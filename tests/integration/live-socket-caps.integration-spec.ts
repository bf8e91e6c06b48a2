import { Socket } from 'socket.io-client';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, gql, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Caps on what one socket may send (docs/api-contract.md, "Live coordination that loses nothing" → Caps):
 *   at most 20 messages per second, burst 40; extra messages are dropped and the server emits
 *   `error` `{ code: 'RATE_LIMITED' }`; 5 refusals within 10 s disconnect the socket; a message over 16 KiB
 *   closes the connection.
 * Worked out from that: N messages sent at once by a fresh socket → the first 40 are accepted, the other N − 40
 * are refused. 44 at once = 4 refusals (stays connected); 60 or 100 at once = 20 or 60 refusals (≥ 5:
 * disconnected by the server).
 * The floods use `operation:watch` with a malformed body (`{ operationId: 0 }`), which the server answers at once
 * with `{ ok: false }` (no database, no presence), so that one ack stands for one accepted message and the server
 * has nothing else to do while the burst arrives: the bucket refills one message per 50 ms, and a burst spread
 * over more than that by a busy server would legitimately get an extra message through.
 */

const GRACE_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Flood {
  acks: unknown[];
  errors: unknown[];
  disconnects: string[];
}

/** waitFor, failing with what the flood got so far. */
async function waitForFlood(f: Flood, predicate: () => boolean, what: string): Promise<void> {
  try {
    await waitFor(predicate, 10000, what);
  } catch {
    throw new Error(`timed out waiting for ${what}: ${f.acks.length} acks, errors ${JSON.stringify(f.errors)}, disconnects ${JSON.stringify(f.disconnects)}`);
  }
}

/** Emits `count` cheap operation:watch messages in one synchronous loop; records acks, errors and disconnects. */
function flood(socket: Socket, count: number): Flood {
  const out: Flood = { acks: [], errors: [], disconnects: [] };
  socket.on('error', (payload: unknown) => out.errors.push(payload));
  socket.on('disconnect', (reason: string) => out.disconnects.push(reason));
  for (let i = 0; i < count; i++) socket.emit('operation:watch', { operationId: 0 }, (ack: unknown) => out.acks.push(ack));
  return out;
}

describe('socket caps: rate limit, flood disconnect, message size', () => {
  let t: TestApp;
  let liaison: string;
  let coordinator: string;
  let danubeId: string;
  let roDiocId: string;
  const sockets: Socket[] = [];
  const open = async (token: string) => {
    const s = await connectSocket(t.url, token);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    // Danube Route of the NL police (its coordinator) and the Romanian prosecutors (their liaison officer).
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' });
    await f.person({ email: 'coordinator@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR] }, { email: 'liaison@ro.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] });
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
    liaison = await signIn(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    coordinator = await signIn(t.url, 'coordinator@nl.test', FIXTURE_PASSWORD);
    danubeId = f.operations['Danube Route'];
    roDiocId = f.agencies['RO-DIOC'];
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  it('40 messages at once (the burst) are all accepted: 40 acks, no error, still connected', async () => {
    const socket = await open(liaison);
    const f = flood(socket, 40);
    await waitForFlood(f, () => f.acks.length === 40, '40 acks');
    await sleep(GRACE_MS);
    expect(f.acks).toEqual(Array.from({ length: 40 }, () => ({ ok: false })));
    expect(f.errors).toEqual([]);
    expect(f.disconnects).toEqual([]);
    expect(socket.connected).toBe(true);
  });

  it('44 messages at once: 40 acks (the burst), the extra are dropped with error RATE_LIMITED, and the refusals do not disconnect', async () => {
    const socket = await open(liaison);
    const started = Date.now();
    const f = flood(socket, 44);
    await waitForFlood(f, () => f.acks.length >= 40 && f.errors.length > 0, '40 acks and an error');
    // The bucket refills 20 tokens a second: on a loaded machine the server may take the 44 messages over some tens
    // of milliseconds, and a message that arrives after a refill is served. Never more than that allowance.
    const allowance = Math.ceil(((Date.now() - started) / 1000) * 20);
    await sleep(GRACE_MS);
    expect(f.acks.length).toBeGreaterThanOrEqual(40);
    expect(f.acks.length).toBeLessThanOrEqual(Math.min(43, 40 + allowance));
    for (const a of f.acks) expect(a).toEqual({ ok: false });
    expect(f.errors.length).toBeGreaterThanOrEqual(1);
    expect(f.errors.length).toBeLessThanOrEqual(4);
    for (const e of f.errors) expect(e).toEqual({ code: 'RATE_LIMITED' });
    expect(f.disconnects).toEqual([]);
    expect(socket.connected).toBe(true);
  });

  it('60 messages at once: error RATE_LIMITED, and with 20 refusals (≥ 5 within 10 s) the server disconnects it; never more than 40 acks', async () => {
    const socket = await open(liaison);
    const f = flood(socket, 60);
    await waitForFlood(f, () => f.disconnects.length > 0, 'server disconnect');
    await sleep(GRACE_MS);
    expect(f.errors.length).toBeGreaterThanOrEqual(1);
    for (const e of f.errors) expect(e).toEqual({ code: 'RATE_LIMITED' });
    expect(f.disconnects).toEqual(['io server disconnect']);
    // The 40 accepted watches are still being checked (database) when the 45th message — the 5th refusal —
    // disconnects the socket, so their acks are lost with it (observed: 0). The contract promises nothing more.
    expect(f.acks.length).toBeLessThanOrEqual(40);
    for (const a of f.acks) expect(a).toEqual({ ok: false });
    expect(socket.connected).toBe(false);
  });

  it('a socket flooding 100 messages at once is disconnected by the server; a well-behaved socket of the same person is unaffected', async () => {
    const calm = await open(liaison);
    const calmSeen = recordEvents(calm, ['notification', 'task.changed', 'error', 'disconnect']);
    expect(await calm.timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });

    const noisy = await open(liaison);
    const f = flood(noisy, 100);
    await waitForFlood(f, () => f.disconnects.length > 0, 'server disconnect');
    expect(f.disconnects).toEqual(['io server disconnect']);
    expect(f.errors.length).toBeGreaterThanOrEqual(1);
    for (const e of f.errors) expect(e).toEqual({ code: 'RATE_LIMITED' });
    expect(noisy.connected).toBe(false);

    // the calm socket still answers and still receives what is meant for it
    expect(calm.connected).toBe(true);
    expect(await calm.timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
    const res = await gql(
      t.url,
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { operationId: danubeId, title: 'Check the Craiova recruiter phone records', assigneeAgencyId: roDiocId, pillar: 'PROSECUTION', priority: 'MEDIUM' } },
      coordinator,
    );
    expect(res.errors).toBeUndefined();
    const taskId = res.data!.createTask.id;
    await waitFor(() => calmSeen.some((e) => e.name === 'notification' && e.payload.taskId === taskId), 5000, 'notification on the calm socket');
    await waitFor(() => calmSeen.some((e) => e.name === 'task.changed' && e.payload.taskId === taskId), 5000, 'task.changed on the calm socket');
    await sleep(GRACE_MS);
    expect(calmSeen.filter((e) => e.name === 'notification').map((e) => ({ type: e.payload.type, taskId: e.payload.taskId }))).toEqual([
      { type: 'TASK_ASSIGNED_TO_AGENCY', taskId },
    ]);
    expect(calmSeen.filter((e) => e.name === 'task.changed').map((e) => e.payload)).toEqual([
      { operationId: danubeId, taskId, change: 'CREATED', status: 'OPEN', version: 1 },
    ]);
    expect(calmSeen.filter((e) => e.name === 'error' || e.name === 'disconnect')).toEqual([]);
    expect(calm.connected).toBe(true);
  });

  it('a message just under 16 KiB is handled (ack { ok: false }: not an operation id); one over 16 KiB closes the connection', async () => {
    const socket = await open(liaison);
    const disconnects: string[] = [];
    socket.on('disconnect', (reason: string) => disconnects.push(reason));

    // 15 KiB of payload plus framing stays under 16 KiB
    expect(await socket.timeout(5000).emitWithAck('operation:watch', { operationId: 'x'.repeat(15 * 1024) })).toEqual({ ok: false });
    expect(socket.connected).toBe(true);

    socket.emit('operation:watch', { operationId: 'x'.repeat(17 * 1024) }, () => undefined);
    await waitFor(() => disconnects.length > 0, 5000, 'connection closed');
    expect(disconnects).toHaveLength(1);
    expect(disconnects[0]).not.toBe('io client disconnect');
    expect(socket.connected).toBe(false);

    // the server is fine and the same person connects again
    const again = await open(liaison);
    expect(await again.timeout(5000).emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
  });
});
