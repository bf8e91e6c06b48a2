import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { b64 } from '../support/file-uploads';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { OPERATIONS, AGENCIES, PEOPLE } from '../support/sample-task-force';
import { login, startTestApp, TestApp } from '../support/test-app';

/**
 * The largest evidence file (FILE_MAX_BYTES, 10 GiB by default) against the real API and disk: an upload declaring
 * more (tus `Upload-Length`) is refused with 413 Payload Too Large and a message naming the limit, before anything is
 * stored — also when the declared length is too large for a JavaScript number to hold exactly.
 */
describe('evidence files: the largest upload accepted', () => {
  let t: TestApp;
  let dataDir: string;
  let token: string;
  let danube: string;
  const LIMIT = 10 * 1024 ** 3;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'taskforce-file-limit-'));
    t = await startTestApp({ TASKFORCE_DATA_DIR: dataDir, FILE_RETENTION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test']);
    await f.operation({ ...OPERATIONS.danube, agencies: ['RO-DIOC'], participants: [] });
    token = await login(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    danube = f.operations[OPERATIONS.danube.name];
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const create = (length: string) =>
    fetch(`${t.url}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'Tus-Resumable': '1.0.0',
        'Upload-Length': length,
        'Upload-Metadata': `filename ${b64('extraction.bin')},attachedKind ${b64('OPERATION')},attachedId ${b64(danube)}`,
      },
    });
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
