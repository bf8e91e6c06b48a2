import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * A joint operation's channel against the real API, PostgreSQL and socket.io clients. The task force (sample
 * catalogue): Danube Route with NL-POL (lead, coordinator@nl.test), RO-DIOC, BE-SIS, ES-BIP and SPF; Coastal Harvest
 * with TH-AHTD and NG-NATA. member@ng.test is of NG-NATA, not in Danube Route. Expected results follow from that
 * roster: every person of a participating agency reads every message; anyone else gets NOT_FOUND, as for an unknown id.
 */

const POST = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id threadId seq body tlp handlingCode handlingCondition replyCount viewerCanEdit viewerCanDelete author { email } authorAgency { acronym } } }';
const LIST = `query($operationId: ID!, $threadId: ID, $search: String, $first: Int, $beforeSeq: Int) {
  operationMessages(operationId: $operationId, threadId: $threadId, search: $search, first: $first, beforeSeq: $beforeSeq) { id threadId seq body tlp handlingCondition editedAt deletedAt replyCount author { email } }
}`;
const EDIT = 'mutation($input: EditOperationMessageInput!) { editOperationMessage(input: $input) { id body handlingCondition editedAt viewerCanEdit } }';
const DELETE = 'mutation($id: ID!) { deleteOperationMessage(id: $id) { id body deletedAt viewerCanEdit viewerCanDelete } }';
const UNREAD = 'query($operationId: ID!) { operationUnreadMessageCount(operationId: $operationId) }';
const MARK_READ = 'mutation($operationId: ID!) { markOperationMessagesRead(operationId: $operationId) }';
const NOTIFICATIONS = '{ notifications { type title operationId } }';

