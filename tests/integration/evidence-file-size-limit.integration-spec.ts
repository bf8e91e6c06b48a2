import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tusCreate } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { TestApp } from '../support/test-app';

/**
 * The largest evidence file (FILE_MAX_BYTES, 10 GiB by default) against the real API and disk: an upload declaring
 * more (tus `Upload-Length`) is refused with 413 Payload Too Large and a message naming the limit, before anything is
 * stored — also when the declared length is too large for a JavaScript number to hold exactly.
 */
describe('evidence files: the largest upload accepted', () => {
  let app: FileTestApp<'coordinator@nl.test' | 'liaison@ro.test'>;
  let t: TestApp;
  let dataDir: string;
  let token: string;
  let danube: string;
  const LIMIT = 10 * 1024 ** 3;

  beforeAll(async () => {
    app = await startFileTestApp(['coordinator@nl.test', 'liaison@ro.test'], { agencies: ['NL-POL', 'RO-DIOC'], members: ['RO-DIOC'] });
    ({ t, dataDir, danube } = app);
    token = app.token['liaison@ro.test'];
  });
  afterAll(() => app?.close());

  const create = (length: string) => tusCreate(t.url, token, length, { filename: 'extraction.bin', attachedKind: 'OPERATION', attachedId: danube });
  const stored = async () => ({
    records: (await t.db.query('SELECT count(*)::int AS n FROM evidence_files'))[0].n as number,
    onDisk: existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')).length : 0,
  });

  it('an upload declaring one byte more than 10 GiB, or a length no number holds exactly, gets 413 naming the limit; nothing is stored', async () => {
    for (const length of [String(LIMIT + 1), '99999999999999999999999', String(2 ** 64)]) {
      const refused = await create(length);
      expect([length, refused.status, await refused.json()]).toEqual([
        length,
        413,
        { code: 'BAD_USER_INPUT', message: 'The file is larger than the largest evidence file accepted: 10 GiB (10737418240 bytes)' },
      ]);
      expect(refused.headers.get('tus-resumable')).toBe('1.0.0');
    }
    expect(await stored()).toEqual({ records: 0, onDisk: 0 });
  });

  it('an upload of exactly 10 GiB is accepted; a malformed length is still a bad request', async () => {
    expect((await create(String(LIMIT))).status).toBe(201);
    expect((await stored()).records).toBe(1);
    for (const length of ['-1', '12abc', '1.5']) expect([length, (await create(length)).status]).toEqual([length, 400]);
  });
});
