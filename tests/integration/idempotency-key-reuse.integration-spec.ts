import { randomUUID } from 'node:crypto';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * An idempotency key names one request (IETF draft "The Idempotency-Key HTTP Header Field", §2.6: a key reused with a
 * different request payload is refused with 422): sent again with the same input it returns the first result; with
 * other input it is refused with IDEMPOTENCY_KEY_REUSED and nothing is created. Danube Route from the sample
 * catalogue: NL-POL (coordinator@nl.test), RO-DIOC (liaison@ro.test), BE-SIS.
 */

const POST = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id body } }';
const SEND = 'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id subject } }';
const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

describe('idempotency keys reused with a different request', () => {
  let t: TestApp;
  const token = {} as Record<Person, string>;
  let danube: string;
  let agency: Record<string, string>;
  const as = (who: Person, query: string, variables: Record<string, unknown>) => gql(t.url, query, variables, token[who]);
  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS']);
    await f.person(...PEOPLE_IN.map((email) => PEOPLE[email]));
    await f.operation({ ...OPERATIONS.danube, agencies: ['RO-DIOC', 'BE-SIS'], participants: [] });
    for (const who of PEOPLE_IN) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    danube = f.operations[OPERATIONS.danube.name];
    agency = f.agencies;
  });
  afterAll(() => t?.close());

  it('a channel message: the same input returns the first message; other input is refused and posts nothing', async () => {
    const idempotencyKey = randomUUID();
    const input = { operationId: danube, body: 'Van seen at the border', idempotencyKey };
    const first = await as('liaison@ro.test', POST, { input });
    const again = await as('liaison@ro.test', POST, { input: { ...input, tlp: 'AMBER' } });
    expect(again.data!.postOperationMessage.id).toBe(first.data!.postOperationMessage.id);
    const before = await count('operation_messages');
    for (const other of [{ body: 'Another text' }, { tlp: 'RED' }, { handlingCode: 'H2' }]) {
      const res = await as('liaison@ro.test', POST, { input: { ...input, ...other } });
      expect([other, errorCode(res), res.data]).toEqual([other, 'IDEMPOTENCY_KEY_REUSED', null]);
    }
    expect(await count('operation_messages')).toBe(before);
    // Another person's key is their own: the same key posts for them.
    const theirs = await as('coordinator@nl.test', POST, { input: { ...input, body: 'Another text' } });
    expect(theirs.data!.postOperationMessage.body).toBe('Another text');
  });

  it('a key is a UUID, read without regard to case: the same key in upper case returns the first message', async () => {
    const idempotencyKey = randomUUID();
    const input = { operationId: danube, body: 'Second van seen at the border', idempotencyKey };
    const first = await as('liaison@ro.test', POST, { input });
    const before = await count('operation_messages');
    const again = await as('liaison@ro.test', POST, { input: { ...input, idempotencyKey: idempotencyKey.toUpperCase() } });
    expect(again.data!.postOperationMessage.id).toBe(first.data!.postOperationMessage.id);
    expect(await count('operation_messages')).toBe(before);
  });

  it('a request for information: the same input returns the first request; other input is refused and sends nothing', async () => {
    const idempotencyKey = randomUUID();
    const input = { operationId: danube, toAgencyId: agency['BE-SIS'], priority: 'HIGH', subject: 'Bank records', body: 'Statements for 2025', dueAt: '2099-01-01T10:00:00Z', idempotencyKey };
    const first = await as('liaison@ro.test', SEND, { input });
    const again = await as('liaison@ro.test', SEND, { input: { ...input, dueAt: '2099-01-01T11:00:00+01:00' } });
    expect(again.data!.sendInformationRequest.id).toBe(first.data!.sendInformationRequest.id);
    const before = await count('information_requests');
    for (const other of [{ subject: 'Phone records' }, { toAgencyId: agency['NL-POL'] }, { priority: 'URGENT' }, { dueAt: '2099-02-01T10:00:00Z' }]) {
      const res = await as('liaison@ro.test', SEND, { input: { ...input, ...other } });
      expect([other, errorCode(res), res.errors?.[0].message]).toEqual([other, 'IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different request: send a new key for a new request']);
    }
    expect(await count('information_requests')).toBe(before);
  });
});
