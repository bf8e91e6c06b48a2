import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { COOKIE, cookieLogin } from '../support/cookie-session';
import { FIXTURE_PASSWORD } from '../support/fixture-builder';
import { sha256 } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { errorCode, TestApp } from '../support/test-app';

/**
 * Evidence files uploaded in one multipart/form-data `POST /files` against the real API, PostgreSQL and disk: the
 * metadata as form fields before the file part (the names tus uses), the file streamed to the same storage with its
 * SHA-256 computed on the way, the same custody entry, the same refusals as tus (JSON `{ code, message }`), the size
 * limit enforced while the bytes arrive. FILE_MAX_BYTES is 64 KiB here. The task force (sample catalogue): Danube Route
 * with NL-POL (coordinator@nl.test coordinates), RO-DIOC, BE-SIS; member@ng.test is outside it. Expected SHA-256
 * values are computed here from the bytes sent.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const LIMIT = 64 * 1024;
/** The PNG signature, an IHDR chunk and the header of an IDAT chunk with its 8 bytes: a PNG by its content. */
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.from('0000000849444154', 'hex'), randomBytes(8), Buffer.from('00000000', 'hex')]);
const LIST = 'query($attachedTo: FileAttachmentInput!) { files(attachedTo: $attachedTo) { id name size sha256 tlp handlingCode contentType state uploadedBy { email } } }';
const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action sha256 actor { email } agency { acronym } } }';

