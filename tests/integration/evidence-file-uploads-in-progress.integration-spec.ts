import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { b64, sha256, tusCreate, tusHeaders, tusPatch, tusUpload, uploadIdOf } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { errorCode, TestApp } from '../support/test-app';

/**
 * Uploads in progress and cancelled uploads against the real API, PostgreSQL and disk. An upload in progress is its
 * uploader's alone, reached over tus (HEAD, PATCH, DELETE): `files` and `file(id)` answer only files whose bytes all
 * arrived, to everyone, uploader included. A tus termination (DELETE) removes the partial upload, record and bytes.
 * Creation metadata that is missing or malformed is refused with 400 naming the field. Refusals answer JSON
 * `{ code, message }`, as downloads do; no answer carries CORS headers (the API is same-origin). The task force (sample
 * catalogue): Danube Route with NL-POL (coordinator@nl.test coordinates), RO-DIOC, BE-SIS; member@ng.test is outside.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

const LIST = 'query($attachedTo: FileAttachmentInput!) { files(attachedTo: $attachedTo) { id state sha256 } }';
const ONE = 'query($id: ID!) { file(id: $id) { id state } }';

describe('evidence files: uploads in progress, cancelled uploads, creation metadata', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let dataDir: string;
  let token: Record<Person, string>;
  let danube: string;
  const tus = (who: Person) => tusHeaders(token[who]);
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => app.as(who, query, variables);
  const listed = async (who: Person) => ((await as(who, LIST, { attachedTo: { kind: 'OPERATION', id: danube } })).data!.files as Array<{ id: string }>).map((f) => f.id);
  /** Creates an upload of `size` bytes on Danube Route and sends its first `sent` bytes; its id. */
  const begin = async (who: Person, size: number, sent: number): Promise<string> => {
    const created = await tusCreate(t.url, token[who], size, { filename: 'half.bin', attachedKind: 'OPERATION', attachedId: danube });
    expect(created.status).toBe(201);
    const id = uploadIdOf(created);
    if (sent > 0) expect((await tusPatch(t.url, token[who], id, 0, randomBytes(sent))).status).toBe(204);
    return id;
  };
  const create = (meta: string) => fetch(`${t.url}/files`, { method: 'POST', headers: { ...tus('liaison@ro.test'), 'Upload-Length': '10', 'Upload-Metadata': meta } });

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC', 'BE-SIS', 'NG-NATA'], members: ['RO-DIOC', 'BE-SIS'] });
    ({ t, dataDir, token, danube } = app);
  });
  afterAll(() => app?.close());

  it('an upload in progress is listed to nobody, its uploader included, and answered by HEAD to its uploader only; once complete everyone lists it', async () => {
    const bytes = randomBytes(64);
    const id = await begin('liaison@ro.test', bytes.length, 0);
    const before = { uploader: await listed('liaison@ro.test'), other: await listed('liaison@be.test'), one: errorCode(await as('liaison@ro.test', ONE, { id })) };
    expect(before).toEqual({ uploader: [], other: [], one: 'NOT_FOUND' });
    const head = await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: tus('liaison@ro.test') });
    expect([head.status, head.headers.get('upload-offset')]).toEqual([200, '0']);
    const rest = await tusPatch(t.url, token['liaison@ro.test'], id, 0, bytes);
    expect([rest.status, rest.headers.get('x-file-sha256')]).toEqual([204, sha256(bytes)]);
    const after = { uploader: await listed('liaison@ro.test'), other: await listed('liaison@be.test'), one: (await as('liaison@ro.test', ONE, { id })).data!.file };
    expect(after).toEqual({ uploader: [id], other: [id], one: { id, state: 'STORED' } });
  });

  it('a tus termination (DELETE) by the uploader removes the partial upload, record and bytes; nobody else may terminate it', async () => {
    const id = await begin('liaison@ro.test', 100, 40);
    expect(existsSync(join(dataDir, 'files', id))).toBe(true);
    const byOther = await fetch(`${t.url}/files/${id}`, { method: 'DELETE', headers: tus('liaison@be.test') });
    expect(byOther.status).toBe(404);
    const terminated = await fetch(`${t.url}/files/${id}`, { method: 'DELETE', headers: tus('liaison@ro.test') });
    expect(terminated.status).toBe(204);
    const records = (await t.db.query('SELECT count(*)::int AS n FROM evidence_files WHERE id = $1', [id]))[0].n;
    expect({ records, bytes: existsSync(join(dataDir, 'files', id)), info: existsSync(join(dataDir, 'files', `${id}.json`)), listed: await listed('liaison@ro.test') }).toEqual({
      records: 0,
      bytes: false,
      info: false,
      listed: expect.not.arrayContaining([id]),
    });
    // It is gone for tus too: no offset to resume from, nothing more to send.
    expect((await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: tus('liaison@ro.test') })).status).toBe(404);
    const late = await tusPatch(t.url, token['liaison@ro.test'], id, 40, randomBytes(60));
    expect(late.status).toBe(404);
  });

  it('a finished upload cannot be terminated over tus: its content goes only by deleteFile, which keeps the record', async () => {
    const up = await tusUpload(t.url, token['liaison@ro.test'], randomBytes(30), { filename: 'kept.bin', attachedKind: 'OPERATION', attachedId: danube });
    expect(up.status).toBe(204);
    expect((await fetch(`${t.url}/files/${up.id}`, { method: 'DELETE', headers: tus('liaison@ro.test') })).status).toBe(404);
    expect(existsSync(join(dataDir, 'files', up.id!))).toBe(true);
  });

  it('creation metadata missing or malformed is refused with 400 naming the field; a well-formed record out of reach is 404', async () => {
    const kind = `attachedKind ${b64('OPERATION')}`;
    const outcome = async (meta: string) => {
      const res = await create(meta);
      return [res.status, ((await res.json()) as { message: string }).message];
    };
    expect({
      noId: await outcome(`filename ${b64('a')},${kind}`),
      emptyId: await outcome(`filename ${b64('a')},${kind},attachedId`),
      malformedId: await outcome(`filename ${b64('a')},${kind},attachedId ${b64('not-an-id')}`),
      noKind: await outcome(`filename ${b64('a')},attachedId ${b64(danube)}`),
    }).toEqual({
      noId: [400, 'attachedId is required: the id of the record the file is attached to'],
      emptyId: [400, 'attachedId is required: the id of the record the file is attached to'],
      malformedId: [400, 'attachedId must be a UUID'],
      noKind: [400, 'attachedKind must be one of OPERATION, TASK, INFORMATION_REQUEST, OPERATION_MESSAGE, LEAD'],
    });
    // Well-formed: an unknown record and one the caller may not attach to look the same.
    const unknown = await outcome(`filename ${b64('a')},${kind},attachedId ${b64(randomUUID())}`);
    const forbidden = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...tus('member@ng.test'), 'Upload-Length': '10', 'Upload-Metadata': `filename ${b64('a')},${kind},attachedId ${b64(danube)}` } });
    expect([unknown, [forbidden.status, ((await forbidden.json()) as { message: string }).message]]).toEqual([
      [404, 'Not found'],
      [404, 'Not found'],
    ]);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM evidence_files WHERE name = 'a'`))[0].n).toBe(0);
  });

  it('refusals answer JSON { code, message } as downloads do, whatever refuses: the evidence-file rules, the size limit or tus itself', async () => {
    const json = async (res: Response) => [res.status, res.headers.get('content-type')?.split(';')[0], await res.json()];
    const badTlp = await create(`filename ${b64('a')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)},tlp ${b64('PURPLE')}`);
    const tooLarge = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...tus('liaison@ro.test'), 'Upload-Length': String(11 * 1024 ** 3), 'Upload-Metadata': `attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}` } });
    const id = await begin('liaison@ro.test', 20, 10);
    const wrongOffset = await tusPatch(t.url, token['liaison@ro.test'], id, 3, randomBytes(10));
    const noTus = await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${token['liaison@ro.test']}`, 'Upload-Offset': '10', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(randomBytes(10)) });
    const unknown = await tusPatch(t.url, token['liaison@ro.test'], randomUUID(), 0, randomBytes(10));
    expect({ badTlp: await json(badTlp), tooLarge: await json(tooLarge), wrongOffset: await json(wrongOffset), noTus: await json(noTus), unknown: await json(unknown) }).toEqual({
      badTlp: [400, 'application/json', { code: 'BAD_USER_INPUT', message: 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED', fields: [{ field: 'tlp', message: 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED' }] }],
      tooLarge: [413, 'application/json', { code: 'BAD_USER_INPUT', message: 'The file is larger than the largest evidence file accepted: 10 GiB (10737418240 bytes)' }],
      wrongOffset: [409, 'application/json', { code: 'CONFLICT', message: 'Upload-Offset conflict' }],
      noTus: [412, 'application/json', { code: 'FAILED_PRECONDITION', message: 'Tus-Resumable Required' }],
      unknown: [404, 'application/json', { code: 'NOT_FOUND', message: 'File not found' }],
    });
  });

  it('tus\'s own refusals of a bad header name the header as the field; bytes past the declared length are named too', async () => {
    const json = async (res: Response) => [res.status, await res.json()];
    const meta = `filename ${b64('a')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`;
    const badMeta = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...tus('liaison@ro.test'), 'Upload-Length': '10', 'Upload-Metadata': 'filename !!!' } });
    const badLength = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...tus('liaison@ro.test'), 'Upload-Length': '-1', 'Upload-Metadata': meta } });
    const id = await begin('liaison@ro.test', 10, 0);
    const tooMany = await tusPatch(t.url, token['liaison@ro.test'], id, 0, randomBytes(20));
    const [metaStatus, metaBody] = await json(badMeta);
    const [lengthStatus, lengthBody] = await json(badLength);
    const [tooManyStatus, tooManyBody] = await json(tooMany);
    // The metadata that could be read is judged too: it names no record to attach to.
    expect([metaStatus, metaBody.code, metaBody.fields?.map((f: { field: string }) => f.field)]).toEqual([400, 'BAD_USER_INPUT', ['Upload-Metadata', 'attachedKind', 'attachedId']]);
    expect([lengthStatus, lengthBody.code, lengthBody.fields?.map((f: { field: string }) => f.field)]).toEqual([400, 'BAD_USER_INPUT', ['Upload-Length']]);
    expect([tooManyStatus, tooManyBody]).toEqual([
      413,
      {
        code: 'BAD_USER_INPUT',
        message: 'The upload is longer than its Upload-Length',
        fields: [{ field: 'Upload-Length', message: 'The upload is longer than its Upload-Length' }],
      },
    ]);
  });

  it('no answer on /files carries CORS headers: the API and the web client share one origin', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    const metadata = `filename ${b64('cors.bin')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`;
    const created = await fetch(`${t.url}/files`, { method: 'POST', headers: { ...tus('liaison@ro.test'), ...origin, 'Upload-Length': '4', 'Upload-Metadata': metadata } });
    const id = created.headers.get('location')!.split('/').pop()!;
    const head = await fetch(`${t.url}/files/${id}`, { method: 'HEAD', headers: { ...tus('liaison@ro.test'), ...origin } });
    const patch = await fetch(`${t.url}/files/${id}`, { method: 'PATCH', headers: { ...tus('liaison@ro.test'), ...origin, 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }, body: new Uint8Array(randomBytes(4)) });
    const refused = await fetch(`${t.url}/files/${randomUUID()}`, { method: 'HEAD', headers: { ...tus('liaison@ro.test'), ...origin } });
    const options = await fetch(`${t.url}/files`, { method: 'OPTIONS', headers: { ...tus('liaison@ro.test'), ...origin, 'Access-Control-Request-Method': 'POST' } });
    const download = await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${token['liaison@ro.test']}`, ...origin } });
    const answers = { created, head, patch, refused, options, download };
    const corsHeaders = (res: Response) => {
      const names: string[] = [];
      res.headers.forEach((_value, name) => name.startsWith('access-control-') && names.push(name));
      return names;
    };
    const cors = Object.fromEntries(Object.entries(answers).map(([name, res]) => [name, [res.status, corsHeaders(res)]]));
    expect(cors).toEqual({ created: [201, []], head: [200, []], patch: [204, []], refused: [404, []], options: [204, []], download: [200, []] });
  });
});
