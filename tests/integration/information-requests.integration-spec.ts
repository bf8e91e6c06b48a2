import { randomUUID } from 'node:crypto';
import { InformationRequestEscalationService } from '@taskforce/api-channels';
import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Requests for information between two agencies of a joint operation, against the real API, PostgreSQL and socket.io
 * clients. The task force (sample catalogue): Danube Route with NL-POL (lead; coordinator@nl.test coordinates),
 * RO-DIOC, BE-SIS, ES-BIP and SPF; member@ng.test is of NG-NATA, outside it. Expected results follow from the rule: the
 * people of the sending and the addressed agency and the operation's coordinators see a request; a third agency of the
 * same operation and anyone outside get NOT_FOUND, as for an unknown id; only the addressed agency acknowledges and
 * answers. The operation's escalation delay is the schema default, 15 minutes.
 */

const SEND = `mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) {
  id subject body priority dueAt tlp handlingCode handlingCondition status viewerCanRespond fromAgency { acronym } toAgency { acronym } sender { email } } }`;
const ACK = 'mutation($id: ID!) { acknowledgeInformationRequest(id: $id) { id status acknowledgedAt acknowledgedBy { email } viewerCanRespond } }';
const ANSWER = 'mutation($input: AnswerInformationRequestInput!) { answerInformationRequest(input: $input) { id status answer answeredAt answeredBy { email } acknowledgedBy { email } viewerCanRespond } }';
const LIST = 'query($operationId: ID!) { informationRequests(operationId: $operationId) { id subject status } }';
const GET = 'query($id: ID!) { informationRequest(id: $id) { id subject body handlingCode handlingCondition status answer escalatedAt overdue } }';
const NOTIFICATIONS = '{ notifications { type title operationId urgent } }';

