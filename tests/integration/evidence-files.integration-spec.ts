import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FilesService } from '@taskforce/api-files';
import { Upload } from 'tus-js-client';
import { b64, sha256, tusUpload } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { PEOPLE } from '../support/sample-task-force';
import { errorCode, TestApp } from '../support/test-app';

/**
 * Evidence files against the real API, PostgreSQL and disk, uploaded with the tus protocol (raw HTTP, and the
 * tus-js-client package). The task force (sample catalogue): Danube Route with NL-POL (coordinator@nl.test
 * coordinates), RO-DIOC, BE-SIS; member@ng.test is outside it. A file is readable by exactly those who may read what it
 * is attached to: the operation, its tasks and messages by every person of its agencies; a request for information by
 * its two agencies and the coordinators. Expected SHA-256 values are computed here from the bytes sent.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
/** The PNG signature, an IHDR chunk and the header of an IDAT chunk with its 8 bytes: a PNG by its content. */
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.from('0000000849444154', 'hex'), randomBytes(8), Buffer.from('00000000', 'hex')]);

describe('evidence files: tus uploads, need-to-know, custody, retention', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let dataDir: string;
  let files: FilesService;
  let token: Record<Person, string>;
  let agency: Record<string, string>;
  let danube: string;
  const auth = (who: Person) => ({ authorization: `Bearer ${token[who]}` });
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => app.as(who, query, variables);

  const upload = (who: Person, bytes: Buffer, meta: Record<string, string>, parts = 1) => tusUpload(t.url, token[who], bytes, meta, parts);
  const download = (who: Person | null, id: string) => fetch(`${t.url}/files/${id}`, { headers: who ? auth(who) : {} });
  const LIST = 'query($attachedTo: FileAttachmentInput!) { files(attachedTo: $attachedTo) { id name size sha256 tlp handlingCode contentType state uploadedBy { email } } }';
  const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action at sha256 reason actor { email } agency { acronym } } }';

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC', 'BE-SIS', 'NG-NATA'], members: ['RO-DIOC', 'BE-SIS'] });
    ({ t, dataDir, token, agency, danube } = app);
    files = t.app.get(FilesService);
  });
  afterAll(() => app?.close());

  it('an upload in three parts gets the SHA-256 of its bytes, the type from its content and a clean name', async () => {
    const up = await upload('liaison@ro.test', PNG, { filename: '../../evidence/photo of the van.txt', attachedKind: 'OPERATION', attachedId: danube, tlp: 'AMBER_STRICT', handlingCode: 'H2' }, 3);
    expect([up.status, up.headers.get('x-file-sha256')]).toEqual([204, sha256(PNG)]);
    const listed = await as('liaison@be.test', LIST, { attachedTo: { kind: 'OPERATION', id: danube } });
    expect(listed.data!.files).toEqual([
      { id: up.id, name: 'photo of the van.txt', size: PNG.length, sha256: sha256(PNG), tlp: 'AMBER_STRICT', handlingCode: 'H2', contentType: 'image/png', state: 'STORED', uploadedBy: { email: 'liaison@ro.test' } },
    ]);
    const got = await download('liaison@be.test', up.id!);
    expect(got.status).toBe(200);
    expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'x-file-sha256'].map((h) => [h, got.headers.get(h)]))).toEqual({
      'content-type': 'image/png',
      'content-disposition': 'attachment; filename="photo of the van.txt"',
      'x-content-type-options': 'nosniff',
      'x-file-sha256': sha256(PNG),
    });
    expect(sha256(Buffer.from(await got.arrayBuffer()))).toBe(sha256(PNG));
    // On disk the bytes and their tus metadata are the API's alone.
    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
    expect([mode(join(dataDir, 'files')), mode(join(dataDir, 'files', up.id!)), mode(join(dataDir, 'files', `${up.id}.json`))]).toEqual(['700', '600', '600']);
  });

  it('a download goes out as stored, byte for byte with its length, even to a client that accepts compression', async () => {
    // A bitmap (its type, image/bmp, is one compression middleware would compress) of a very compressible picture.
    const text = Buffer.concat([Buffer.from('BM'), Buffer.alloc(120_000, 0x41)]);
    const up = await upload('liaison@ro.test', text, { filename: 'scan.bmp', attachedKind: 'OPERATION', attachedId: danube });
    const got = await fetch(`${t.url}/files/${up.id}`, { headers: { ...auth('liaison@ro.test'), 'accept-encoding': 'br, gzip' } });
    expect([got.status, got.headers.get('content-type'), got.headers.get('content-encoding'), got.headers.get('content-length')]).toEqual([200, 'image/bmp', null, String(text.length)]);
    expect(sha256(Buffer.from(await got.arrayBuffer()))).toBe(sha256(text));
  });

  it('HTML and SVG are never sent as such, whatever the name says', async () => {
    const page = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    for (const [bytes, name] of [[page, 'statement.jpg'], [svg, 'map.svg']] as const) {
      const up = await upload('liaison@ro.test', bytes, { filename: name, attachedKind: 'OPERATION', attachedId: danube });
      const got = await download('liaison@ro.test', up.id!);
      expect([name, got.headers.get('content-type'), got.headers.get('content-disposition')?.startsWith('attachment')]).toEqual([name, 'application/octet-stream', true]);
    }
  });

  it('users × records × paths: a file is listed, downloaded and traced exactly by those who may read what it is attached to', async () => {
    const request = await as('liaison@ro.test', 'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id } }', {
      input: { operationId: danube, toAgencyId: agency['NL-POL'], subject: 'Ledger', body: 'See the attached ledger', priority: 'HIGH' },
    });
    const message = await as('liaison@be.test', 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }', { input: { operationId: danube, body: 'Photos from the farm' } });
    const task = await as('coordinator@nl.test', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
      input: { operationId: danube, title: 'Collect the payroll', assigneeAgencyId: agency['BE-SIS'], pillar: 'PROSECUTION', priority: 'MEDIUM' },
    });
    const targets = {
      INFORMATION_REQUEST: request.data!.sendInformationRequest.id as string,
      OPERATION_MESSAGE: message.data!.postOperationMessage.id as string,
      TASK: task.data!.createTask.id as string,
    };
    const ids: Record<string, string> = {};
    for (const [kind, id] of Object.entries(targets)) {
      const up = await upload(kind === 'OPERATION_MESSAGE' ? 'liaison@be.test' : 'liaison@ro.test', randomBytes(300), { filename: `${kind}.bin`, attachedKind: kind, attachedId: id });
      expect([kind, up.status]).toEqual([kind, 204]);
      ids[kind] = up.id!;
    }
    // Readers per record: every person of the operation's agencies, except the request (its two agencies and the coordinator).
    const readers: Record<string, Person[]> = {
      INFORMATION_REQUEST: ['coordinator@nl.test', 'liaison@nl.test', 'liaison@ro.test', 'member@ro.test'],
      OPERATION_MESSAGE: ['coordinator@nl.test', 'liaison@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test'],
      TASK: ['coordinator@nl.test', 'liaison@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test'],
    };
    // Custody trail: the uploader's agency and the operation's coordinators.
    const tracers: Record<string, Person[]> = {
      INFORMATION_REQUEST: ['coordinator@nl.test', 'liaison@ro.test', 'member@ro.test'],
      OPERATION_MESSAGE: ['coordinator@nl.test', 'liaison@be.test'],
      TASK: ['coordinator@nl.test', 'liaison@ro.test', 'member@ro.test'],
    };
    const outcome: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const kind of Object.keys(targets)) {
      for (const who of PEOPLE_IN) {
        const list = await as(who, LIST, { attachedTo: { kind, id: targets[kind as keyof typeof targets] } });
        const got = await download(who, ids[kind]);
        const custody = await as(who, CUSTODY, { id: ids[kind] });
        outcome[`${kind} ${who}`] = [list.errors ? errorCode(list) : list.data!.files.map((f: { id: string }) => f.id), got.status, custody.errors ? errorCode(custody) : 'trail'];
        const reads = readers[kind].includes(who);
        expected[`${kind} ${who}`] = [reads ? [ids[kind]] : 'NOT_FOUND', reads ? 200 : 404, reads ? (tracers[kind].includes(who) ? 'trail' : 'FORBIDDEN') : 'NOT_FOUND'];
      }
    }
    expect(outcome).toEqual(expected);
    // Unknown, malformed and unauthenticated.
    expect((await download('liaison@ro.test', randomUUID())).status).toBe(404);
    expect((await download('liaison@ro.test', 'not-an-id')).status).toBe(404);
    expect((await download(null, ids['TASK'])).status).toBe(401);
    // The request's custody trail: upload, then the downloads above, each with who, agency and the SHA-256.
    const trail = await as('liaison@ro.test', CUSTODY, { id: ids['INFORMATION_REQUEST'] });
    const entries = trail.data!.fileCustody as Array<{ action: string; sha256: string; actor: { email: string }; agency: { acronym: string } }>;
    expect(entries.map((e) => [e.action, e.actor.email, e.agency.acronym])).toEqual([
      ['FILE_UPLOADED', 'liaison@ro.test', 'RO-DIOC'],
      ...readers.INFORMATION_REQUEST.map((who) => ['FILE_DOWNLOADED', who, PEOPLE[who].agency]),
    ]);
    expect(new Set(entries.map((e) => e.sha256)).size).toBe(1);
  });

  it('an interrupted upload resumes from the offset the server holds; tus-js-client uploads the same way', async () => {
    const bytes = randomBytes(256 * 1024);
    const metadata = `filename ${b64('extraction.bin')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`;
    const created = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Length': String(bytes.length), 'Upload-Metadata': metadata } });
    const id = created.headers.get('location')!.split('/').pop()!;
    // The first 100 KiB arrive, then the connection drops.
    const partial = await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes.subarray(0, 100 * 1024)) });
    expect([partial.status, await partial.text()]).toEqual([204, '']);
    // Nobody else may ask about it or continue it.
    expect((await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: { ...auth('coordinator@nl.test'), 'Tus-Resumable': '1.0.0' } })).status).toBe(404);
    const head = await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0' } });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBe(100 * 1024);
    const rest = await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes.subarray(offset)) });
    expect([rest.status, rest.headers.get('x-file-sha256')]).toEqual([204, sha256(bytes)]);
    // Had that answer been lost, the uploader asks again and learns it is complete; nobody else learns anything.
    const after = await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0' } });
    expect([after.status, after.headers.get('upload-offset'), after.headers.get('upload-length')]).toEqual([200, String(bytes.length), String(bytes.length)]);
    expect((await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: { ...auth('member@ro.test'), 'Tus-Resumable': '1.0.0' } })).status).toBe(404);

    const other = randomBytes(70_000);
    const fileId = await new Promise<string>((resolve, reject) => {
      const tus = new Upload(other, {
        endpoint: `${t.url}/files`,
        headers: auth('liaison@be.test'),
        chunkSize: 20_000,
        metadata: { filename: 'bank-records.csv', attachedKind: 'OPERATION', attachedId: danube, tlp: 'RED' },
        onError: reject,
        onSuccess: () => resolve(tus.url!.split('/').pop()!),
      });
      tus.start();
    });
    const got = await download('member@ro.test', fileId);
    expect([got.status, sha256(Buffer.from(await got.arrayBuffer()))]).toEqual([200, sha256(other)]);
  });

  it('uploads are refused clearly: no sign-in, bad markings, a record out of reach, a closed operation', async () => {
    const bytes = randomBytes(10);
    const noAuth = await fetch(`${t.url}/files`, { method: 'POST', headers: { 'Tus-Resumable': '1.0.0', 'Upload-Length': '10' } });
    expect(noAuth.status).toBe(401);
    const badTlp = await upload('liaison@ro.test', bytes, { filename: 'a', attachedKind: 'OPERATION', attachedId: danube, tlp: 'PURPLE' });
    const tlpMessage = 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED';
    expect([badTlp.status, JSON.parse(badTlp.body)]).toEqual([400, { code: 'BAD_USER_INPUT', message: tlpMessage, fields: [{ field: 'tlp', message: tlpMessage }] }]);
    const badKind = await upload('liaison@ro.test', bytes, { filename: 'a', attachedKind: 'LEAFLET', attachedId: danube });
    expect(badKind.status).toBe(400);
    const outsider = await upload('member@ng.test', bytes, { filename: 'a', attachedKind: 'OPERATION', attachedId: danube });
    const unknown = await upload('liaison@ro.test', bytes, { filename: 'a', attachedKind: 'OPERATION', attachedId: randomUUID() });
    expect([outsider.status, unknown.status]).toEqual([404, 404]);
    await t.db.query(`UPDATE operations SET status = 'CLOSED' WHERE id = $1`, [danube]);
    try {
      const closed = await upload('liaison@ro.test', bytes, { filename: 'a', attachedKind: 'OPERATION', attachedId: danube });
      expect(closed.status).toBe(412);
    } finally {
      await t.db.query(`UPDATE operations SET status = 'ACTIVE' WHERE id = $1`, [danube]);
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM evidence_files WHERE name = 'a'`))[0].n).toBe(0);
  });

  it('an H3 file carries its restriction: required with H3, refused without it, naming the field; listed to readers', async () => {
    const bytes = randomBytes(12);
    const meta = { filename: 'h3-ledger.xlsx', attachedKind: 'OPERATION', attachedId: danube };
    const refusals: Array<[Record<string, string>, string]> = [
      [{ handlingCode: 'H3' }, 'handlingCondition is required with handling code H3: the restriction the provider states'],
      [{ handlingCode: 'H3', handlingCondition: ' \u200B ' }, 'handlingCondition is required with handling code H3: the restriction the provider states'],
      [{ handlingCode: 'H3', handlingCondition: 'r'.repeat(501) }, 'handlingCondition must be at most 500 characters'],
      [{ handlingCode: 'H2', handlingCondition: 'Court use only' }, 'handlingCondition is given only with handling code H3'],
      [{ handlingCondition: 'Court use only' }, 'handlingCondition is given only with handling code H3'],
    ];
    for (const [extra, message] of refusals) {
      const res = await upload('liaison@ro.test', bytes, { ...meta, ...extra });
      expect([extra, res.status, JSON.parse(res.body)]).toEqual([extra, 400, { code: 'BAD_USER_INPUT', message, fields: [{ field: 'handlingCondition', message }] }]);
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM evidence_files WHERE name = 'h3-ledger.xlsx'`))[0].n).toBe(0);
    const up = await upload('liaison@ro.test', bytes, { ...meta, handlingCode: 'H3', handlingCondition: ' Court use only, \u202Enot for the press ' });
    expect(up.status).toBe(204);
    for (const who of ['liaison@be.test', 'coordinator@nl.test'] as const) {
      const listed = await as(who, 'query($attachedTo: FileAttachmentInput!) { files(attachedTo: $attachedTo) { id handlingCode handlingCondition } }', { attachedTo: { kind: 'OPERATION', id: danube } });
      expect(listed.data!.files.find((f: { id: string }) => f.id === up.id)).toEqual({ id: up.id, handlingCode: 'H3', handlingCondition: 'Court use only, not for the press' });
    }
    // A marking changed later follows the same rule; another code than H3 drops the restriction.
    const MARK = 'mutation($input: SetFileMarkingInput!) { setFileMarking(input: $input) { handlingCode handlingCondition } }';
    const mark = (input: Record<string, unknown>) => as('liaison@ro.test', MARK, { input: { fileId: up.id, tlp: 'AMBER', ...input } });
    const fieldsOf = (res: Awaited<ReturnType<typeof mark>>) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field);
    expect([errorCode(await mark({ handlingCode: 'H3' })), fieldsOf(await mark({ handlingCode: 'H3' }))]).toEqual(['BAD_USER_INPUT', ['handlingCondition']]);
    expect(fieldsOf(await mark({ handlingCode: 'H1', handlingCondition: 'Court use only' }))).toEqual(['handlingCondition']);
    expect((await mark({ handlingCode: 'H3', handlingCondition: ' Court use only\u200B ' })).data!.setFileMarking).toEqual({ handlingCode: 'H3', handlingCondition: 'Court use only' });
    expect((await mark({ handlingCode: 'H2' })).data!.setFileMarking).toEqual({ handlingCode: 'H2', handlingCondition: null });
  });

  it('an upload begun before the operation closed, or before the agency left, cannot be finished after', async () => {
    const begin = async (who: Person, bytes: Buffer, kind: string, id: string) => {
      const metadata = `filename ${b64('half.bin')},attachedKind ${b64(kind)},attachedId ${b64(id)}`;
      const created = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...auth(who), 'Tus-Resumable': '1.0.0', 'Upload-Length': String(bytes.length), 'Upload-Metadata': metadata } });
      const fileId = created.headers.get('location')!.split('/').pop()!;
      const half = await fetch(`${t.url}/files/${fileId}`, { method: 'PATCH', headers: { ...auth(who), 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes.subarray(0, 10)) });
      expect(half.status).toBe(204);
      return fileId;
    };
    const rest = (who: Person, fileId: string, bytes: Buffer) =>
      fetch(`${t.url}/files/${fileId}`, { method: 'PATCH', headers: { ...auth(who), 'Tus-Resumable': '1.0.0', 'Upload-Offset': '10', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes.subarray(10)) });
    const bytes = randomBytes(20);
    // The operation closes half-way.
    const beforeClosing = await begin('liaison@ro.test', bytes, 'OPERATION', danube);
    await t.db.query(`UPDATE operations SET status = 'CLOSED' WHERE id = $1`, [danube]);
    try {
      expect((await rest('liaison@ro.test', beforeClosing, bytes)).status).toBe(412);
    } finally {
      await t.db.query(`UPDATE operations SET status = 'ACTIVE' WHERE id = $1`, [danube]);
    }
    // The uploader's agency leaves half-way: the upload is out of its reach, like anything of the operation.
    const beforeLeaving = await begin('liaison@be.test', bytes, 'OPERATION', danube);
    await t.db.query(`DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = $2`, [danube, agency['BE-SIS']]);
    try {
      expect((await rest('liaison@be.test', beforeLeaving, bytes)).status).toBe(404);
      expect((await fetch(`${t.url}/files/${beforeLeaving}`, { method: 'HEAD', headers: { ...auth('liaison@be.test'), 'Tus-Resumable': '1.0.0' } })).status).toBe(404);
    } finally {
      await t.db.query(`INSERT INTO operation_agencies (operation_id, agency_id, role) VALUES ($1, $2, 'PARTY')`, [danube, agency['BE-SIS']]);
    }
    const states = await t.db.query(`SELECT state FROM evidence_files WHERE id = ANY($1::uuid[])`, [[beforeClosing, beforeLeaving]]);
    expect(states.map((r: { state: string }) => r.state)).toEqual(['UPLOADING', 'UPLOADING']);
  });

  it('an upload abandoned half-way is removed after 24 hours, record and bytes', async () => {
    const metadata = `filename ${b64('abandoned.bin')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`;
    const created = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Length': '100', 'Upload-Metadata': metadata } });
    const id = created.headers.get('location')!.split('/').pop()!;
    await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(randomBytes(40)) });
    const [{ created_at }] = await t.db.query('SELECT created_at FROM evidence_files WHERE id = $1', [id]);
    const began = new Date(created_at).getTime();
    await files.deleteExpired(new Date(began + 23 * 3600_000));
    expect([(await t.db.query('SELECT count(*)::int AS n FROM evidence_files WHERE id = $1', [id]))[0].n, existsSync(join(dataDir, 'files', id))]).toEqual([1, true]);
    await files.deleteExpired(new Date(began + 24 * 3600_000 + 1000));
    expect([(await t.db.query('SELECT count(*)::int AS n FROM evidence_files WHERE id = $1', [id]))[0].n, existsSync(join(dataDir, 'files', id))]).toEqual([0, false]);
  });

  it('a stored file altered on disk is reported by the check', async () => {
    const bytes = randomBytes(4096);
    const up = await upload('liaison@ro.test', bytes, { filename: 'statement.bin', attachedKind: 'OPERATION', attachedId: danube });
    const check = 'mutation($id: ID!) { verifyFile(id: $id) { expected found intact } }';
    expect((await as('liaison@be.test', check, { id: up.id })).data!.verifyFile).toEqual({ expected: sha256(bytes), found: sha256(bytes), intact: true });
    const altered = Buffer.from(bytes);
    altered[100] ^= 0xff;
    writeFileSync(join(dataDir, 'files', up.id!), altered);
    expect((await as('liaison@be.test', check, { id: up.id })).data!.verifyFile).toEqual({ expected: sha256(bytes), found: sha256(altered), intact: false });
  });

  it('at the end of the retention period the content goes; the record, its SHA-256 and custody trail stay', async () => {
    const bytes = randomBytes(2048);
    const forbidden = await as('liaison@ro.test', 'mutation($op: ID!) { setOperationFileRetention(operationId: $op, days: 7) }', { op: danube });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const tooLong = await as('coordinator@nl.test', 'mutation($op: ID!) { setOperationFileRetention(operationId: $op, days: 400) }', { op: danube });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect((await as('coordinator@nl.test', 'mutation($op: ID!) { setOperationFileRetention(operationId: $op, days: 7) }', { op: danube })).data).toEqual({ setOperationFileRetention: 7 });
    const up = await upload('liaison@ro.test', bytes, { filename: 'short-lived.bin', attachedKind: 'OPERATION', attachedId: danube });
    const [{ uploaded_at, expires_at }] = await t.db.query('SELECT uploaded_at, expires_at FROM evidence_files WHERE id = $1', [up.id]);
    expect(new Date(expires_at).getTime() - new Date(uploaded_at).getTime()).toBe(7 * 24 * 3600 * 1000);
    const onDisk = join(dataDir, 'files', up.id!);
    expect(existsSync(onDisk)).toBe(true);
    expect(await files.deleteExpired(new Date(new Date(expires_at).getTime() - 1000))).not.toContain(up.id);
    // (PostgreSQL keeps microseconds; a JavaScript Date milliseconds.)
    expect(await files.deleteExpired(new Date(new Date(expires_at).getTime() + 1))).toContain(up.id);
    expect(existsSync(onDisk)).toBe(false);
    const gone = await download('liaison@ro.test', up.id!);
    expect(gone.status).toBe(410);
    expect((await gone.json()).message).toMatch(/^The content of this file was deleted on \d{4}-\d\d-\d\d \d\d:\d\d UTC: retention period ended$/);
    const record = await as('liaison@ro.test', 'query($id: ID!) { file(id: $id) { state sha256 deletedReason } }', { id: up.id });
    expect(record.data!.file).toEqual({ state: 'CONTENT_DELETED', sha256: sha256(bytes), deletedReason: 'retention period ended' });
    // Its markings no longer change: there is nothing left to mark.
    const marking = await as('liaison@ro.test', 'mutation($input: SetFileMarkingInput!) { setFileMarking(input: $input) { tlp } }', { input: { fileId: up.id, tlp: 'RED' } });
    expect(errorCode(marking)).toBe('FAILED_PRECONDITION');
    const trail = await as('liaison@ro.test', CUSTODY, { id: up.id });
    expect(trail.data!.fileCustody.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([
      ['FILE_UPLOADED', null],
      ['FILE_CONTENT_DELETED', 'retention period ended'],
    ]);
  });

  it('after a restart, the new API process deletes the contents whose retention passed from the local disk', async () => {
    const bytes = randomBytes(1500);
    const up = await upload('liaison@ro.test', bytes, { filename: 'before-restart.bin', attachedKind: 'OPERATION', attachedId: danube });
    const [{ expires_at }] = await t.db.query('SELECT expires_at FROM evidence_files WHERE id = $1', [up.id]);
    await t.restart();
    files = t.app.get(FilesService);
    const onDisk = join(dataDir, 'files', up.id!);
    expect(existsSync(onDisk)).toBe(true);
    expect(await files.deleteExpired(new Date(new Date(expires_at).getTime() + 1))).toEqual([up.id]);
    expect([existsSync(onDisk), existsSync(`${onDisk}.json`), (await download('liaison@ro.test', up.id!)).status]).toEqual([false, false, 410]);
  });

  it('a PATCH whose connection drops in the middle of its body leaves a resumable upload on the local disk', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const metadata = `filename ${b64('phone-dump.bin')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`;
    const created = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Length': String(bytes.length), 'Upload-Metadata': metadata } });
    const id = created.headers.get('location')!.split('/').pop()!;
    // The client sends 1.5 MiB of the body, then the connection drops.
    const drop = new AbortController();
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new Uint8Array(bytes.subarray(0, 1536 * 1024)));
        } else setTimeout(() => drop.abort(), 200);
      },
    });
    const dropped = await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, body, signal: drop.signal, duplex: 'half' } as RequestInit).then(
      () => 'answered',
      () => 'dropped',
    );
    expect(dropped).toBe('dropped');
    // Where it stands: no more than was sent, and exactly what is on disk.
    // (The server may still be closing the file when the client gives up: ask until the two agree.)
    let offset = -1;
    for (let tries = 0; tries < 100 && offset !== statSync(join(dataDir, 'files', id)).size; tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 50));
      const head = await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0' } });
      offset = Number(head.headers.get('upload-offset'));
    }
    expect(offset).toBe(statSync(join(dataDir, 'files', id)).size);
    expect(offset).toBeLessThanOrEqual(1536 * 1024);
    const rest = await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { ...auth('liaison@ro.test'), 'Tus-Resumable': '1.0.0', 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(bytes.subarray(offset)) });
    expect([rest.status, rest.headers.get('x-file-sha256')]).toEqual([204, sha256(bytes)]);
    const got = await download('member@ro.test', id);
    expect(sha256(Buffer.from(await got.arrayBuffer()))).toBe(sha256(bytes));
  });

  it("an agency removed from the operation loses the operation's files and messages at once", async () => {
    // On Danube Route itself, restored afterwards: BE-SIS reads a file and a message, then is removed by the coordinator.
    const message = await as('liaison@be.test', 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }', { input: { operationId: danube, body: 'Inspection report' } });
    const up = await upload('liaison@ro.test', randomBytes(64), { filename: 'inspection.bin', attachedKind: 'OPERATION', attachedId: danube });
    const MESSAGES = 'query($op: ID!) { operationMessages(operationId: $op) { id } }';
    expect((await download('liaison@be.test', up.id!)).status).toBe(200);
    expect((await as('liaison@be.test', MESSAGES, { op: danube })).data!.operationMessages.map((m: { id: string }) => m.id)).toContain(message.data!.postOperationMessage.id);
    const removed = await as('coordinator@nl.test', 'mutation($op: ID!, $agency: ID!) { removeAgencyFromOperation(operationId: $op, agencyId: $agency) { id } }', { op: danube, agency: agency['BE-SIS'] });
    expect(errorCode(removed)).toBeUndefined();
    try {
      const after = {
        download: (await download('liaison@be.test', up.id!)).status,
        list: errorCode(await as('liaison@be.test', LIST, { attachedTo: { kind: 'OPERATION', id: danube } })),
        messages: errorCode(await as('liaison@be.test', MESSAGES, { op: danube })),
      };
      expect(after).toEqual({ download: 404, list: 'NOT_FOUND', messages: 'NOT_FOUND' });
    } finally {
      await t.db.query(`INSERT INTO operation_agencies (operation_id, agency_id, role) VALUES ($1, $2, 'PARTY') ON CONFLICT DO NOTHING`, [danube, agency['BE-SIS']]);
    }
  });
});
