import { randomBytes } from 'node:crypto';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256, tusUpload } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { errorCode, TestApp } from '../support/test-app';

/**
 * The integrity of stored evidence files against the real API, PostgreSQL and disk: `verifyFile` reads the stored
 * bytes again; a check that finds them altered marks the file (`integrityFailedAt`, shown wherever the file is) and its
 * custody entry says so (`intact: false`, `sha256Found`). The file stays downloadable, for forensic work, with the
 * SHA-256 recorded at upload in `X-File-SHA256`. Deleting a file whose content is already gone says why, readably, in the
 * API's log. The task force (sample catalogue): Danube Route with NL-POL
 * (coordinator@nl.test coordinates), RO-DIOC, BE-SIS.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'liaison@be.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

const CHECK = 'mutation($id: ID!) { verifyFile(id: $id) { expected found intact } }';
const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action sha256 intact sha256Found actor { email } } }';
const ONE = 'query($id: ID!) { file(id: $id) { state integrityFailedAt } }';
const LIST = 'query($attachedTo: FileAttachmentInput!) { files(attachedTo: $attachedTo) { id integrityFailedAt } }';

describe('evidence files: integrity of the stored content', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let dataDir: string;
  let token: Record<Person, string>;
  let danube: string;
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => app.as(who, query, variables);

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC', 'BE-SIS'], members: ['RO-DIOC', 'BE-SIS'] });
    ({ t, dataDir, token, danube } = app);
  });
  afterAll(() => app?.close());

  it('a check that finds the stored bytes altered shows in the custody trail and marks the file; a later check that matches clears the mark', async () => {
    const bytes = randomBytes(4096);
    const up = await tusUpload(t.url, token['liaison@ro.test'], bytes, { filename: 'statement.bin', attachedKind: 'OPERATION', attachedId: danube });
    expect(up.status).toBe(204);
    const onDisk = join(dataDir, 'files', up.id!);
    expect((await as('liaison@be.test', CHECK, { id: up.id })).data!.verifyFile.intact).toBe(true);
    const altered = Buffer.from(bytes);
    altered[100] ^= 0xff;
    writeFileSync(onDisk, altered);
    expect((await as('liaison@be.test', CHECK, { id: up.id })).data!.verifyFile).toEqual({ expected: sha256(bytes), found: sha256(altered), intact: false });

    const trail = await as('liaison@ro.test', CUSTODY, { id: up.id });
    expect(trail.data!.fileCustody).toEqual([
      { action: 'FILE_UPLOADED', sha256: sha256(bytes), intact: null, sha256Found: null, actor: { email: 'liaison@ro.test' } },
      { action: 'FILE_VERIFIED', sha256: sha256(bytes), intact: true, sha256Found: sha256(bytes), actor: { email: 'liaison@be.test' } },
      { action: 'FILE_VERIFIED', sha256: sha256(bytes), intact: false, sha256Found: sha256(altered), actor: { email: 'liaison@be.test' } },
    ]);
    // Every reader of the file sees the mark, in the file and in the list.
    const marked = (await as('liaison@be.test', ONE, { id: up.id })).data!.file;
    expect(marked).toEqual({ state: 'STORED', integrityFailedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    // A second failed check keeps the instant of the first.
    expect((await as('liaison@ro.test', CHECK, { id: up.id })).data!.verifyFile.intact).toBe(false);
    expect((await as('liaison@be.test', ONE, { id: up.id })).data!.file).toEqual(marked);
    const listed = (await as('coordinator@nl.test', LIST, { attachedTo: { kind: 'OPERATION', id: danube } })).data!.files;
    expect(listed).toContainEqual({ id: up.id, integrityFailedAt: marked.integrityFailedAt });
    // A download still gives the bytes as stored now, with the SHA-256 recorded at upload to compare them with.
    const got = await fetch(`${t.url}/files/${up.id}`, { headers: { authorization: `Bearer ${token['liaison@be.test']}` } });
    expect([got.status, got.headers.get('x-file-sha256'), sha256(Buffer.from(await got.arrayBuffer()))]).toEqual([200, sha256(bytes), sha256(altered)]);

    // The original bytes restored: the next check matches and the mark goes; the trail keeps the failed check.
    writeFileSync(onDisk, bytes);
    expect((await as('liaison@ro.test', CHECK, { id: up.id })).data!.verifyFile.intact).toBe(true);
    expect((await as('liaison@be.test', ONE, { id: up.id })).data!.file).toEqual({ state: 'STORED', integrityFailedAt: null });
    const after = (await as('coordinator@nl.test', CUSTODY, { id: up.id })).data!.fileCustody as Array<{ action: string; intact: boolean | null }>;
    expect(after.map((e) => [e.action, e.intact])).toEqual([
      ['FILE_UPLOADED', null],
      ['FILE_VERIFIED', true],
      ['FILE_VERIFIED', false],
      ['FILE_VERIFIED', false],
      ['FILE_DOWNLOADED', null],
      ['FILE_VERIFIED', true],
    ]);
  });

  it('deleting a file twice removes its content once; content missing from the storage is logged with a readable reason', async () => {
    const warnings: string[] = [];
    const quiet = () => undefined;
    t.app.useLogger({ log: quiet, error: quiet, debug: quiet, verbose: quiet, warn: (message: unknown) => warnings.push(String(message)) });
    const DELETE = 'mutation($id: ID!) { deleteFile(id: $id, reason: "Uploaded in error") { state deletedReason } }';
    const twice = await tusUpload(t.url, token['liaison@ro.test'], randomBytes(64), { filename: 'twice.bin', attachedKind: 'OPERATION', attachedId: danube });
    const first = await as('liaison@ro.test', DELETE, { id: twice.id });
    const second = await as('coordinator@nl.test', DELETE, { id: twice.id });
    expect([first.data, second.data, errorCode(second)]).toEqual([{ deleteFile: { state: 'CONTENT_DELETED', deletedReason: 'Uploaded in error' } }, { deleteFile: { state: 'CONTENT_DELETED', deletedReason: 'Uploaded in error' } }, undefined]);
    const trail = (await as('liaison@ro.test', CUSTODY, { id: twice.id })).data!.fileCustody as Array<{ action: string }>;
    expect(trail.map((e) => e.action)).toEqual(['FILE_UPLOADED', 'FILE_CONTENT_DELETED']);
    expect(warnings).toEqual([]);

    const vanished = await tusUpload(t.url, token['liaison@ro.test'], randomBytes(64), { filename: 'vanished.bin', attachedKind: 'OPERATION', attachedId: danube });
    unlinkSync(join(dataDir, 'files', vanished.id!));
    expect((await as('liaison@ro.test', DELETE, { id: vanished.id })).data).toEqual({ deleteFile: { state: 'CONTENT_DELETED', deletedReason: 'Uploaded in error' } });
    expect(warnings).toEqual([`file ${vanished.id}: content already gone (The file for this url was not found)`]);
  });
});
