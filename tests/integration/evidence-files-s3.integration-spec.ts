import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { FilesService } from '@taskforce/api-files';
import { migrate } from '@taskforce/api-setup';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { b64, sha256 } from '../support/file-uploads';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { startS3rver, TestS3 } from '../support/s3-server';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { ApiNode, createTestDatabase, gql, login, startApiNode } from '../support/test-app';

/**
 * Evidence files in S3-compatible object storage (s3rver in a temporary folder) shared by API nodes on one database:
 * uploads land in the bucket and not on the local disk, the SHA-256 is the one computed here from the bytes sent, an
 * upload may be resumed and finished on another node, the check reads the object in the bucket, and deletion (by a
 * person, at the end of retention, after a restart) removes the object and the tus `.info` beside it. Objects are
 * checked with the test's own S3 client.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const TUS = { 'Tus-Resumable': '1.0.0' };
const PATCH = { ...TUS, 'Content-Type': 'application/offset+octet-stream' };
/** A PNG by its content: the signature, an IHDR chunk and an IDAT chunk header. */
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), Buffer.from('0000000849444154', 'hex'), randomBytes(8), Buffer.from('00000000', 'hex')]);

describe('evidence files in S3-compatible object storage shared by API nodes', () => {
  let s3: TestS3;
  let bucket: S3Client;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: DataSource;
  let dataDir: string;
  let env: Record<string, string>;
  let node: ApiNode;
  let other: ApiNode;
  let danube: string;
  const token = {} as Record<Person, string>;
  const auth = (who: Person) => ({ authorization: `Bearer ${token[who]}` });

  /** A tus creation on `at`; returns the upload's id. */
  const create = async (at: ApiNode, who: Person, size: number, filename: string) => {
    const metadata = `filename ${b64(filename)},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`;
    const created = await fetch(`${at.url}/files`, { method: 'POST', headers: { ...auth(who), ...TUS, 'Upload-Length': String(size), 'Upload-Metadata': metadata } });
    expect(created.status).toBe(201);
    return created.headers.get('location')!.split('/').pop()!;
  };
  const patch = (at: ApiNode, who: Person, id: string, offset: number, bytes: Buffer) =>
    fetch(`${at.url}/files/${id}`, { method: 'PATCH', headers: { ...auth(who), ...PATCH, 'Upload-Offset': String(offset) }, body: new Uint8Array(bytes) });
  const offsetOf = async (at: ApiNode, who: Person, id: string) => Number((await fetch(`${at.url}/files/${id}`, { method: 'HEAD', headers: { ...auth(who), ...TUS } })).headers.get('upload-offset'));
  /** An upload of `bytes` in `parts` PATCHes on one node; returns the id and the last answer. */
  const upload = async (who: Person, bytes: Buffer, filename: string, parts = 1, at: ApiNode = node) => {
    const id = await create(at, who, bytes.length, filename);
    const size = Math.ceil(bytes.length / parts);
    let last: Response | undefined;
    for (let offset = 0; offset < bytes.length; offset += size) {
      last = await patch(at, who, id, offset, bytes.subarray(offset, offset + size));
      expect(last.status).toBe(204);
    }
    return { id, sha256: last!.headers.get('x-file-sha256') };
  };
  const download = async (at: ApiNode, who: Person, id: string) => {
    const res = await fetch(`${at.url}/files/${id}`, { headers: auth(who) });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  /** Keys in the bucket that belong to upload `id` (the object, `.info`, `.part`). */
  const keysOf = async (id: string) => ((await bucket.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: id }))).Contents ?? []).map((o) => o.Key!.slice(id.length)).sort();
  const objectBytes = async (key: string) => Buffer.from(await (await bucket.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToByteArray());
  const filesOn = (at: ApiNode) => at.app.get(FilesService);

  beforeAll(async () => {
    s3 = await startS3rver('taskforce-evidence');
    bucket = new S3Client(s3.client);
    database = await createTestDatabase();
    db = await migrate(database.url);
    dataDir = mkdtempSync(join(tmpdir(), 'taskforce-files-s3-'));
    // Two nodes of one deployment: same database, bucket and signing secret.
    env = { TASKFORCE_DATA_DIR: dataDir, FILE_RETENTION_CHECK_SECONDS: '0', JWT_SECRET: randomBytes(32).toString('hex'), ...s3.env };
    node = await startApiNode(database.url, env);
    other = await startApiNode(database.url, env);
    const f = new FixtureBuilder(db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS']);
    await f.person(...PEOPLE_IN.map((email) => PEOPLE[email]));
    await f.operation({ ...OPERATIONS.danube, agencies: ['RO-DIOC', 'BE-SIS'], participants: [] });
    for (const who of PEOPLE_IN) token[who] = await login(node.url, who, FIXTURE_PASSWORD);
    danube = f.operations[OPERATIONS.danube.name];
  });
  afterAll(async () => {
    await node?.close();
    await other?.close();
    await db?.destroy();
    await database?.drop();
    bucket?.destroy();
    await s3?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an upload lands in the bucket, not on the local disk, with the SHA-256 of its bytes and the type from its content', async () => {
    const up = await upload('liaison@ro.test', PNG, 'van.png', 3);
    expect(up.sha256).toBe(sha256(PNG));
    expect(await keysOf(up.id)).toEqual(['', '.info']);
    expect(sha256(await objectBytes(up.id))).toBe(sha256(PNG));
    expect(existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')) : []).toEqual([]);
    const listed = await gql(node.url, 'query($to: FileAttachmentInput!) { files(attachedTo: $to) { id sha256 contentType size } }', { to: { kind: 'OPERATION', id: danube } }, token['liaison@be.test']);
    expect(listed.data!.files).toContainEqual({ id: up.id, sha256: sha256(PNG), contentType: 'image/png', size: PNG.length });
    // Either node serves the same bytes.
    for (const at of [node, other]) expect(await download(at, 'liaison@be.test', up.id)).toEqual({ status: 200, bytes: PNG });
  });

  it('a file larger than one multipart part arrives whole: the SHA-256 and the downloaded bytes match', async () => {
    const bytes = randomBytes(11 * 1024 * 1024 + 123);
    const up = await upload('liaison@ro.test', bytes, 'extraction.bin', 2);
    expect(up.sha256).toBe(sha256(bytes));
    const got = await download(other, 'liaison@be.test', up.id);
    expect([got.status, got.bytes.length, sha256(got.bytes)]).toEqual([200, bytes.length, sha256(bytes)]);
  });

  it('a multipart/form-data upload lands in the bucket the same way, small or larger than one multipart part', async () => {
    const big = randomBytes(11 * 1024 * 1024 + 123);
    for (const [bytes, filename] of [[PNG, 'van.png'], [big, 'extraction.bin']] as const) {
      const body = new FormData();
      body.append('attachedKind', 'OPERATION');
      body.append('attachedId', danube);
      body.append('file', new Blob([new Uint8Array(bytes)]), filename);
      const res = await fetch(`${node.url}/files`, { method: 'POST', headers: auth('liaison@ro.test'), body });
      const { id, sha256: answered, contentType } = (await res.json()) as { id: string; sha256: string; contentType: string | null };
      expect([filename, res.status, answered, contentType]).toEqual([filename, 201, sha256(bytes), filename === 'van.png' ? 'image/png' : null]);
      expect(await keysOf(id)).toEqual(['', '.info']);
      expect(sha256(await objectBytes(id))).toBe(sha256(bytes));
      const got = await download(other, 'liaison@be.test', id);
      expect([got.status, sha256(got.bytes)]).toEqual([200, sha256(bytes)]);
    }
    expect(existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')) : []).toEqual([]);
  });

  it('an interrupted upload resumes from the offset the bucket holds, also on another node, and gets the SHA-256 of all its bytes', async () => {
    const bytes = randomBytes(300 * 1024);
    const id = await create(node, 'liaison@ro.test', bytes.length, 'phone-dump.bin');
    expect((await patch(node, 'liaison@ro.test', id, 0, bytes.subarray(0, 100 * 1024))).status).toBe(204);
    // The connection drops in the middle of the next PATCH: the client has sent some bytes and gives up.
    const drop = new AbortController();
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) {
          sent = 64 * 1024;
          controller.enqueue(new Uint8Array(bytes.subarray(100 * 1024, 100 * 1024 + sent)));
        } else drop.abort();
      },
    });
    const dropped = await fetch(`${node.url}/files/${id}`, { method: 'PATCH', headers: { ...auth('liaison@ro.test'), ...PATCH, 'Upload-Offset': String(100 * 1024) }, body, signal: drop.signal, duplex: 'half' } as RequestInit).then(
      () => 'answered',
      () => 'dropped',
    );
    expect(dropped).toBe('dropped');
    // The uploader asks the other node where the upload stands and sends the rest there.
    const offset = await offsetOf(other, 'liaison@ro.test', id);
    expect(offset).toBeGreaterThanOrEqual(100 * 1024);
    expect(offset).toBeLessThanOrEqual(164 * 1024);
    const rest = await patch(other, 'liaison@ro.test', id, offset, bytes.subarray(offset));
    expect([rest.status, rest.headers.get('x-file-sha256')]).toEqual([204, sha256(bytes)]);
    expect(sha256(await objectBytes(id))).toBe(sha256(bytes));
    expect(await keysOf(id)).toEqual(['', '.info']);
  });

  it('the check reads the object in the bucket: one altered there is reported', async () => {
    const bytes = randomBytes(4096);
    const up = await upload('liaison@ro.test', bytes, 'ledger.bin');
    const check = 'mutation($id: ID!) { verifyFile(id: $id) { expected found intact } }';
    expect((await gql(other.url, check, { id: up.id }, token['liaison@be.test'])).data!.verifyFile).toEqual({ expected: sha256(bytes), found: sha256(bytes), intact: true });
    const altered = Buffer.from(bytes);
    altered[100] ^= 0xff;
    await bucket.send(new PutObjectCommand({ Bucket: s3.bucket, Key: up.id, Body: altered }));
    expect((await gql(node.url, check, { id: up.id }, token['liaison@be.test'])).data!.verifyFile).toEqual({ expected: sha256(bytes), found: sha256(altered), intact: false });
  });

  it('deleting a file removes its object and .info from the bucket', async () => {
    const up = await upload('liaison@ro.test', randomBytes(1000), 'mistake.bin');
    const deleted = await gql(node.url, 'mutation($id: ID!) { deleteFile(id: $id, reason: "Uploaded in error") { state } }', { id: up.id }, token['liaison@ro.test']);
    expect(deleted.data!.deleteFile).toEqual({ state: 'CONTENT_DELETED' });
    expect(await keysOf(up.id)).toEqual([]);
    await expect(bucket.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: up.id }))).rejects.toMatchObject({ name: 'NotFound' });
  });

  it('at the end of retention the sweep removes the object and .info from the bucket; an upload abandoned half-way goes with its parts', async () => {
    const up = await upload('liaison@ro.test', randomBytes(2048), 'short-lived.bin');
    const half = await create(node, 'liaison@ro.test', 4096, 'abandoned.bin');
    expect((await patch(node, 'liaison@ro.test', half, 0, randomBytes(1000))).status).toBe(204);
    expect(await keysOf(half)).toEqual(['.info', '.part']);
    const [{ expires_at }] = await db.query('SELECT expires_at FROM evidence_files WHERE id = $1', [up.id]);
    await db.query(`UPDATE evidence_files SET created_at = created_at - interval '25 hours' WHERE id = $1`, [half]);
    expect(await filesOn(other).deleteExpired(new Date(new Date(expires_at).getTime() + 1))).toContain(up.id);
    expect(await keysOf(up.id)).toEqual([]);
    await expect(bucket.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: up.id }))).rejects.toMatchObject({ name: 'NotFound' });
    expect(await keysOf(half)).toEqual([]);
  });

  it('after a restart, a new API node on the same database and bucket removes what the old one stored', async () => {
    const up = await upload('liaison@ro.test', randomBytes(3000), 'before-restart.bin');
    const [{ expires_at }] = await db.query('SELECT expires_at FROM evidence_files WHERE id = $1', [up.id]);
    await node.close();
    await other.close();
    node = await startApiNode(database.url, env);
    other = await startApiNode(database.url, env);
    expect(await keysOf(up.id)).toEqual(['', '.info']);
    expect(await filesOn(node).deleteExpired(new Date(new Date(expires_at).getTime() + 1))).toEqual([up.id]);
    expect(await keysOf(up.id)).toEqual([]);
    expect((await download(node, 'liaison@ro.test', up.id)).status).toBe(410);
  });
});
