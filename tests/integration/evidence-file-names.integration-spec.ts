import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { TestApp } from '../support/test-app';

/**
 * The names evidence files are stored under, and the forms `POST /files` takes, against the real API, PostgreSQL and
 * disk: control characters (C0, DEL, C1) become `_` over multipart and tus alike. Danube Route with NL-POL
 * (coordinator) and RO-DIOC (sample catalogue); expected names are worked out by hand from the names sent.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test'] as const;
type Person = (typeof PEOPLE_IN)[number];
const NAME = 'query($id: ID!) { file(id: $id) { name } }';

describe('evidence files: stored names and multipart forms', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let dataDir: string;
  let token: Record<Person, string>;
  let danube: string;

  const toDanube = (extra: Record<string, string> = {}) => ({ attachedKind: 'OPERATION', attachedId: danube, ...extra });
  const form = (fields: Record<string, string>, bytes: Buffer | null, filename = 'statement.bin') => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    if (bytes) body.append('file', new Blob([new Uint8Array(bytes)]), filename);
    return body;
  };
  const post = (body: FormData | string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${token['liaison@ro.test']}`, ...headers }, body });
  /** Uploads over multipart; the stored name. */
  const multipartName = async (fields: Record<string, string>, filename: string) => {
    const res = await post(form(toDanube(fields), randomBytes(16), filename));
    const body = (await res.json()) as { id: string; name: string; message?: string };
    if (res.status !== 201) throw new Error(`${res.status} ${body.message}`);
    return (await app.as('coordinator@nl.test', NAME, { id: body.id })).data!.file.name;
  };
  const tusName = async (filename: string) => (await app.as('coordinator@nl.test', NAME, { id: await app.uploadToDanube('liaison@ro.test', randomBytes(16), filename) })).data!.file.name;
  const stored = async () => ({
    records: (await t.db.query('SELECT count(*)::int AS n FROM evidence_files'))[0].n as number,
    onDisk: existsSync(join(dataDir, 'files')) ? readdirSync(join(dataDir, 'files')).sort() : [],
  });

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC'], members: ['RO-DIOC'] });
    ({ t, dataDir, token, danube } = app);
  });
  afterAll(() => app?.close());

  it('DEL and the C1 controls become "_" like the other control characters, over multipart and tus', async () => {
    // (busboy refuses a DEL inside the file part's quoted name as a malformed body; the filename field carries it.)
    expect(await multipartName({ filename: 'ledger\x7F2025.xlsx' }, 'ignored.bin')).toBe('ledger_2025.xlsx');
    expect(await multipartName({ filename: 'a\x7Fb\u0085c\u009Fd.txt' }, 'ignored.bin')).toBe('a_b_c_d.txt');
    expect(await tusName('van\x7Fphoto\u0080\u009F.jpg')).toBe('van_photo__.jpg');
    expect(await tusName('tab\there\x01.txt')).toBe('tab_here_.txt');
    expect(await stored()).toMatchObject({ records: 4 });
  });

  it('a name over 200 characters keeps its extension: the base name is shortened, over tus and multipart alike', async () => {
    const long = `Bank statements ${'0123456789'.repeat(30)}.xlsx`;
    // 17 + 300 + 5 characters sent; 200 stored: the first 195 characters of the base name, then ".xlsx".
    const expected = `Bank statements ${'0123456789'.repeat(30)}`.slice(0, 195) + '.xlsx';
    expect([await tusName(long), await multipartName({ filename: long }, 'ignored.bin'), await multipartName({}, long)]).toEqual([expected, expected, expected]);
    expect(expected).toHaveLength(200);
  });

  it("an empty or blank filename field counts as not given: the file part's own name is used", async () => {
    expect(await multipartName({ filename: '' }, 'van photo.jpg')).toBe('van photo.jpg');
    expect(await multipartName({ filename: '   ' }, 'crew list.csv')).toBe('crew list.csv');
    expect(await multipartName({ filename: 'ledger.xlsx' }, 'ignored.bin')).toBe('ledger.xlsx');
  });

  it('a body that ends without its closing boundary (the file part cut off) is refused with 400 naming it; nothing is left', async () => {
    const before = await stored();
    const boundary = 'x-boundary-0123456789';
    const fields = Object.entries(toDanube())
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join('');
    const cut = Buffer.concat([Buffer.from(`${fields}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.bin"\r\n\r\n`), randomBytes(5000)]);
    const res = await post(cut.toString('latin1'), { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect([res.status, await res.json()]).toEqual([400, { code: 'BAD_USER_INPUT', message: 'The multipart/form-data body ended before its closing boundary: the file part is incomplete and was not stored' }]);
    expect(await stored()).toEqual(before);
  });

  it('more form fields before the file than the limit (20) is refused with 400 naming the limit, not as a missing file', async () => {
    const before = await stored();
    const extra = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`note${i}`, `value ${i}`]));
    // attachedKind and attachedId, then 18 more: 20 fields, the most a form may have.
    expect((await post(form(toDanube(extra(18)), randomBytes(16)))).status).toBe(201);
    for (const n of [19, 50, 200]) {
      const res = await post(form(toDanube(extra(n)), randomBytes(16)));
      expect([n, res.status, await res.json()]).toEqual([n, 400, { code: 'BAD_USER_INPUT', message: 'The form has too many fields: at most 20 fields, before the file part' }]);
    }
    expect(await stored()).toMatchObject({ records: before.records + 1 });
  });
});