const PEOPLE_IN = ['coordinator@nl.test', 'member@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'liaison@es.test', 'liaison@spf.test', 'member@ng.test', 'coordinator@th.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
/** The people of Danube Route's agencies among them. */
const DANUBE_PEOPLE: Person[] = ['coordinator@nl.test', 'member@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'liaison@es.test', 'liaison@spf.test'];

describe('operation channel: messages, threads, mentions, unread markers, edits and deletions', () => {
  let t: TestApp;
  const token = {} as Record<Person, string>;
  let danube: string;
  let coastal: string;
  let paging: string;
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[who]);
  const post = async (who: Person, input: Record<string, unknown>) => {
    const res = await as(who, POST, { input: { operationId: danube, ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.postOperationMessage;
  };
  const fields = (res: GqlResponse) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA'], AGENCIES['TH-AHTD']);
    await f.person(...PEOPLE_IN.map((email) => PEOPLE[email]));
    await f.operation({ ...OPERATIONS.danube, participants: [] });
    await f.operation({ ...OPERATIONS.coastal, participants: [] });
    await f.operation({ name: 'Joint Operation Paging', lead: 'ES-BIP', agencies: ['BE-SIS'], coordinators: ['liaison@es.test'], countries: ['ES', 'BE'] });
    for (const who of PEOPLE_IN) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    danube = f.operations[OPERATIONS.danube.name];
    coastal = f.operations[OPERATIONS.coastal.name];
    paging = f.operations['Joint Operation Paging'];
  });
  afterAll(() => t?.close());

  it('every person of every participating agency reads a message; anyone else gets NOT_FOUND, as for an unknown id', async () => {
    const message = await post('liaison@ro.test', { body: 'Bank records of the recruitment agency requested' });
    expect(message).toMatchObject({ threadId: null, tlp: 'AMBER', handlingCode: null, replyCount: 0, viewerCanEdit: true, viewerCanDelete: true, author: { email: 'liaison@ro.test' }, authorAgency: { acronym: 'RO-DIOC' } });
    for (const who of DANUBE_PEOPLE) {
      const res = await as(who, LIST, { operationId: danube });
      expect(res.errors).toBeUndefined();
      expect(res.data!.operationMessages.map((m: { id: string }) => m.id)).toContain(message.id);
    }
    const unknown = randomUUID();
    for (const operationId of [danube, unknown, 'not-an-id']) {
      const read = await as('member@ng.test', LIST, { operationId });
      expect([errorCode(read), read.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Operation not found']);
      const write = await as('member@ng.test', POST, { input: { operationId, body: 'hello' } });
      expect([errorCode(write), write.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Operation not found']);
    }
    for (const id of [message.id, unknown, 'not-an-id']) {
      const edit = await as('member@ng.test', EDIT, { input: { id, body: 'changed' } });
      expect([errorCode(edit), edit.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Message not found']);
      const del = await as('member@ng.test', DELETE, { id });
      expect([errorCode(del), del.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Message not found']);
    }
    // Danube's people do not read Coastal Harvest's channel either.
    await post('coordinator@th.test', { operationId: coastal, body: 'Coastal Harvest only' });
    expect(errorCode(await as('member@nl.test', LIST, { operationId: coastal }))).toBe('NOT_FOUND');
    expect((await as('member@ng.test', LIST, { operationId: coastal })).data!.operationMessages.map((m: { body: string }) => m.body)).toEqual(['Coastal Harvest only']);
  });

  it('a reply belongs to a thread; a reply to a reply goes to the same thread; another operation\'s thread is NOT_FOUND', async () => {
    const root = await post('coordinator@nl.test', { body: 'Who covers the Valencia address?', tlp: 'GREEN', handlingCode: 'H2' });
    expect(root).toMatchObject({ tlp: 'GREEN', handlingCode: 'H2' });
    const reply = await post('liaison@es.test', { body: 'ES-BIP does', threadId: root.id });
    const replyToReply = await post('member@nl.test', { body: 'Thanks', threadId: reply.id });
    expect([reply.threadId, replyToReply.threadId]).toEqual([root.id, root.id]);
    const thread = await as('liaison@be.test', LIST, { operationId: danube, threadId: root.id });
    expect(thread.data!.operationMessages.map((m: { body: string }) => m.body)).toEqual(['Who covers the Valencia address?', 'ES-BIP does', 'Thanks']);
    const roots = await as('liaison@be.test', LIST, { operationId: danube });
    const listed = roots.data!.operationMessages.find((m: { id: string }) => m.id === root.id);
    expect(listed).toMatchObject({ replyCount: 2, threadId: null });
    expect(roots.data!.operationMessages.some((m: { id: string }) => m.id === reply.id)).toBe(false);
    const [coastalMessage] = (await as('member@ng.test', LIST, { operationId: coastal })).data!.operationMessages;
    const foreign = await as('coordinator@nl.test', POST, { input: { operationId: danube, body: 'into their thread', threadId: coastalMessage.id } });
    expect([errorCode(foreign), foreign.errors?.[0]?.message]).toEqual(['NOT_FOUND', 'Thread not found']);
    expect(errorCode(await as('coordinator@nl.test', LIST, { operationId: danube, threadId: coastalMessage.id }))).toBe('NOT_FOUND');
  });

  it('a mention notifies the person, or the liaison officers of the agency, never the author nor anyone outside the operation', async () => {
    const notices = async (who: Person) => (await as(who, NOTIFICATIONS)).data!.notifications.filter((n: { type: string }) => n.type === 'OPERATION_MENTION');
    const before = Object.fromEntries(await Promise.all(PEOPLE_IN.map(async (who) => [who, (await notices(who)).length])));
    await post('member@nl.test', { body: '@RO-DIOC and @liaison@be.test: please check. cc @member@ng.test @NG-NATA @member@nl.test' });
    const after = Object.fromEntries(await Promise.all(PEOPLE_IN.map(async (who) => [who, (await notices(who)).length - before[who]])));
    // RO-DIOC's liaison officer (its member is not one), BE-SIS's liaison officer by name; nobody of NG-NATA (not in
    // the operation); the author mentioning themselves gets nothing.
    expect(after).toEqual({ 'coordinator@nl.test': 0, 'member@nl.test': 0, 'liaison@ro.test': 1, 'member@ro.test': 0, 'liaison@be.test': 1, 'liaison@es.test': 0, 'liaison@spf.test': 0, 'member@ng.test': 0, 'coordinator@th.test': 0 });
    const [toRo] = await notices('liaison@ro.test');
    const [toBe] = await notices('liaison@be.test');
    expect([toRo.title, toBe.title]).toEqual(['Pieter Jansen mentioned your agency in Joint Operation Danube Route', 'Pieter Jansen mentioned you in Joint Operation Danube Route']);
    // The notification says who and where, never the message.
    expect(JSON.stringify([toRo, toBe])).not.toContain('please check');
  });

  it('the threads page back from the latest 50 to the first, in the order they were started, replies never among them', async () => {
    // 53 threads in an operation of their own; a reply to thread 2 is posted last, so a thread's latest activity does
    // not move it: the list is in the order threads were started.
    const threads: string[] = [];
    for (let n = 1; n <= 53; n++) threads.push((await post('liaison@es.test', { operationId: paging, body: `Thread ${n} of 53` })).id);
    await post('liaison@be.test', { operationId: paging, threadId: threads[1], body: 'A late reply to thread 2' });
    const page = async (variables: Record<string, unknown>) => {
      const res = await as('liaison@be.test', LIST, { operationId: paging, ...variables });
      expect(res.errors).toBeUndefined();
      return res.data!.operationMessages as Array<{ id: string; seq: number }>;
    };
    const latest = await page({});
    expect(latest.map((m) => m.id)).toEqual(threads.slice(3));
    const earlier = await page({ beforeSeq: latest[0].seq });
    expect(earlier.map((m) => m.id)).toEqual(threads.slice(0, 3));
    expect(await page({ beforeSeq: earlier[0].seq })).toEqual([]);
    // Pages of 20: 34–53, 14–33, 1–13.
    const walked: string[][] = [];
    let before: number | undefined;
    for (;;) {
      const next = await page({ first: 20, ...(before ? { beforeSeq: before } : {}) });
      if (!next.length) break;
      walked.push(next.map((m) => m.id));
      before = next[0].seq;
    }
    expect(walked).toEqual([threads.slice(33), threads.slice(13, 33), threads.slice(0, 13)]);
  });

  it('an edit that adds mentions notifies exactly the newly mentioned, within the operation; removing a mention notifies nobody', async () => {
    const notices = async (who: Person) => (await as(who, NOTIFICATIONS)).data!.notifications.filter((n: { type: string }) => n.type === 'OPERATION_MENTION');
    const counts = async () => Object.fromEntries(await Promise.all(PEOPLE_IN.map(async (who) => [who, (await notices(who)).length]))) as Record<Person, number>;
    const since = async (before: Record<Person, number>) => {
      const now = await counts();
      return Object.fromEntries(PEOPLE_IN.map((who) => [who, now[who] - before[who]]));
    };
    const none = Object.fromEntries(PEOPLE_IN.map((who) => [who, 0]));
    let before = await counts();
    const message = await post('member@nl.test', { body: 'Flight list for @liaison@be.test' });
    expect(await since(before)).toEqual({ ...none, 'liaison@be.test': 1 });

    // Newly: RO-DIOC (its liaison officer), member@ro.test by name. Not again: liaison@be.test. Never: NG-NATA and its
    // member (not in the operation), the author herself.
    before = await counts();
    const edit = async (body: string) => {
      const res = await as('member@nl.test', EDIT, { input: { id: message.id, body } });
      expect(res.errors).toBeUndefined();
    };
    await edit('Flight list for @liaison@be.test, @RO-DIOC and @member@ro.test; cc @NG-NATA @member@ng.test @member@nl.test');
    expect(await since(before)).toEqual({ ...none, 'liaison@ro.test': 1, 'member@ro.test': 1 });
    const [toRo] = await notices('member@ro.test');
    expect(toRo.title).toBe('Pieter Jansen mentioned you in Joint Operation Danube Route');

    // Removing mentions tells nobody; a mention removed and written again is not new either.
    before = await counts();
    await edit('Flight list for @liaison@be.test');
    await edit('Flight list for @liaison@be.test and @member@ro.test again');
    expect(await since(before)).toEqual(none);

    // An edit that changes only the text around the mentions tells nobody; a new one (ES-BIP) its liaison officer.
    before = await counts();
    await edit('Flight list (updated) for @liaison@be.test, @member@ro.test and @ES-BIP');
    expect(await since(before)).toEqual({ ...none, 'liaison@es.test': 1 });
  });

  it('members receive each message live on their sockets; other agencies\' sockets receive nothing', async () => {
    const sockets: Partial<Record<Person, Socket>> = {};
    const seen: Partial<Record<Person, Array<{ name: string; payload: any }>>> = {};
    try {
      for (const who of ['member@ro.test', 'liaison@spf.test', 'member@ng.test', 'coordinator@th.test'] as const) {
        sockets[who] = await connectSocket(t.url, token[who]);
        seen[who] = recordEvents(sockets[who]!, ['operation.message']);
      }
      const message = await post('liaison@be.test', { body: 'Live to every member', handlingCode: 'H1' });
      await waitFor(() => seen['member@ro.test']!.length === 1 && seen['liaison@spf.test']!.length === 1, 5000, 'operation.message to the members');
      expect(seen['member@ro.test']![0].payload).toMatchObject({ id: message.id, operationId: danube, change: 'POSTED', body: 'Live to every member', tlp: 'AMBER', handlingCode: 'H1', seq: message.seq });
      // A later event that the outsiders would receive if they got this channel's events: Coastal Harvest's own.
      await post('coordinator@th.test', { operationId: coastal, body: 'Marker' });
      await waitFor(() => seen['member@ng.test']!.length === 1, 5000, 'Coastal Harvest message to NG-NATA');
      expect(seen['member@ng.test']!.map((e) => e.payload.body)).toEqual(['Marker']);
      expect(seen['member@ro.test']!.map((e) => e.payload.body)).toEqual(['Live to every member']);
    } finally {
      for (const socket of Object.values(sockets)) socket?.close();
    }
  });

  it('the author edits (the earlier text kept, audited); nobody else may; a coordinator deletes; it then reads "deleted"', async () => {
    const message = await post('liaison@spf.test', { body: 'Shelter has 3 beds' });
    expect(errorCode(await as('member@nl.test', EDIT, { input: { id: message.id, body: 'Shelter has 0 beds' } }))).toBe('FORBIDDEN');
    const edited = await as('liaison@spf.test', EDIT, { input: { id: message.id, body: 'Shelter has 4 beds' } });
    expect(edited.data!.editOperationMessage).toMatchObject({ body: 'Shelter has 4 beds', editedAt: expect.any(String), viewerCanEdit: true });
    expect(await t.db.query('SELECT body FROM operation_message_revisions WHERE message_id = $1', [message.id])).toEqual([{ body: 'Shelter has 3 beds' }]);
    expect(errorCode(await as('liaison@ro.test', DELETE, { id: message.id }))).toBe('FORBIDDEN');
    const deleted = await as('coordinator@nl.test', DELETE, { id: message.id });
    expect(deleted.data!.deleteOperationMessage).toMatchObject({ body: null, deletedAt: expect.any(String), viewerCanEdit: false, viewerCanDelete: false });
    expect(await t.db.query('SELECT body FROM operation_message_revisions WHERE message_id = $1', [message.id])).toEqual([]);
    const listed = (await as('member@ro.test', LIST, { operationId: danube })).data!.operationMessages.find((m: { id: string }) => m.id === message.id);
    expect(listed).toMatchObject({ body: null, deletedAt: expect.any(String) });
    expect(errorCode(await as('liaison@spf.test', EDIT, { input: { id: message.id, body: 'back' } }))).toBe('FAILED_PRECONDITION');
    const audit = await t.db.query(`SELECT action, subject_id, details FROM audit_entries WHERE subject_type = 'OPERATION_MESSAGE' AND subject_id = $1 ORDER BY seq`, [message.id]);
    expect(audit.map((a: { action: string; subject_id: string; details: Record<string, unknown> }) => [a.action, a.subject_id, a.details['byAuthor'] ?? null])).toEqual([
      ['OPERATION_MESSAGE_EDITED', message.id, null],
      ['OPERATION_MESSAGE_DELETED', message.id, false],
    ]);
    // The audit keeps ids, never the text.
    expect(JSON.stringify(audit)).not.toContain('beds');
  });

  it('a reply into a deleted message\'s thread is accepted: the thread stays, its first message reading "deleted"', async () => {
    const root = await post('liaison@be.test', { body: 'Who holds the ferry manifests?' });
    const first = await post('member@ro.test', { body: 'The port authority', threadId: root.id });
    await as('coordinator@nl.test', DELETE, { id: root.id });
    const toRoot = await post('member@nl.test', { body: 'Asked them today', threadId: root.id });
    const toReply = await post('liaison@es.test', { body: 'Copy to Madrid please', threadId: first.id });
    expect([toRoot.threadId, toReply.threadId]).toEqual([root.id, root.id]);
    const thread = (await as('liaison@ro.test', LIST, { operationId: danube, threadId: root.id })).data!.operationMessages as Array<{ id: string; body: string | null }>;
    expect(thread.map((m) => [m.id, m.body])).toEqual([[root.id, null], [first.id, 'The port authority'], [toRoot.id, 'Asked them today'], [toReply.id, 'Copy to Madrid please']]);
    const listed = (await as('liaison@ro.test', LIST, { operationId: danube })).data!.operationMessages.find((m: { id: string }) => m.id === root.id);
    expect(listed).toMatchObject({ body: null, replyCount: 3 });
  });

  it('unread markers count others\' messages since the person last read the channel', async () => {
    await as('liaison@es.test', MARK_READ, { operationId: danube });
    expect((await as('liaison@es.test', UNREAD, { operationId: danube })).data!.operationUnreadMessageCount).toBe(0);
    await post('member@ro.test', { body: 'one' });
    const two = await post('member@ro.test', { body: 'two' });
    await post('liaison@es.test', { body: 'my own does not count' });
    expect((await as('liaison@es.test', UNREAD, { operationId: danube })).data!.operationUnreadMessageCount).toBe(2);
    await as('member@ro.test', DELETE, { id: two.id });
    expect((await as('liaison@es.test', UNREAD, { operationId: danube })).data!.operationUnreadMessageCount).toBe(1);
    expect((await as('liaison@es.test', MARK_READ, { operationId: danube })).data!.markOperationMessagesRead).toBe(0);
    expect(errorCode(await as('member@ng.test', UNREAD, { operationId: danube }))).toBe('NOT_FOUND');
  });

  it('search finds the text in any thread, never deleted messages nor another operation\'s', async () => {
    const root = await post('coordinator@nl.test', { body: 'Minibus plate RO-44-XYZ seen in Rotterdam' });
    await post('liaison@be.test', { body: 'Same minibus at the Antwerp border', threadId: root.id });
    const gone = await post('liaison@be.test', { body: 'minibus photo, wrong one' });
    await as('liaison@be.test', DELETE, { id: gone.id });
    await post('coordinator@th.test', { operationId: coastal, body: 'A minibus in Bangkok' });
    const found = await as('member@ro.test', LIST, { operationId: danube, search: 'MINIBUS' });
    expect(found.data!.operationMessages.map((m: { body: string }) => m.body)).toEqual(['Minibus plate RO-44-XYZ seen in Rotterdam', 'Same minibus at the Antwerp border']);
    expect(fields(await as('member@ro.test', LIST, { operationId: danube, search: 'm' }))).toEqual(['search']);
  });

  it('search text loses its invisible controls as bodies do, so a pasted zero-width or bidi character still matches', async () => {
    await post('coordinator@nl.test', { body: 'Van registered to Transil\u200Bvania Logistics' });
    const bodies = async (search: string) => {
      const res = await as('member@ro.test', LIST, { operationId: danube, search });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.operationMessages.map((m: { body: string }) => m.body);
    };
    for (const search of ['Transilvania', 'Transil\u200Bvania', '\u202ETransilvania\u202C', 'Trans\u2060il\uFEFFvania', '\u2066Logistics\u2069']) {
      expect([search, await bodies(search)]).toEqual([search, ['Van registered to Transilvania Logistics']]);
    }
    // Two characters once the controls are gone: too short, as 'm' alone.
    expect(fields(await as('member@ro.test', LIST, { operationId: danube, search: '\u200Bm\u200B' }))).toEqual(['search']);
  });

  it('a resend with the same idempotency key posts once; bad input names the field and posts nothing', async () => {
    const count = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM operation_messages'))[0].n);
    const before = await count();
    const idempotencyKey = randomUUID();
    const first = await post('member@nl.test', { body: 'Sent twice over a bad line', idempotencyKey });
    const again = await post('member@nl.test', { body: 'Sent twice over a bad line', idempotencyKey });
    expect(again.id).toBe(first.id);
    expect((await count()) - before).toBe(1);
    expect(fields(await as('member@nl.test', POST, { input: { operationId: danube, body: '   ' } }))).toEqual(['body']);
    expect(fields(await as('member@nl.test', POST, { input: { operationId: danube, body: 'x'.repeat(10_001) } }))).toEqual(['body']);
    expect(fields(await as('member@nl.test', POST, { input: { operationId: danube, body: 'ok', idempotencyKey: 'again' } }))).toEqual(['idempotencyKey']);
    expect((await count()) - before).toBe(1);
  });

  it('invisible controls are removed from a message and its edits; joiners and direction marks stay', async () => {
    // An override (U+202E), an isolate (U+2066…U+2069), a zero-width space, a word joiner and a byte-order mark go;
    // the Persian non-joiner (U+200C), an emoji's joiners (U+200D) and the right-to-left mark (U+200F) stay.
    const message = await post('member@nl.test', { body: '\uFEFFInvoice \u202Efdp.exe from \u2066RO-\u2060DIOC\u2069 می\u200Cخواهم 👩\u200D👩\u200D👧 رقم\u200F 12\u200B' });
    expect(message.body).toBe('Invoice fdp.exe from RO-DIOC می\u200Cخواهم 👩\u200D👩\u200D👧 رقم\u200F 12');
    const edited = await as('member@nl.test', EDIT, { input: { id: message.id, body: 'Shelter \u202Dhas\u202C 4 beds' } });
    expect(edited.data!.editOperationMessage.body).toBe('Shelter has 4 beds');
    // Nothing left but controls is an empty body.
    expect(fields(await as('member@nl.test', POST, { input: { operationId: danube, body: '\u202E\u200B \u2066\u2069' } }))).toEqual(['body']);
  });

  it('H3 carries its restriction: required with H3, refused without it, naming the field; read by every member', async () => {
    const count = async () => Number((await t.db.query('SELECT count(*)::int AS n FROM operation_messages'))[0].n);
    const before = await count();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ handlingCode: 'H3' }, ['handlingCondition']],
      [{ handlingCode: 'H3', handlingCondition: ' \u202E\u200B ' }, ['handlingCondition']],
      [{ handlingCode: 'H3', handlingCondition: 'x'.repeat(501) }, ['handlingCondition']],
      [{ handlingCode: 'H2', handlingCondition: 'Only for the Valencia search' }, ['handlingCondition']],
      [{ handlingCondition: 'Only for the Valencia search' }, ['handlingCondition']],
      [{ body: ' ', handlingCode: 'H3' }, ['body', 'handlingCondition']],
    ];
    for (const [input, expected] of cases) {
      const res = await as('member@nl.test', POST, { input: { operationId: danube, body: 'Address list', ...input } });
      expect([input, errorCode(res), fields(res)?.sort()]).toEqual([input, 'BAD_USER_INPUT', expected]);
    }
    expect(await count()).toBe(before);
    const restriction = 'Only for the Valencia search; not to be shown to the landlord';
    const message = await post('member@nl.test', { body: 'Address list', handlingCode: 'H3', handlingCondition: ` \u2066${restriction}\u2069 ` });
    expect([message.handlingCode, message.handlingCondition]).toEqual(['H3', restriction]);
    expect((await post('member@nl.test', { body: 'Exactly 500', handlingCode: 'H3', handlingCondition: 'y'.repeat(500) })).handlingCondition).toBe('y'.repeat(500));
    for (const who of DANUBE_PEOPLE) {
      const listed = (await as(who, LIST, { operationId: danube })).data!.operationMessages.find((m: { id: string }) => m.id === message.id);
      expect([who, listed?.handlingCondition]).toEqual([who, restriction]);
    }
    // An edit may restate the restriction of an H3 message, never give one to another message nor remove it.
    const edited = await as('member@nl.test', EDIT, { input: { id: message.id, body: 'Address list', handlingCondition: 'Only for the Valencia search' } });
    expect(edited.data!.editOperationMessage.handlingCondition).toBe('Only for the Valencia search');
    expect(fields(await as('member@nl.test', EDIT, { input: { id: message.id, body: 'Address list', handlingCondition: '  ' } }))).toEqual(['handlingCondition']);
    const plain = await post('member@nl.test', { body: 'No restriction', handlingCode: 'H2' });
    expect(fields(await as('member@nl.test', EDIT, { input: { id: plain.id, body: 'No restriction', handlingCondition: 'Only for the search' } }))).toEqual(['handlingCondition']);
    // A body of the wrong form and a restriction the message does not take: both named in one error.
    expect(fields(await as('member@nl.test', EDIT, { input: { id: plain.id, body: '  ', handlingCondition: 'Only for the search' } }))?.sort()).toEqual(['body', 'handlingCondition']);
    const kept = await as('member@nl.test', EDIT, { input: { id: message.id, body: 'Address list, updated' } });
    expect(kept.data!.editOperationMessage.handlingCondition).toBe('Only for the Valencia search');
    // Deleted, the message keeps its marking but none of what its author wrote: neither body nor restriction.
    const gone = await as('member@nl.test', 'mutation($id: ID!) { deleteOperationMessage(id: $id) { body handlingCode handlingCondition } }', { id: message.id });
    expect(gone.data!.deleteOperationMessage).toEqual({ body: null, handlingCode: 'H3', handlingCondition: null });
    const listed = (await as('coordinator@nl.test', LIST, { operationId: danube })).data!.operationMessages.find((m: { id: string }) => m.id === message.id);
    expect([listed?.body, listed?.handlingCondition]).toEqual([null, null]);
    const [row] = await t.db.query('SELECT body, handling_condition FROM operation_messages WHERE id = $1', [message.id]);
    expect(row).toEqual({ body: null, handling_condition: null });
  });

  it('a closed operation\'s channel stays readable and takes no message, edit or deletion', async () => {
    const message = await post('member@nl.test', { body: 'Before closing' });
    await t.db.query(`UPDATE operations SET status = 'CLOSED' WHERE id = $1`, [danube]);
    try {
      expect(errorCode(await as('member@nl.test', POST, { input: { operationId: danube, body: 'After closing' } }))).toBe('FAILED_PRECONDITION');
      expect(errorCode(await as('member@nl.test', EDIT, { input: { id: message.id, body: 'changed' } }))).toBe('FAILED_PRECONDITION');
      expect(errorCode(await as('coordinator@nl.test', DELETE, { id: message.id }))).toBe('FAILED_PRECONDITION');
      const read = await as('liaison@ro.test', LIST, { operationId: danube, first: 200 });
      expect(read.data!.operationMessages.some((m: { id: string }) => m.id === message.id)).toBe(true);
    } finally {
      await t.db.query(`UPDATE operations SET status = 'ACTIVE' WHERE id = $1`, [danube]);
    }
  });

  it('an agency removed from the operation reads its channel no more and is sent nothing of it', async () => {
    await post('liaison@spf.test', { body: 'SPF was here' });
    const socket = await connectSocket(t.url, token['liaison@spf.test']);
    const seen = recordEvents(socket, ['operation.message']);
    try {
      await t.db.query(`DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = (SELECT id FROM agencies WHERE acronym = 'SPF')`, [danube]);
      expect(errorCode(await as('liaison@spf.test', LIST, { operationId: danube }))).toBe('NOT_FOUND');
      const watcher = await connectSocket(t.url, token['member@ro.test']);
      const members = recordEvents(watcher, ['operation.message']);
      try {
        await post('member@nl.test', { body: 'After SPF left' });
        await waitFor(() => members.length === 1, 5000, 'the message to a member');
        expect(seen).toEqual([]);
      } finally {
        watcher.close();
      }
    } finally {
      socket.close();
    }
  });
});
