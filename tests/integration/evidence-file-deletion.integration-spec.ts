import { randomBytes } from 'node:crypto';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { errorCode, GqlResponse } from '../support/test-app';

/**
 * Deleting an evidence file's content needs a stated reason, recorded in its custody entry and read in the custody
 * trail. Danube Route with NL-POL (coordinator@nl.test coordinates) and RO-DIOC (sample catalogue).
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const DELETE = 'mutation($id: ID!, $reason: String!) { deleteFile(id: $id, reason: $reason) { state deletedReason } }';
const STATE = 'query($id: ID!) { file(id: $id) { state } }';
const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action reason actor { email } } }';

describe('evidence files: deletion with a stated reason', () => {
  let app: FileTestApp<Person>;
  const fields = (res: GqlResponse) => (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined)?.map((f) => f.field);
  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC'], members: ['RO-DIOC'] });
  });
  afterAll(() => app?.close());

  it('a reason missing, blank, shorter than 3 or longer than 500 characters is refused naming `reason`; the content stays', async () => {
    const id = await app.uploadToDanube('liaison@ro.test', randomBytes(32), 'ledger.bin');
    for (const reason of ['', '   ', 'ab', ' a\u200Bb ', 'r'.repeat(501)]) {
      const res = await app.as('liaison@ro.test', DELETE, { id, reason });
      expect([reason, errorCode(res), fields(res)]).toEqual([reason, 'BAD_USER_INPUT', ['reason']]);
    }
    const noReason = await app.as('liaison@ro.test', 'mutation($id: ID!) { deleteFile(id: $id) { state } }', { id });
    expect(noReason.errors?.[0].message).toMatch(/reason/);
    expect((await app.as('liaison@ro.test', STATE, { id })).data!.file.state).toBe('STORED');
  });

  it('the stated reason, trimmed, is recorded in the custody entry and read in the custody trail and on the file', async () => {
    const id = await app.uploadToDanube('liaison@ro.test', randomBytes(32), 'duplicate.bin');
    const reason = 'r'.repeat(500);
    const deleted = await app.as('coordinator@nl.test', DELETE, { id, reason: `  Uploaded twice; the copy of 3 March is kept  ` });
    expect(deleted.data!.deleteFile).toEqual({ state: 'CONTENT_DELETED', deletedReason: 'Uploaded twice; the copy of 3 March is kept' });
    const trail = await app.as('liaison@ro.test', CUSTODY, { id });
    expect(trail.data!.fileCustody).toEqual([
      { action: 'FILE_UPLOADED', reason: null, actor: { email: 'liaison@ro.test' } },
      { action: 'FILE_CONTENT_DELETED', reason: 'Uploaded twice; the copy of 3 March is kept', actor: { email: 'coordinator@nl.test' } },
    ]);
    // 500 characters is the longest reason taken.
    const other = await app.uploadToDanube('liaison@ro.test', randomBytes(32), 'other.bin');
    expect((await app.as('liaison@ro.test', DELETE, { id: other, reason })).data!.deleteFile.deletedReason).toBe(reason);
  });
});
