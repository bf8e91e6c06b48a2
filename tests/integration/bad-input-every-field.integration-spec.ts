import { randomBytes, randomUUID } from 'node:crypto';
import { tusHeaders, tusMetadata } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { GqlResponse, TestApp } from '../support/test-app';

/**
 * Bad input is answered with one BAD_USER_INPUT error naming every bad field at once, also when GraphQL itself refuses
 * some of the values before any resolver runs, and on the file routes; unknown and forbidden file ids look the same
 * on every file route. Against the real API and PostgreSQL. The task force (sample catalogue): Danube Route, led and
 * coordinated by NL-POL (coordinator@nl.test), with RO-DIOC (liaison@ro.test); member@ng.test is outside it. The
 * rules checked: createTask's DTO (title 3–200 characters, assigneeAgencyId a UUID), the TaskPriority and Pillar enums,
 * deleteFile's required `reason`, ReattachFileInput's required `fileId` and `attachedTo.id`, sendInformationRequest's
 * due date in the future and addressee another agency of the operation (NG-NATA is not), the upload metadata fields
 * (attachedKind, attachedId, tlp, handlingCode, and handlingCondition required with H3). Every BAD_USER_INPUT of GraphQL
 * is HTTP 200 (docs/api-contract.md, "Errors").
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';
const NOT_FOUND_BODY = { code: 'NOT_FOUND', message: 'File not found' };

describe('bad input names every bad field at once; unknown and forbidden ids look the same', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let danube: string;
  let ro: string;
  const fields = (res: GqlResponse) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field).sort();
  /** How many errors, the first one's code and the fields it names (sorted). */
  const answer = (res: GqlResponse) => [res.errors?.length, res.errors?.[0]?.extensions?.['code'], fields(res)];
  const task = (input: Record<string, unknown>) => ({ input: { operationId: danube, title: 'Trace transfers to Constanța', assigneeAgencyId: ro, pillar: 'PROSECUTION', priority: 'HIGH', ...input } });
  const taskCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM tasks'))[0].n as number;

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC', 'NG-NATA'], members: ['RO-DIOC'] });
    ({ t, danube } = app);
    ro = app.agency['RO-DIOC'];
  });
  afterAll(() => app?.close());

  it('a value GraphQL refuses (an unknown enum value) and values the DTO refuses are named together, in one error', async () => {
    const before = await taskCount();
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ priority: 'BOGUS', title: 'ab' }, ['priority', 'title']],
      [{ priority: 'BOGUS', pillar: 'NONE', title: ' ', assigneeAgencyId: 'not-an-id' }, ['assigneeAgencyId', 'pillar', 'priority', 'title']],
      [{ priority: 'BOGUS', title: 'x'.repeat(201), dueAt: '2026-02-30T10:00:00Z' }, ['dueAt', 'priority', 'title']],
      // A required field left out, with a title too short: both named, the missing one once.
      [{ pillar: undefined, title: 'ab' }, ['pillar', 'title']],
    ];
    for (const [input, expected] of cases) {
      const res = await app.as('coordinator@nl.test', CREATE, task(input));
      expect([input, ...answer(res)]).toEqual([input, 1, 'BAD_USER_INPUT', expected]);
      expect(res.errors![0].message).not.toMatch(/\n\s+at /);
    }
    // Only GraphQL's refusal: only that field.
    expect(answer(await app.as('coordinator@nl.test', CREATE, task({ priority: 'BOGUS' })))).toEqual([1, 'BAD_USER_INPUT', ['priority']]);
    expect(await taskCount()).toBe(before);
  });

  it('a bad scalar inside an input object is named by its field, whatever the value holds', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ assigneeAgencyId: { note: 'a; b' } }, ['assigneeAgencyId']],
      [{ priority: 'HIGH; LOW' }, ['priority']],
      [{ assigneeAgencyId: ['x; y'], priority: 'URGENT; NOW' }, ['assigneeAgencyId', 'priority']],
    ];
    for (const [input, expected] of cases) {
      expect([input, ...answer(await app.as('coordinator@nl.test', CREATE, task(input)))]).toEqual([input, 1, 'BAD_USER_INPUT', expected]);
    }
  });

  it('a required argument or input field left out of the document is BAD_USER_INPUT naming it; malformed documents keep their codes', async () => {
    const noReason = await app.as('coordinator@nl.test', 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: randomUUID() });
    expect(answer(noReason)).toEqual([1, 'BAD_USER_INPUT', ['reason']]);
    const noTitle = await app.as('coordinator@nl.test', `mutation { createTask(input: { operationId: "${danube}", assigneeAgencyId: "${ro}", pillar: PROSECUTION, priority: HIGH }) { id } }`);
    expect(answer(noTitle)).toEqual([1, 'BAD_USER_INPUT', ['title']]);
    const both = await app.as('coordinator@nl.test', `mutation { createTask(input: { operationId: "${danube}", assigneeAgencyId: "${ro}", priority: HIGH }) { id } }`);
    expect(answer(both)).toEqual([1, 'BAD_USER_INPUT', ['pillar', 'title']]);
    const syntax = await app.as('coordinator@nl.test', 'mutation { deleteFile(id: ');
    expect(syntax.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await app.as('coordinator@nl.test', 'mutation($id: ID!) { deleteFile(id: $id, reason: "Duplicate upload of the ledger") { id colour } }', { id: randomUUID() });
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a literal input object inside the argument missing a required field names it by its path from the argument', async () => {
    const fileId = randomUUID();
    const literal = await app.as('coordinator@nl.test', `mutation { reattachFile(input: { fileId: "${fileId}", attachedTo: { kind: TASK } }) { id } }`);
    expect(answer(literal)).toEqual([1, 'BAD_USER_INPUT', ['attachedTo.id']]);
    // The same input sent as a variable names the same path.
    const variable = await app.as('coordinator@nl.test', 'mutation($input: ReattachFileInput!) { reattachFile(input: $input) { id } }', { input: { fileId, attachedTo: { kind: 'TASK' } } });
    expect(answer(variable)).toEqual([1, 'BAD_USER_INPUT', ['attachedTo.id']]);
    // Two levels left out at once: each by its own path.
    const both = await app.as('coordinator@nl.test', 'mutation { reattachFile(input: { attachedTo: { kind: TASK } }) { id } }');
    expect(answer(both)).toEqual([1, 'BAD_USER_INPUT', ['attachedTo.id', 'fileId']]);
  });

  it('a value GraphQL refuses and a value the input rules refuse get the same HTTP status and body shape', async () => {
    const shape = (res: GqlResponse) => {
      const error = res.errors?.[0];
      const problems = error?.extensions?.['fields'] as Array<Record<string, unknown>> | undefined;
      // `values` comes only with the codes whose sentence needs some (a length, a range).
      return [res.status, res.errors?.length, typeof error?.message, error?.extensions?.['code'], problems?.map((p) => Object.keys(p).filter((k) => k !== 'values').sort())];
    };
    const expected = [200, 1, 'string', 'BAD_USER_INPUT', [['code', 'field', 'message']]];
    const byRules = await app.as('coordinator@nl.test', CREATE, task({ title: 'ab' }));
    const byGraphQL = await app.as('coordinator@nl.test', CREATE, task({ priority: 'BOGUS' }));
    const byBoth = await app.as('coordinator@nl.test', CREATE, task({ priority: 'BOGUS', pillar: 'NONE' }));
    const leftOut = await app.as('coordinator@nl.test', 'mutation($id: ID!) { deleteFile(id: $id) { id } }', { id: randomUUID() });
    expect([shape(byRules), shape(byGraphQL), shape(leftOut)]).toEqual([expected, expected, expected]);
    expect(shape(byBoth)).toEqual([200, 1, 'string', 'BAD_USER_INPUT', [['code', 'field', 'message'], ['code', 'field', 'message']]]);
    // Malformed documents keep their 400.
    expect((await app.as('coordinator@nl.test', 'mutation { deleteFile(id: ')).status).toBe(400);
  });

  describe('sendInformationRequest', () => {
    const SEND = 'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id } }';
    const request = (input: Record<string, unknown>) => ({ input: { operationId: danube, toAgencyId: app.agency['NL-POL'], subject: 'Bank records', body: 'Statements for 2025', priority: 'LOW', ...input } });
    const PAST = '2020-01-01T00:00:00Z';
    const requestCount = async () => (await t.db.query('SELECT count(*)::int AS n FROM information_requests'))[0].n as number;

    it('an unknown priority and a past due date are named together, however the addressee and the operation stand', async () => {
      const before = await requestCount();
      const outsider = app.agency['NG-NATA'];
      const refused = await app.as('liaison@ro.test', SEND, request({ priority: 'BOGUS', toAgencyId: outsider, dueAt: PAST }));
      expect(answer(refused)).toEqual([1, 'BAD_USER_INPUT', ['dueAt', 'priority']]);
      // The same body for an operation the sender cannot see and for an unknown one: nothing tells them apart.
      const unseen = await app.as('member@ng.test', SEND, request({ priority: 'BOGUS', toAgencyId: app.agency['RO-DIOC'], dueAt: PAST }));
      const unknown = await app.as('member@ng.test', SEND, request({ operationId: randomUUID(), priority: 'BOGUS', toAgencyId: app.agency['RO-DIOC'], dueAt: PAST }));
      expect([unseen.status, unseen.errors]).toEqual([unknown.status, unknown.errors]);
      expect(answer(unseen)).toEqual([1, 'BAD_USER_INPUT', ['dueAt', 'priority']]);
      // GraphQL accepts the values: the addressee is judged beside the form, once the operation is known to the sender.
      const accepted = await app.as('liaison@ro.test', SEND, request({ toAgencyId: outsider, dueAt: PAST }));
      expect(answer(accepted)).toEqual([1, 'BAD_USER_INPUT', ['dueAt', 'toAgencyId']]);
      // Only the addressee wrong, on an operation the sender cannot see or an unknown one: the same NOT_FOUND.
      const hidden = await app.as('member@ng.test', SEND, request({ toAgencyId: app.agency['RO-DIOC'] }));
      const missing = await app.as('member@ng.test', SEND, request({ operationId: randomUUID(), toAgencyId: app.agency['RO-DIOC'] }));
      expect([hidden.errors?.[0]?.extensions?.['code'], hidden.errors?.[0]?.message]).toEqual(['NOT_FOUND', missing.errors?.[0]?.message]);
      expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(await requestCount()).toBe(before);
    });
  });

  describe('literal inputs and arguments', () => {
    const SEND_LITERAL = (fields: string) => `mutation($p: TaskPriority!) { sendInformationRequest(input: { operationId: "${danube}", toAgencyId: "${app.agency['NL-POL']}", body: "b", ${fields} }) { id } }`;

    it('a literal value GraphQL refuses and a literal field left out are named together, in one error with HTTP 200', async () => {
      const send = await app.as('liaison@ro.test', `mutation { sendInformationRequest(input: { operationId: "${danube}", toAgencyId: "${ro}", body: "b", priority: BOGUS }) { id } }`);
      expect([send.status, ...answer(send)]).toEqual([200, 1, 'BAD_USER_INPUT', ['priority', 'subject']]);
      const post = await app.as('liaison@ro.test', 'mutation { postOperationMessage(input: { body: 5 }) { id } }');
      expect([post.status, ...answer(post)]).toEqual([200, 1, 'BAD_USER_INPUT', ['body', 'operationId']]);
    });

    it('a literal field left out does not hide what the input rules refuse in the rest, variables inside the literal included', async () => {
      const past = await app.as('liaison@ro.test', SEND_LITERAL('subject: "s", dueAt: "2020-01-01T00:00:00Z"').replace('($p: TaskPriority!)', ''));
      expect(answer(past)).toEqual([1, 'BAD_USER_INPUT', ['dueAt', 'priority']]);
      const bogus = await app.as('liaison@ro.test', SEND_LITERAL('priority: $p'), { p: 'BOGUS' });
      expect(answer(bogus)).toEqual([1, 'BAD_USER_INPUT', ['priority', 'subject']]);
    });

    it('a variable GraphQL refuses is named by the argument it is given to, as the argument itself would be', async () => {
      const messages = `query($f: Int, $g: Int) { operationMessages(operationId: "${danube}", beforeSeq: $f, first: $g) { id } }`;
      expect(answer(await app.as('liaison@ro.test', messages, { f: 1.5, g: 'x' }))).toEqual([1, 'BAD_USER_INPUT', ['beforeSeq', 'first']]);
      const literal = await app.as('liaison@ro.test', `query { operationMessages(operationId: "${danube}", beforeSeq: -5) { id } }`);
      expect(answer(literal)).toEqual([1, 'BAD_USER_INPUT', ['beforeSeq']]);
      const nullId = await app.as('liaison@ro.test', 'query($id: ID!) { operationMessages(operationId: $id) { id } }', { id: null });
      expect(nullId.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'operationId', message: 'operationId is required', code: 'required' }]);
    });
  });

  it('a text with a lone UTF-16 surrogate is refused naming the field, not stored with a replacement character', async () => {
    const count = async () => (await t.db.query('SELECT count(*)::int AS n FROM operation_messages'))[0].n as number;
    const before = await count();
    const post = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }';
    const res = await app.as('liaison@ro.test', post, { input: { operationId: danube, body: 'a\ud800b' } });
    expect(answer(res)).toEqual([1, 'BAD_USER_INPUT', ['body']]);
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual([{ field: 'body', message: 'body must be valid Unicode text', code: 'wellFormedText' }]);
    // A surrogate pair (an emoji) is one character and passes.
    const emoji = await app.as('liaison@ro.test', post, { input: { operationId: danube, body: 'seized \ud83d\udce6' } });
    expect(emoji.errors).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });

  describe('file routes', () => {
    const form = (fields: Record<string, string>, withFile: boolean) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      if (withFile) body.append('file', new Blob([new Uint8Array(randomBytes(20))]), 'ledger.bin');
      return body;
    };
    const post = (body: FormData) => fetch(`${t.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${app.token['liaison@ro.test']}` }, body });
    const refusal = async (res: Response) => {
      const body = (await res.json()) as { code: string; message: string; fields?: Array<{ field: string; message: string }> };
      return [res.status, body.code, body.fields?.map((f) => f.field).sort(), body.fields?.every((f) => body.message.includes(f.message))];
    };
    const stored = async () => (await t.db.query('SELECT count(*)::int AS n FROM evidence_files'))[0].n as number;

    it('POST /files (multipart) names every bad metadata field, also beside a missing file part', async () => {
      const before = await stored();
      const several = await post(form({ attachedKind: 'BOX', attachedId: danube, tlp: 'PURPLE', handlingCode: 'H9' }, true));
      expect(await refusal(several)).toEqual([400, 'BAD_USER_INPUT', ['attachedKind', 'handlingCode', 'tlp'], true]);
      const noIdNoCondition = await post(form({ attachedKind: 'OPERATION', handlingCode: 'H3' }, true));
      expect(await refusal(noIdNoCondition)).toEqual([400, 'BAD_USER_INPUT', ['attachedId', 'handlingCondition'], true]);
      const noFile = await post(form({ attachedKind: 'OPERATION', attachedId: danube, handlingCode: 'H3' }, false));
      expect(await refusal(noFile)).toEqual([400, 'BAD_USER_INPUT', ['file', 'handlingCondition'], true]);
      const onlyNoFile = await post(form({ attachedKind: 'OPERATION', attachedId: danube }, false));
      expect(await refusal(onlyNoFile)).toEqual([400, 'BAD_USER_INPUT', ['file'], true]);
      // tus reads the same metadata the same way.
      const tus = await fetch(`${t.url}/files`, {
        method: 'POST',
        headers: { ...tusHeaders(app.token['liaison@ro.test']), 'Upload-Length': '10', 'Upload-Metadata': tusMetadata({ attachedKind: 'BOX', attachedId: 'not-an-id', tlp: 'PURPLE' }) },
      });
      expect(await refusal(tus)).toEqual([400, 'BAD_USER_INPUT', ['attachedId', 'attachedKind', 'tlp'], true]);
      expect(await stored()).toBe(before);
    });

    it('tus names every bad header and every bad metadata field at once', async () => {
      const creation = (headers: Record<string, string>) => fetch(`${t.url}/files`, { method: 'POST', headers: { ...tusHeaders(app.token['liaison@ro.test']), ...headers } });
      const before = await stored();
      const badLength = await creation({ 'Upload-Length': 'abc', 'Upload-Metadata': tusMetadata({ attachedKind: 'OPERATION', attachedId: danube, tlp: 'PURPLE' }) });
      expect(await refusal(badLength)).toEqual([400, 'BAD_USER_INPUT', ['Upload-Length', 'tlp'], true]);
      // A value that is not base64: the header is named beside the length, and the fields that could be read are judged.
      const undecodable = `${tusMetadata({ attachedKind: 'BOX', attachedId: danube })},filename %%%not-base64`;
      const both = await creation({ 'Upload-Length': '-5', 'Upload-Metadata': undecodable });
      expect(await refusal(both)).toEqual([400, 'BAD_USER_INPUT', ['Upload-Length', 'Upload-Metadata', 'attachedKind'], true]);
      expect(await stored()).toBe(before);
    });

    it('an unknown and a forbidden file id get the same status and body over tus as from GET /files/:id', async () => {
      const id = await app.uploadToDanube('liaison@ro.test', randomBytes(30), 'manifest.bin');
      const outsider = app.token['member@ng.test'];
      const routes = (fileId: string) => ({
        get: fetch(`${t.url}/files/${fileId}`, { headers: { authorization: `Bearer ${outsider}` } }),
        patch: fetch(`${t.url}/files/${fileId}`, { method: 'PATCH', headers: { ...tusHeaders(outsider), 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(randomBytes(5)) }),
        del: fetch(`${t.url}/files/${fileId}`, { method: 'DELETE', headers: tusHeaders(outsider) }),
      });
      for (const fileId of [id, randomUUID(), 'not-an-id']) {
        const r = routes(fileId);
        const seen = [];
        for (const res of [await r.get, await r.patch, await r.del]) seen.push([res.status, await res.json()]);
        expect([fileId, seen]).toEqual([fileId, [[404, NOT_FOUND_BODY], [404, NOT_FOUND_BODY], [404, NOT_FOUND_BODY]]]);
        const head = await fetch(`${t.url}/files/${fileId}`, { method: 'HEAD', headers: tusHeaders(outsider) });
        expect([fileId, head.status]).toEqual([fileId, 404]);
      }
    });
  });
});
