import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig } from '@taskforce/api-core';
import { downloadTicketKey, signDownloadTicket } from '@taskforce/api-files';
import { sha256, tusUpload } from '../support/file-uploads';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Download tickets against the real API, PostgreSQL and disk: how a browser saves an evidence file straight to disk.
 * A reader asks GraphQL `createFileDownloadTicket` for a one-time address and GETs it without other credentials. The
 * task force (sample catalogue): Danube Route with NL-POL (coordinator@nl.test coordinates), RO-DIOC, BE-SIS;
 * member@ng.test is outside it. Expected SHA-256 values are computed here from the bytes sent.
 */

const PEOPLE_IN = ['coordinator@nl.test', 'liaison@ro.test', 'member@ro.test', 'liaison@be.test', 'member@ng.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

const TICKET = 'mutation($id: ID!) { createFileDownloadTicket(id: $id) { url expiresAt } }';
const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action clientAddress sha256 actor { email } agency { acronym } } }';

describe('evidence files: download tickets', () => {
  let t: TestApp;
  let dataDir: string;
  const token = {} as Record<Person, string>;
  let agency: Record<string, string>;
  let danube: string;
  const as = (who: Person, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[who]);
  const ticketFor = async (who: Person, id: string): Promise<string> => {
    const res = await as(who, TICKET, { id });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createFileDownloadTicket.url as string;
  };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  const uploadToDanube = async (bytes: Buffer, name: string) => {
    const up = await tusUpload(t.url, token['liaison@ro.test'], bytes, { filename: name, attachedKind: 'OPERATION', attachedId: danube });
    expect(up.status).toBe(204);
    return up.id!;
  };
  /** The claims of an access token (not verified: the test only reads its own). */
  const claimsOf = (who: Person) => JSON.parse(Buffer.from(token[who].split('.')[1], 'base64url').toString()) as { sub: string; sid: string };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'taskforce-tickets-'));
    t = await startTestApp({ TASKFORCE_DATA_DIR: dataDir, FILE_RETENTION_CHECK_SECONDS: '0' }, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['NG-NATA']);
    await f.person(...PEOPLE_IN.map((email) => PEOPLE[email]));
    await f.operation({ ...OPERATIONS.danube, agencies: ['RO-DIOC', 'BE-SIS'], participants: [] });
    for (const who of PEOPLE_IN) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    agency = f.agencies;
    danube = f.operations[OPERATIONS.danube.name];
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

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

  it('a forged, altered, expired or other file\'s ticket, or one from an ended session, is answered as an unknown file', async () => {
    const id = await uploadToDanube(randomBytes(1000), 'ledger.bin');
    const other = await uploadToDanube(randomBytes(1000), 'photos.bin');
    const url = await ticketFor('liaison@be.test', id);
    const ticket = new URL(url, t.url).searchParams.get('ticket')!;
    const [userId, sessionId, expires, ticketId, mac] = ticket.split('.');
    const key = downloadTicketKey(t.app.get(AppConfig).JWT_SECRET!);
    const be = claimsOf('liaison@be.test');
    const coordinator = claimsOf('coordinator@nl.test');
    const flipped = `${mac.slice(0, -2)}${mac.endsWith('AA') ? 'AB' : 'AA'}`;
    const refused: Record<string, string> = {
      'another file': `/files/${other}?ticket=${ticket}`,
      'altered signature': `/files/${id}?ticket=${[userId, sessionId, expires, ticketId, flipped].join('.')}`,
      'another person named': `/files/${id}?ticket=${[coordinator.sub, coordinator.sid, expires, ticketId, mac].join('.')}`,
      'later expiry': `/files/${id}?ticket=${[userId, sessionId, Number(expires) + 60_000, ticketId, mac].join('.')}`,
      'another key': `/files/${id}?ticket=${signDownloadTicket(randomBytes(32), { fileId: id, userId: be.sub, sessionId: be.sid, expiresAt: Date.now() + 60_000, ticketId: randomUUID() })}`,
      expired: `/files/${id}?ticket=${signDownloadTicket(key, { fileId: id, userId: be.sub, sessionId: be.sid, expiresAt: Date.now() - 1, ticketId: randomUUID() })}`,
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
    expect((await as('liaison@ro.test', 'mutation($id: ID!) { deleteFile(id: $id) { state } }', { id })).data).toEqual({ deleteFile: { state: 'CONTENT_DELETED' } });
    const deleted = await as('member@ro.test', TICKET, { id });
    expect([errorCode(deleted), deleted.errors?.[0].message]).toEqual(['FAILED_PRECONDITION', expect.stringMatching(/^The content of this file was deleted on .* UTC: deleted by a person$/)]);
    // A ticket issued before the deletion gets what a bearer download gets: 410.
    expect((await get(url)).status).toBe(410);
  });
});
