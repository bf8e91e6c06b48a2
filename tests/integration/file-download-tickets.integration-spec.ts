import { randomBytes, randomUUID } from 'node:crypto';
import { FileDownloadTickets } from '@taskforce/api-files';
import { sha256 } from '../support/file-uploads';
import { FileTestApp, startFileTestApp } from '../support/file-test-app';
import { FIXTURE_PASSWORD } from '../support/fixture-builder';
import { errorCode, gql, login, TestApp } from '../support/test-app';

/**
 * Download tickets against the real API, PostgreSQL and disk: how a browser saves an evidence file straight to disk.
 * A reader asks GraphQL `createFileDownloadTicket` for a one-time address and GETs it without other credentials. The
 * address carries an opaque random value only; what it stands for stays on the server. The task force (sample
 * catalogue): Danube Route with NL-POL (coordinator@nl.test coordinates), RO-DIOC, BE-SIS; member@ng.test is outside
 * it. Expected SHA-256 values are computed here from the bytes sent.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

const TICKET = 'mutation($id: ID!) { createFileDownloadTicket(id: $id) { url expiresAt } }';
const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action clientAddress sha256 actor { email } agency { acronym } } }';

describe('evidence files: download tickets', () => {
  let app: FileTestApp<Person>;
  let t: TestApp;
  let token: Record<Person, string>;
  let agency: Record<string, string>;
  let danube: string;
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => app.as(who, query, variables);
  const ticketFor = async (who: Person, id: string): Promise<string> => {
    const res = await as(who, TICKET, { id });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createFileDownloadTicket.url as string;
  };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  const uploadToDanube = (bytes: Buffer, name: string) => app.uploadToDanube('liaison@ro.test', bytes, name);
  /** The claims of an access token (not verified: the test only reads its own). */
  const claimsOf = (who: Person) => JSON.parse(Buffer.from(token[who].split('.')[1], 'base64url').toString()) as { sub: string; sid: string };
  const ticketRows = async () => (await t.db.query('SELECT count(*)::int AS n FROM file_download_tickets'))[0].n as number;

  beforeAll(async () => {
    app = await startFileTestApp(PEOPLE_IN, { agencies: ['NL-POL', 'RO-DIOC', 'BE-SIS', 'NG-NATA'], members: ['RO-DIOC', 'BE-SIS'] });
    ({ t, token, agency, danube } = app);
  });
  afterAll(() => app?.close());

  it('a ticket downloads the file once within 60 s, with the headers and the custody entry of a bearer download', async () => {
    const bytes = Buffer.concat([Buffer.from('payroll of the farm\n'), randomBytes(200_000)]);
    const id = await uploadToDanube(bytes, 'payroll.bin');
    const before = Date.now();
    const issued = await as('member@ro.test', TICKET, { id });
    const { url, expiresAt } = issued.data!.createFileDownloadTicket as { url: string; expiresAt: string };
    expect(url).toMatch(new RegExp(`^/files/${id}\\?ticket=[\\w.-]+$`));
    expect(Date.parse(expiresAt) - before).toBeGreaterThanOrEqual(59_000);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(60_000);

    const got = await get(url);
    const headers = ['content-type', 'content-disposition', 'x-content-type-options', 'x-file-sha256', 'cache-control'];
    expect([got.status, ...headers.map((h) => got.headers.get(h))]).toEqual([200, 'application/octet-stream', 'attachment; filename="payroll.bin"', 'nosniff', sha256(bytes), 'no-store']);
    expect(sha256(Buffer.from(await got.arrayBuffer()))).toBe(sha256(bytes));
    // Used: from now on it is an unknown file's address.
    const again = await get(url);
    const unknown = await get(`/files/${randomUUID()}`, { authorization: `Bearer ${token['member@ro.test']}` });
    expect([again.status, await again.json()]).toEqual([unknown.status, await unknown.json()]);
    expect(again.status).toBe(404);

    // The same custody entry as a bearer download by the same person.
    const bearer = await get(`/files/${id}`, { authorization: `Bearer ${token['member@ro.test']}` });
    expect(bearer.status).toBe(200);
    await bearer.arrayBuffer();
    const trail = await as('coordinator@nl.test', CUSTODY, { id });
    expect(trail.data!.fileCustody.map((e: { action: string }) => e.action)).toEqual(['FILE_UPLOADED', 'FILE_DOWNLOADED', 'FILE_DOWNLOADED']);
    const [, byTicket, byBearer] = trail.data!.fileCustody;
    expect(byTicket).toEqual(byBearer);
    expect(byTicket).toMatchObject({ actor: { email: 'member@ro.test' }, agency: { acronym: 'RO-DIOC' }, sha256: sha256(bytes) });
    const [details] = await t.db.query(`SELECT details FROM audit_entries WHERE subject_id = $1 AND action = 'FILE_DOWNLOADED' ORDER BY seq`, [id]);
    expect(details.details).toEqual({ fileId: id, sha256: sha256(bytes), size: bytes.length });
  });

  it('the ticket URL carries an opaque random value only: neither the person, nor the session, nor anything else readable', async () => {
    const bytes = randomBytes(500);
    const id = await uploadToDanube(bytes, 'opaque.bin');
    const url = await ticketFor('member@ro.test', id);
    const second = await ticketFor('member@ro.test', id);
    const { sub, sid } = claimsOf('member@ro.test');
    const ticket = new URL(url, t.url).searchParams.get('ticket')!;
    expect(url).toBe(`/files/${id}?ticket=${ticket}`);
    // 32 random bytes in base64url, different for every ticket; no id in any spelling.
    expect(ticket).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(url);
    const spellings = [sub, sid, sub.replace(/-/g, ''), sid.replace(/-/g, ''), Buffer.from(sub).toString('base64url'), Buffer.from(sid).toString('base64url')];
    for (const text of spellings) expect([text, url.includes(text)]).toEqual([text, false]);
    // The value itself is not kept: only its SHA-256 is.
    const stored = await t.db.query('SELECT token_sha256 FROM file_download_tickets WHERE file_id = $1', [id]);
    expect(stored.map((r: { token_sha256: string }) => r.token_sha256)).toContain(sha256(Buffer.from(ticket)));
    expect(JSON.stringify(stored)).not.toContain(ticket);

    const got = await get(url);
    expect([got.status, sha256(Buffer.from(await got.arrayBuffer()))]).toEqual([200, sha256(bytes)]);
    expect((await get(url)).status).toBe(404);
    expect((await get(second)).status).toBe(200);
  });

  it('a guessed, altered, expired or other file\'s ticket, or one from an ended session, is answered as an unknown file', async () => {
    const id = await uploadToDanube(randomBytes(1000), 'ledger.bin');
    const other = await uploadToDanube(randomBytes(1000), 'photos.bin');
    const url = await ticketFor('liaison@be.test', id);
    const ticket = new URL(url, t.url).searchParams.get('ticket')!;
    const flipped = `${ticket.slice(0, -1)}${ticket.endsWith('A') ? 'B' : 'A'}`;
    const late = new URL(await ticketFor('liaison@be.test', id), t.url).searchParams.get('ticket')!;
    await t.db.query(`UPDATE file_download_tickets SET expires_at = now() - interval '1 second' WHERE token_sha256 = $1`, [sha256(Buffer.from(late))]);
    const refused: Record<string, string> = {
      'another file': `/files/${other}?ticket=${ticket}`,
      altered: `/files/${id}?ticket=${flipped}`,
      guessed: `/files/${id}?ticket=${randomBytes(32).toString('base64url')}`,
      expired: `/files/${id}?ticket=${late}`,
      malformed: `/files/${id}?ticket=not-a-ticket`,
      empty: `/files/${id}?ticket=`,
    };
    const statuses: Record<string, number> = {};
    for (const [why, path] of Object.entries(refused)) statuses[why] = (await get(path)).status;
    expect(statuses).toEqual(Object.fromEntries(Object.keys(refused).map((why) => [why, 404])));
    // None of those used the genuine ticket up.
    expect((await get(url)).status).toBe(200);

    // A ticket of a session that has ended since.
    const fresh = await login(t.url, 'liaison@be.test', FIXTURE_PASSWORD);
    const issued = await gql(t.url, TICKET, { id }, fresh);
    expect((await gql(t.url, 'mutation { logout }', {}, fresh)).data).toEqual({ logout: true });
    expect((await get(issued.data!.createFileDownloadTicket.url)).status).toBe(404);
    // Only the genuine download is in the custody trail.
    const downloads = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE subject_id = $1 AND action = 'FILE_DOWNLOADED'`, [id]);
    expect(downloads[0].n).toBe(1);
  });

  it('a ticket works for its own person only, and only while that person may still read the file', async () => {
    const id = await uploadToDanube(randomBytes(1000), 'van.bin');
    // Passed on to a colleague of another agency, it does not work in their browser (their cookie or token is sent).
    const forwarded = await ticketFor('member@ro.test', id);
    expect((await get(forwarded, { authorization: `Bearer ${token['liaison@be.test']}` })).status).toBe(404);
    expect((await get(forwarded, { authorization: `Bearer ${token['member@ro.test']}` })).status).toBe(200);

    // The file moves to a request for information between RO-DIOC and NL-POL, which BE-SIS does not read.
    const url = await ticketFor('liaison@be.test', id);
    const request = await as('liaison@ro.test', 'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id } }', {
      input: { operationId: danube, toAgencyId: agency['NL-POL'], subject: 'Van', body: 'Whose van is it?', priority: 'LOW' },
    });
    const moved = await as('liaison@ro.test', 'mutation($input: ReattachFileInput!) { reattachFile(input: $input) { id } }', {
      input: { fileId: id, attachedTo: { kind: 'INFORMATION_REQUEST', id: request.data!.sendInformationRequest.id } },
    });
    expect(moved.errors).toBeUndefined();
    expect((await get(url)).status).toBe(404);
  });

  it('tickets are issued to readers only: unknown and unreachable files alike are NOT_FOUND, deleted content FAILED_PRECONDITION', async () => {
    const id = await uploadToDanube(randomBytes(1000), 'notes.bin');
    const outcome = {
      outsider: errorCode(await as('member@ng.test', TICKET, { id })),
      unknown: errorCode(await as('member@ro.test', TICKET, { id: randomUUID() })),
      malformed: errorCode(await as('member@ro.test', TICKET, { id: 'not-an-id' })),
      signedOut: (await gql(t.url, TICKET, { id })).errors?.[0].extensions?.['code'],
    };
    expect(outcome).toEqual({ outsider: 'NOT_FOUND', unknown: 'NOT_FOUND', malformed: 'NOT_FOUND', signedOut: 'UNAUTHENTICATED' });
    const url = await ticketFor('member@ro.test', id);
    expect((await as('liaison@ro.test', 'mutation($id: ID!) { deleteFile(id: $id, reason: "Uploaded in error") { state } }', { id })).data).toEqual({ deleteFile: { state: 'CONTENT_DELETED' } });
    const deleted = await as('member@ro.test', TICKET, { id });
    expect([errorCode(deleted), deleted.errors?.[0].message]).toEqual(['FAILED_PRECONDITION', expect.stringMatching(/^The content of this file was deleted on .* UTC: Uploaded in error$/)]);
    // A ticket issued before the deletion gets what a bearer download gets: 410.
    expect((await get(url)).status).toBe(410);
  });

  it('a used ticket is removed when used; the sweep removes unused ones past their expiry; a ticket still valid stays and still downloads', async () => {
    const id = await uploadToDanube(randomBytes(300), 'sweep.bin');
    const tickets = t.app.get(FileDownloadTickets);
    await tickets.deleteExpired(new Date(Date.now() + 120_000));
    expect(await ticketRows()).toBe(0);
    const used = await ticketFor('member@ro.test', id);
    expect((await get(used)).status).toBe(200);
    const unused = await ticketFor('member@ro.test', id);
    const valid = await ticketFor('member@ro.test', id);
    const digest = (url: string) => sha256(Buffer.from(new URL(url, t.url).searchParams.get('ticket')!));
    // The used ticket went when it was used; of the two unused ones, one is past its expiry.
    await t.db.query(`UPDATE file_download_tickets SET expires_at = now() - interval '1 second' WHERE token_sha256 = $1`, [digest(unused)]);
    const before = (await t.db.query('SELECT token_sha256 FROM file_download_tickets ORDER BY token_sha256')).map((r: { token_sha256: string }) => r.token_sha256);
    const removed = await tickets.deleteExpired(new Date());
    const left = (await t.db.query('SELECT token_sha256 FROM file_download_tickets')).map((r: { token_sha256: string }) => r.token_sha256);
    expect({ before, removed, left }).toEqual({ before: [digest(unused), digest(valid)].sort(), removed: 1, left: [digest(valid)] });
    expect((await get(valid)).status).toBe(200);
    expect((await get(unused)).status).toBe(404);
  });
});