const PEOPLE_IN = ['coordinator@nl.test', 'member@nl.test', 'liaison@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'liaison@spf.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const MINUTE = 60_000;

describe('requests for information between agencies of a joint operation', () => {
  let t: TestApp;
  let escalation: InformationRequestEscalationService;
  const token = {} as Record<Person, string>;
  let agency: Record<string, string>;
  let danube: string;
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[who]);
  const fields = (res: GqlResponse) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field);
  const inTwoDays = () => new Date(Date.now() + 2 * 24 * 60 * MINUTE).toISOString();
  const send = async (who: Person, input: Record<string, unknown>) => {
    const res = await as(who, SEND, { input: { operationId: danube, priority: 'HIGH', subject: 'Bank records', body: 'Statements of account RO49 AAAA 1B31 0075 9384 0000 for 2025', ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.sendInformationRequest;
  };
  const notificationsOf = async (who: Person, type: string) => {
    const res = await as(who, NOTIFICATIONS);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return (res.data!.notifications as Array<{ type: string; title: string; operationId: string; urgent: boolean }>).filter((n) => n.type === type);
  };

  beforeAll(async () => {
    t = await startTestApp({ ESCALATION_CHECK_SECONDS: '0' }, { demoData: false });
    escalation = t.app.get(InformationRequestEscalationService);
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA']);
    await f.person(...PEOPLE_IN.map((email) => PEOPLE[email]));
    await f.operation({ ...OPERATIONS.danube, participants: [] });
    for (const who of PEOPLE_IN) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    agency = f.agencies;
    danube = f.operations[OPERATIONS.danube.name];
  });
  afterAll(() => t?.close());

  it('the two agencies and the coordinator see a request; a third agency and outsiders get NOT_FOUND, as for an unknown id', async () => {
    const request = await send('liaison@ro.test', { toAgencyId: agency['NL-POL'], dueAt: inTwoDays(), handlingCode: 'H2' });
    expect(request).toMatchObject({ status: 'SENT', tlp: 'AMBER', handlingCode: 'H2', priority: 'HIGH', viewerCanRespond: false, fromAgency: { acronym: 'RO-DIOC' }, toAgency: { acronym: 'NL-POL' }, sender: { email: 'liaison@ro.test' } });
    const expected: Record<Person, 'sees' | 'operation hidden' | 'request hidden'> = {
      'liaison@ro.test': 'sees',
      'member@ro.test': 'sees',
      'coordinator@nl.test': 'sees',
      'member@nl.test': 'sees',
      'liaison@nl.test': 'sees',
      'liaison@be.test': 'request hidden',
      'liaison@spf.test': 'request hidden',
      'member@ng.test': 'operation hidden',
    };
    const outcome = {} as Record<Person, unknown>;
    for (const who of PEOPLE_IN) {
      const list = await as(who, LIST, { operationId: danube });
      const one = await as(who, GET, { id: request.id });
      outcome[who] = [list.errors ? errorCode(list) : list.data!.informationRequests.map((r: { id: string }) => r.id), one.errors ? [errorCode(one), one.errors[0].message] : one.data!.informationRequest.subject];
    }
    const shouldBe = Object.fromEntries(
      PEOPLE_IN.map((who) => [
        who,
        expected[who] === 'sees' ? [[request.id], 'Bank records'] : [expected[who] === 'request hidden' ? [] : 'NOT_FOUND', ['NOT_FOUND', 'Request for information not found']],
      ]),
    );
    expect(outcome).toEqual(shouldBe);
    // Unknown and malformed ids read the same as a hidden one.
    for (const id of [randomUUID(), 'not-an-id']) {
      const res = await as('liaison@ro.test', GET, { id });
      expect([errorCode(res), res.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Request for information not found']);
      const ack = await as('liaison@nl.test', ACK, { id });
      expect([errorCode(ack), ack.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Request for information not found']);
    }
    // Acknowledging: the sender's side and the coordinator of another agency are FORBIDDEN; outsiders NOT_FOUND.
    const refused = {} as Record<string, unknown>;
    for (const who of ['liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'member@ng.test'] as const) refused[who] = errorCode(await as(who, ACK, { id: request.id }));
    expect(refused).toEqual({ 'liaison@ro.test': 'FORBIDDEN', 'member@ro.test': 'FORBIDDEN', 'liaison@be.test': 'NOT_FOUND', 'member@ng.test': 'NOT_FOUND' });
  });

  it('the addressed agency\'s liaison officers are notified without the subject or body; urgent requests notify urgently', async () => {
    await send('liaison@be.test', { toAgencyId: agency['RO-DIOC'], subject: 'Minibus plates', body: 'Plates CT-12-ABC seen at the border', priority: 'URGENT' });
    const toRo = await notificationsOf('liaison@ro.test', 'INFORMATION_REQUEST_RECEIVED');
    expect(toRo.map((n) => [n.title, n.urgent, n.operationId])).toEqual([['BE-SIS sent your agency a request for information in Joint Operation Danube Route (urgent)', true, danube]]);
    // member@ro.test is not a liaison officer; nobody of a third agency hears of it.
    expect(await notificationsOf('member@ro.test', 'INFORMATION_REQUEST_RECEIVED')).toEqual([]);
    expect(await notificationsOf('liaison@spf.test', 'INFORMATION_REQUEST_RECEIVED')).toEqual([]);
    expect(JSON.stringify(toRo)).not.toMatch(/Minibus|CT-12-ABC/);
  });

  it('receipt and answer reach the sender live and as notifications; the answer closes the request', async () => {
    const sockets: Partial<Record<Person, Socket>> = {};
    const seen: Partial<Record<Person, Array<{ name: string; payload: any }>>> = {};
    try {
      for (const who of ['liaison@ro.test', 'coordinator@nl.test', 'liaison@be.test', 'member@ng.test'] as const) {
        sockets[who] = await connectSocket(t.url, token[who]);
        seen[who] = recordEvents(sockets[who]!, ['information.request']);
      }
      const request = await send('liaison@ro.test', { toAgencyId: agency['NL-POL'], subject: 'Payroll of the farm', body: 'Who paid the workers in March?' });
      await waitFor(() => seen['liaison@ro.test']!.length === 1 && seen['coordinator@nl.test']!.length === 1, 5000, 'information.request SENT');
      const acknowledged = await as('member@nl.test', ACK, { id: request.id });
      expect(acknowledged.data!.acknowledgeInformationRequest).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: { email: 'member@nl.test' }, viewerCanRespond: true });
      await waitFor(() => seen['liaison@ro.test']!.length === 2, 5000, 'information.request ACKNOWLEDGED to the sender');
      // Acknowledging again changes nothing and tells nobody again.
      const again = await as('liaison@nl.test', ACK, { id: request.id });
      expect(again.data!.acknowledgeInformationRequest).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedBy: { email: 'member@nl.test' } });
      const answered = await as('liaison@nl.test', ANSWER, { input: { requestId: request.id, body: 'A cash courier, see the ledger' } });
      expect(answered.data!.answerInformationRequest).toMatchObject({ status: 'ANSWERED', answer: 'A cash courier, see the ledger', answeredBy: { email: 'liaison@nl.test' }, acknowledgedBy: { email: 'member@nl.test' }, viewerCanRespond: false });
      await waitFor(() => seen['liaison@ro.test']!.length === 3 && seen['coordinator@nl.test']!.length === 3, 5000, 'information.request ANSWERED');
      expect(seen['liaison@ro.test']!.map((e) => [e.payload.id, e.payload.change, e.payload.status])).toEqual([
        [request.id, 'SENT', 'SENT'],
        [request.id, 'ACKNOWLEDGED', 'ACKNOWLEDGED'],
        [request.id, 'ANSWERED', 'ANSWERED'],
      ]);
      // Ids and status only on the socket.
      expect(JSON.stringify(seen['liaison@ro.test'])).not.toMatch(/Payroll|March|cash courier/);
      const twice = await as('liaison@nl.test', ANSWER, { input: { requestId: request.id, body: 'Again' } });
      expect(errorCode(twice)).toBe('FAILED_PRECONDITION');
      expect((await notificationsOf('liaison@ro.test', 'INFORMATION_REQUEST_ACKNOWLEDGED')).map((n) => n.title)).toEqual(['NL-POL acknowledged your request for information in Joint Operation Danube Route']);
      expect((await notificationsOf('liaison@ro.test', 'INFORMATION_REQUEST_ANSWERED')).map((n) => n.title)).toEqual(['NL-POL answered your request for information in Joint Operation Danube Route']);
      expect((await as('liaison@ro.test', GET, { id: request.id })).data!.informationRequest).toMatchObject({ status: 'ANSWERED', answer: 'A cash courier, see the ledger' });
      // Another agency of the operation and an outsider were sent nothing of it.
      expect([seen['liaison@be.test'], seen['member@ng.test']]).toEqual([[], []]);
    } finally {
      for (const socket of Object.values(sockets)) socket?.close();
    }
  });

  it('bad input names the field and sends nothing; a resend with the same key returns the first request', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n;
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ toAgencyId: agency['RO-DIOC'] }, ['toAgencyId']],
      [{ toAgencyId: agency['NG-NATA'] }, ['toAgencyId']],
      [{ toAgencyId: 'not-an-id' }, ['toAgencyId']],
      [{ toAgencyId: agency['NL-POL'], dueAt: '2020-01-01T00:00:00Z' }, ['dueAt']],
      [{ toAgencyId: agency['NL-POL'], dueAt: '2026-02-30T10:00:00Z' }, ['dueAt']],
      [{ toAgencyId: agency['NL-POL'], subject: '   ' }, ['subject']],
      [{ toAgencyId: agency['NL-POL'], subject: 'Ledger\nBcc: everyone' }, ['subject']],
      [{ toAgencyId: agency['NL-POL'], body: 'x'.repeat(10_001) }, ['body']],
    ];
    for (const [input, expected] of cases) {
      const res = await as('liaison@ro.test', SEND, { input: { operationId: danube, priority: 'LOW', subject: 'S', body: 'B', ...input } });
      expect([input, errorCode(res), fields(res)]).toEqual([input, 'BAD_USER_INPUT', expected]);
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n).toBe(before);
    const idempotencyKey = randomUUID();
    const first = await send('liaison@ro.test', { toAgencyId: agency['BE-SIS'], idempotencyKey });
    const second = await send('liaison@ro.test', { toAgencyId: agency['BE-SIS'], idempotencyKey });
    expect(second.id).toBe(first.id);
    expect((await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n).toBe(before + 1);
  });

  it('bad input names every bad field at once, in one error', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n;
    const allFields = (res: GqlResponse) => [res.errors?.length, errorCode(res), fields(res)?.sort()];
    // Two required fields left out (refused before any resolver runs).
    const missing = await as('liaison@ro.test', SEND, { input: { operationId: danube, toAgencyId: agency['NL-POL'], body: 'B' } });
    expect(allFields(missing)).toEqual([1, 'BAD_USER_INPUT', ['priority', 'subject']]);
    // The addressee the operation decides on (another agency of it) and a due date not in the future.
    const decided = await as('liaison@ro.test', SEND, { input: { operationId: danube, priority: 'LOW', subject: 'S', body: 'B', toAgencyId: agency['NG-NATA'], dueAt: '2020-01-01T00:00:00Z' } });
    expect(allFields(decided)).toEqual([1, 'BAD_USER_INPUT', ['dueAt', 'toAgencyId']]);
    // Two fields of the wrong form.
    const malformed = await as('liaison@ro.test', SEND, { input: { operationId: danube, priority: 'LOW', subject: ' ', body: '', toAgencyId: agency['NL-POL'] } });
    expect(allFields(malformed)).toEqual([1, 'BAD_USER_INPUT', ['body', 'subject']]);
    // Fields of the wrong form together with fields the operation decides on: all of them in one error.
    const both: Array<[Record<string, unknown>, string[]]> = [
      [{ toAgencyId: agency['NG-NATA'], dueAt: '2020-01-01T00:00:00Z', subject: '' }, ['dueAt', 'subject', 'toAgencyId']],
      [{ toAgencyId: agency['RO-DIOC'], dueAt: '2026-02-30T10:00:00Z' }, ['dueAt', 'toAgencyId']],
      [{ toAgencyId: 'not-an-id', body: '', handlingCode: 'H3' }, ['body', 'handlingCondition', 'toAgencyId']],
      [{ toAgencyId: agency['NG-NATA'], subject: 'Ledger\nBcc: everyone', dueAt: '2020-01-01T00:00:00Z', handlingCondition: 'Ask first' }, ['dueAt', 'handlingCondition', 'subject', 'toAgencyId']],
    ];
    for (const [input, expected] of both) {
      const res = await as('liaison@ro.test', SEND, { input: { operationId: danube, priority: 'LOW', subject: 'S', body: 'B', ...input } });
      expect([input, ...allFields(res)]).toEqual([input, 1, 'BAD_USER_INPUT', expected]);
    }
    // An operation the sender cannot see is NOT_FOUND whatever is wrong with the addressee, as an unknown one; a past due
    // date is of the wrong form, named whatever the operation.
    for (const operationId of [danube, randomUUID()]) {
      const unseen = await as('member@ng.test', SEND, { input: { operationId, priority: 'LOW', subject: 'S', body: 'B', toAgencyId: agency['NL-POL'] } });
      expect([operationId, errorCode(unseen)]).toEqual([operationId, 'NOT_FOUND']);
      const past = await as('member@ng.test', SEND, { input: { operationId, priority: 'LOW', subject: 'S', body: 'B', toAgencyId: agency['NL-POL'], dueAt: '2020-01-01T00:00:00Z' } });
      expect([operationId, ...allFields(past)]).toEqual([operationId, 1, 'BAD_USER_INPUT', ['dueAt']]);
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n).toBe(before);
  });

  it('invisible controls are removed from the subject, the body and the answer; joiners and direction marks stay', async () => {
    const request = await send('liaison@ro.test', { toAgencyId: agency['NL-POL'], subject: 'Ledger \u202Efdp.exe\u200B', body: '\uFEFFIBAN RO49\u2060AAAA \u2067ب\u2069 می\u200Cخواهم رقم\u200F' });
    expect([request.subject, request.body]).toEqual(['Ledger fdp.exe', 'IBAN RO49AAAA ب می\u200Cخواهم رقم\u200F']);
    const answered = await as('liaison@nl.test', ANSWER, { input: { requestId: request.id, body: 'Sent \u202Dby\u202C courier 👩\u200D💼' } });
    expect(answered.data!.answerInformationRequest.answer).toBe('Sent by courier 👩\u200D💼');
  });

  it('H3 carries its restriction: required with H3, refused without it, naming the field; read by those who see the request', async () => {
    const before = (await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n;
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ handlingCode: 'H3' }, ['handlingCondition']],
      [{ handlingCode: 'H3', handlingCondition: '\uFEFF ' }, ['handlingCondition']],
      [{ handlingCode: 'H3', handlingCondition: 'z'.repeat(501) }, ['handlingCondition']],
      [{ handlingCode: 'H1', handlingCondition: 'Ask RO-DIOC first' }, ['handlingCondition']],
      [{ handlingCondition: 'Ask RO-DIOC first' }, ['handlingCondition']],
      [{ subject: '', handlingCode: 'H3' }, ['handlingCondition', 'subject']],
    ];
    for (const [input, expected] of cases) {
      const res = await as('liaison@ro.test', SEND, { input: { operationId: danube, toAgencyId: agency['NL-POL'], priority: 'LOW', subject: 'S', body: 'B', ...input } });
      expect([input, errorCode(res), fields(res)?.sort()]).toEqual([input, 'BAD_USER_INPUT', expected]);
    }
    expect((await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n).toBe(before);
    const request = await send('liaison@ro.test', { toAgencyId: agency['NL-POL'], handlingCode: 'H3', handlingCondition: ' Ask RO-DIOC\u202E first ' });
    expect([request.handlingCode, request.handlingCondition]).toEqual(['H3', 'Ask RO-DIOC first']);
    for (const who of ['liaison@ro.test', 'member@nl.test', 'coordinator@nl.test'] as const) {
      const read = await as(who, GET, { id: request.id });
      expect([who, read.data?.informationRequest.handlingCondition]).toEqual([who, 'Ask RO-DIOC first']);
    }
    expect(errorCode(await as('liaison@be.test', GET, { id: request.id }))).toBe('NOT_FOUND');
  });

  it('an overdue request, or an urgent one nobody acknowledged in 15 minutes, escalates once to the coordinators', async () => {
    const urgent = await send('liaison@ro.test', { toAgencyId: agency['ES-BIP'], priority: 'URGENT', subject: 'Safe house address' });
    const due = await send('liaison@ro.test', { toAgencyId: agency['BE-SIS'], dueAt: new Date(Date.now() + 60 * MINUTE).toISOString() });
    const answered = await send('liaison@ro.test', { toAgencyId: agency['NL-POL'], dueAt: new Date(Date.now() + 60 * MINUTE).toISOString() });
    expect((await as('liaison@nl.test', ANSWER, { input: { requestId: answered.id, body: 'Done' } })).errors).toBeUndefined();
    const [row] = await t.db.query('SELECT created_at FROM information_requests WHERE id = $1', [urgent.id]);
    const sent = new Date(row.created_at).getTime();
    const ours = (ids: string[]) => ids.filter((id) => [urgent.id, due.id, answered.id].includes(id));
    expect(ours(await escalation.escalateOverdue(new Date(sent + 15 * MINUTE - 1000)))).toEqual([]);
    expect(ours(await escalation.escalateOverdue(new Date(sent + 15 * MINUTE + 1000)))).toEqual([urgent.id]);
    expect(ours(await escalation.escalateOverdue(new Date(sent + 61 * MINUTE)))).toEqual([due.id]);
    expect(ours(await escalation.escalateOverdue(new Date(sent + 120 * MINUTE)))).toEqual([]);
    // (The urgent request BE-SIS sent RO-DIOC earlier in this file escalated too; only RO-DIOC's are looked at here.)
    const toCoordinator = (await notificationsOf('coordinator@nl.test', 'INFORMATION_REQUEST_ESCALATED')).filter((n) => n.title.includes('from RO-DIOC'));
    expect(toCoordinator.map((n) => [n.title, n.urgent])).toEqual(
      expect.arrayContaining([
        ['Request for information from RO-DIOC not acknowledged by ES-BIP within 15 min (Joint Operation Danube Route)', true],
        ['Request for information from RO-DIOC not answered by BE-SIS by its due date (Joint Operation Danube Route)', true],
      ]),
    );
    expect(toCoordinator).toHaveLength(2);
    expect(await notificationsOf('liaison@ro.test', 'INFORMATION_REQUEST_ESCALATED')).toEqual([]);
    const read = await as('coordinator@nl.test', GET, { id: urgent.id });
    expect(read.data!.informationRequest.escalatedAt).not.toBeNull();
  });

  it('a closed operation takes no request, acknowledgement or answer, and stays readable', async () => {
    const open = await send('liaison@ro.test', { toAgencyId: agency['NL-POL'] });
    await t.db.query(`UPDATE operations SET status = 'CLOSED' WHERE id = $1`, [danube]);
    try {
      const refused = [
        await as('liaison@ro.test', SEND, { input: { operationId: danube, toAgencyId: agency['NL-POL'], priority: 'LOW', subject: 'S', body: 'B' } }),
        await as('liaison@nl.test', ACK, { id: open.id }),
        await as('liaison@nl.test', ANSWER, { input: { requestId: open.id, body: 'Late' } }),
      ];
      expect(refused.map(errorCode)).toEqual(['FAILED_PRECONDITION', 'FAILED_PRECONDITION', 'FAILED_PRECONDITION']);
      // Fields of the wrong form are named before the operation's state is judged: a bad subject and a past due date.
      const malformed = await as('liaison@ro.test', SEND, { input: { operationId: danube, toAgencyId: agency['NL-POL'], priority: 'LOW', subject: 'Ledger\nBcc: everyone', body: 'B', dueAt: '2020-01-01T00:00:00Z' } });
      expect([errorCode(malformed), fields(malformed)?.sort()]).toEqual(['BAD_USER_INPUT', ['dueAt', 'subject']]);
      expect((await as('liaison@nl.test', GET, { id: open.id })).data!.informationRequest.status).toBe('SENT');
      expect(ours(await escalation.escalateOverdue(new Date(Date.now() + 365 * 24 * 60 * MINUTE)), open.id)).toEqual([]);
    } finally {
      await t.db.query(`UPDATE operations SET status = 'ACTIVE' WHERE id = $1`, [danube]);
    }
    function ours(ids: string[], id: string) {
      return ids.filter((x) => x === id);
    }
  });

  it('an agency removed from the operation sees its requests no more and is sent nothing of them', async () => {
    const request = await send('liaison@spf.test', { toAgencyId: agency['NL-POL'], subject: 'Shelter places' });
    const socket = await connectSocket(t.url, token['liaison@spf.test']);
    const seen = recordEvents(socket, ['information.request']);
    const coordinator = await connectSocket(t.url, token['coordinator@nl.test']);
    const coordinatorSeen = recordEvents(coordinator, ['information.request']);
    try {
      await t.db.query(`DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = $2`, [danube, agency['SPF']]);
      expect(errorCode(await as('liaison@spf.test', GET, { id: request.id }))).toBe('NOT_FOUND');
      expect(errorCode(await as('liaison@spf.test', LIST, { operationId: danube }))).toBe('NOT_FOUND');
      expect((await as('liaison@nl.test', ACK, { id: request.id })).errors).toBeUndefined();
      await waitFor(() => coordinatorSeen.length === 1, 5000, 'the acknowledgement to the coordinator');
      expect(seen).toEqual([]);
    } finally {
      socket.close();
      coordinator.close();
    }
  });
});