describe('evidence files: multipart/form-data uploads', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let dataDir: string;
  let token: Record<Person, string>;
  let danube: string;

  /** A form: `fields` in order, then the file part named `file` (unless `bytes` is null), then `after`. */
  const form = (fields: Record<string, string>, bytes: Buffer | null, filename = 'statement.bin', after: Record<string, string> = {}) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (bytes) body.append('file', new Blob([new Uint8Array(bytes)]), filename);
    for (const [name, value] of Object.entries(after)) body.append(name, value);
    return body;
  };
  const post = (who: Person | null, body: FormData, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/files`, { method: 'POST', headers: { ...(who ? { authorization: `Bearer ${token[who]}` } : {}), ...headers }, body });
  const toDanube = (extra: Record<string, string> = {}) => ({ attachedKind: 'OPERATION', attachedId: danube, ...extra });
  const answer = async (res: Response) => [res.status, res.headers.get('content-type')?.split(';')[0], await res.json()];
  /** What is stored: evidence-file records and the names in the store folder. */
  const stored = async () => ({
    records: (await t.db.query('SELECT count(*)::int AS n FROM evidence_files'))[0].n as number,
    onDisk: existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')).sort() : [],
  });

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC', 'BE-SIS', 'NG-NATA'], members: ['RO-DIOC', 'BE-SIS'], env: { FILE_MAX_BYTES: String(LIMIT) } });
    ({ t, dataDir, token, danube } = app);
  });
  afterAll(() => app?.close());

  it('a file sent in one multipart request is stored with the SHA-256 of its bytes, the type from its content, a clean name, its markings and its custody entry', async () => {
    const res = await post('liaison@ro.test', form(toDanube({ tlp: 'AMBER_STRICT', handlingCode: 'H2' }), PNG, '../../evidence/photo of the van.txt'));
    const body = (await res.json()) as { id: string; sha256: string };
    expect([res.status, body.sha256, res.headers.get('x-file-sha256'), res.headers.get('location')]).toEqual([201, sha256(PNG), sha256(PNG), `/files/${body.id}`]);
    const listed = await app.as('liaison@be.test', LIST, { attachedTo: { kind: 'OPERATION', id: danube } });
    expect(listed.data!.files).toEqual([
      { id: body.id, name: 'photo of the van.txt', size: PNG.length, sha256: sha256(PNG), tlp: 'AMBER_STRICT', handlingCode: 'H2', contentType: 'image/png', state: 'STORED', uploadedBy: { email: 'liaison@ro.test' } },
    ]);
    const got = await fetch(`${t.url}/files/${body.id}`, { headers: { authorization: `Bearer ${token['liaison@be.test']}` } });
    expect([got.status, got.headers.get('content-disposition'), sha256(Buffer.from(await got.arrayBuffer()))]).toEqual([200, 'attachment; filename="photo of the van.txt"', sha256(PNG)]);
    const trail = await app.as('coordinator@nl.test', CUSTODY, { id: body.id });
    expect(trail.data!.fileCustody).toEqual([
      { action: 'FILE_UPLOADED', sha256: sha256(PNG), actor: { email: 'liaison@ro.test' }, agency: { acronym: 'RO-DIOC' } },
      { action: 'FILE_DOWNLOADED', sha256: sha256(PNG), actor: { email: 'liaison@be.test' }, agency: { acronym: 'BE-SIS' } },
    ]);
  });

  it('a file of exactly the limit arrives byte for byte; a filename field names the file', async () => {
    const bytes = randomBytes(LIMIT);
    const res = await post('liaison@ro.test', form(toDanube({ filename: 'ledger.xlsx' }), bytes, 'ignored.bin'));
    const { id } = (await res.json()) as { id: string };
    expect(res.status).toBe(201);
    const got = await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${token['liaison@ro.test']}` } });
    expect([got.headers.get('content-disposition'), got.headers.get('content-length'), sha256(Buffer.from(await got.arrayBuffer()))]).toEqual(['attachment; filename="ledger.xlsx"', String(LIMIT), sha256(bytes)]);
  });

  it('a file over the limit, by one byte or many, is refused with 413 naming the limit, and nothing is left: no record, no bytes', async () => {
    const before = await stored();
    // One byte over, and four times the limit (the limit then passes while bytes are being stored).
    for (const size of [LIMIT + 1, 4 * LIMIT]) {
      const res = await post('liaison@ro.test', form(toDanube(), randomBytes(size), 'too-big.bin'));
      expect([size, ...(await answer(res))]).toEqual([size, 413, 'application/json', { code: 'BAD_USER_INPUT', message: 'The file is larger than the largest evidence file accepted: 64 KiB (65536 bytes)' }]);
      expect(await stored()).toEqual(before);
    }
  });

  it('a record unknown and one the uploader may not read are refused alike with 404; nothing is stored', async () => {
    const before = await stored();
    const unknown = await post('liaison@ro.test', form({ attachedKind: 'OPERATION', attachedId: randomUUID() }, randomBytes(100)));
    const forbidden = await post('member@ng.test', form(toDanube(), randomBytes(100)));
    const [u, f] = [await answer(unknown), await answer(forbidden)];
    expect(u).toEqual([404, 'application/json', { code: 'NOT_FOUND', message: 'Not found' }]);
    expect(f).toEqual(u);
    expect(await stored()).toEqual(before);
  });

  it('a field missing or malformed, fields after the file, or no file part are refused with 400 naming what is wrong; signed out is 401', async () => {
    const before = await stored();
    const message = async (res: Response) => [res.status, ((await res.json()) as { message: string }).message];
    expect({
      noId: await message(await post('liaison@ro.test', form({ attachedKind: 'OPERATION' }, randomBytes(10)))),
      noKind: await message(await post('liaison@ro.test', form({ attachedId: danube }, randomBytes(10)))),
      badTlp: await message(await post('liaison@ro.test', form(toDanube({ tlp: 'PURPLE' }), randomBytes(10)))),
      fieldsAfterFile: await message(await post('liaison@ro.test', form({ attachedKind: 'OPERATION' }, randomBytes(10), 'late.bin', { attachedId: danube }))),
      noFile: await message(await post('liaison@ro.test', form(toDanube(), null))),
      signedOut: await message(await post(null, form(toDanube(), randomBytes(10)))),
    }).toEqual({
      noId: [400, 'attachedId is required: the id of the record the file is attached to'],
      noKind: [400, 'attachedKind must be one of OPERATION, TASK, INFORMATION_REQUEST, OPERATION_MESSAGE, LEAD'],
      badTlp: [400, 'tlp must be one of CLEAR, GREEN, AMBER, AMBER_STRICT, RED'],
      fieldsAfterFile: [400, 'attachedId is required: the id of the record the file is attached to'],
      noFile: [400, 'file is required: a file part after the fields attachedKind, attachedId, tlp, handlingCode, handlingCondition, filename'],
      signedOut: [401, expect.any(String)],
    });
    expect(await stored()).toEqual(before);
  });

  it('another agency outside the operation can neither list nor download a file uploaded this way', async () => {
    const res = await post('liaison@ro.test', form(toDanube(), randomBytes(200), 'manifest.bin'));
    const { id } = (await res.json()) as { id: string };
    expect(res.status).toBe(201);
    const listed = await app.as('member@ng.test', LIST, { attachedTo: { kind: 'OPERATION', id: danube } });
    const download = await fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${token['member@ng.test']}` } });
    const unknown = await fetch(`${t.url}/files/${randomUUID()}`, { headers: { authorization: `Bearer ${token['member@ng.test']}` } });
    expect([errorCode(listed), download.status, await download.json()]).toEqual(['NOT_FOUND', 404, await unknown.json()]);
  });

  it('with a cookie session it needs the CSRF header, as every other write does', async () => {
    const { jar } = await cookieLogin(t.url, 'liaison@be.test', FIXTURE_PASSWORD);
    const cookie = Object.entries(jar).map(([name, value]) => `${name}=${value}`).join('; ');
    const before = await stored();
    const noCsrf = await fetch(`${t.url}/files`, { method: 'POST', headers: { cookie }, body: form(toDanube(), randomBytes(50)) });
    expect([noCsrf.status, await stored()]).toEqual([403, before]);
    const withCsrf = await fetch(`${t.url}/files`, { method: 'POST', headers: { cookie, 'x-csrf-token': jar[COOKIE.csrf] }, body: form(toDanube(), randomBytes(50)) });
    expect(withCsrf.status).toBe(201);
  });

  it('a client that goes away in the middle of the file leaves nothing behind: no record, no bytes', async () => {
    const before = await stored();
    const boundary = 'x-boundary-0123456789';
    const head = Object.entries(toDanube())
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('');
    const req = request(`${t.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token['liaison@ro.test']}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(LIMIT) } });
    req.on('error', () => undefined);
    req.write(`${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.bin"\r\n\r\n`);
    req.write(randomBytes(20_000));
    // The upload has begun on the server (its record is there) before the client goes.
    await until(async () => (await stored()).records === before.records + 1);
    req.destroy();
    await until(async () => JSON.stringify(await stored()) === JSON.stringify(before));
    expect(await stored()).toEqual(before);
  });
});

/** Resolves once `condition` holds, checking every 50 ms; rejects after 10 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('condition not met within 10 s');
}
