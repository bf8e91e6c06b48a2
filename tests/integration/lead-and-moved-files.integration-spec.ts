import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256, tusUpload } from '../support/file-uploads';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { connectSocket, errorCode, gql, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * Files on leads, files moved between records, and files of a deleted channel message, against the real API,
 * PostgreSQL and disk. The sample task force and sharing law (tests/support), with the shares the sharing engine
 * decides for them:
 *
 *   recruiters — NL-POL's, Danube Route; RO-DIOC reads it whole (ALLOW), BE-SIS redacted (victim data removed)
 *   brokers    — TH-AHTD's, Coastal Harvest; NG-NATA reads it whole
 *   organs     — RO-DIOC's, TLP:RED, no share
 *   barge      — NL-POL's, outside operations; SPF redacted (suspect data removed)
 *
 * A lead's files go with its free-text details: its originating agency and recipients whose share removes nothing
 * read them; a redacted recipient reads the lead without them; anyone else gets NOT_FOUND. Expected readers below are
 * written by hand from that list.
 */

const LEAD = { recruiters: LEADS.recruiters.summary, brokers: LEADS.brokers.summary, organs: LEADS.organs.summary, barge: LEADS.barge.summary } as const;
type LeadKey = keyof typeof LEAD;
const EMAIL = {
  coordinator: 'coordinator@nl.test',
  member: 'member@nl.test',
  liaison: 'liaison@ro.test',
  roAdmin: 'admin@ro.test',
  be: 'liaison@be.test',
  es: 'liaison@es.test',
  ngo: 'liaison@spf.test',
  iom: 'liaison@iom.test',
  analyst: 'analyst@europol.test',
  outsider: 'member@ng.test',
  th: 'coordinator@th.test',
  port: 'liaison@rpsa.test',
  admin: 'admin@jtf.test',
} as const;
type Who = keyof typeof EMAIL;
const WHO = Object.keys(EMAIL) as Who[];

/** Who uploads a file onto each lead (a person of its originating agency). */
const UPLOADER: Record<LeadKey, Who> = { recruiters: 'member', brokers: 'th', organs: 'liaison', barge: 'member' };
/** Who reads each lead's files. */
const FILE_READERS: Record<LeadKey, Who[]> = {
  recruiters: ['coordinator', 'member', 'liaison', 'roAdmin'],
  brokers: ['th', 'outsider'],
  organs: ['liaison', 'roAdmin'],
  barge: ['coordinator', 'member'],
};
/** Who reads the lead but, through a redacted share, not its files. */
const REDACTED_READERS: Record<LeadKey, Who[]> = { recruiters: ['be'], brokers: [], organs: [], barge: ['ngo'] };
/** Who sees a lead file's custody trail: the uploader's agency (a lead has no coordinators). */
const TRACERS: Record<LeadKey, Who[]> = { recruiters: ['coordinator', 'member'], brokers: ['th'], organs: ['liaison', 'roAdmin'], barge: ['coordinator', 'member'] };

const LIST = 'query($attachedTo: FileAttachmentInput!) { files(attachedTo: $attachedTo) { id } }';
const CUSTODY = 'query($id: ID!) { fileCustody(fileId: $id) { action sha256 actor { email } } }';
const REATTACH = 'mutation($input: ReattachFileInput!) { reattachFile(input: $input) { id attachedKind attachedId expiresAt } }';

describe('files on leads, moved files, files of deleted messages', () => {
  let t: TestApp;
  let dataDir: string;
  let f: FixtureBuilder;
  const token = {} as Record<Who, string>;
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, token[who]);
  const upload = (who: Who, bytes: Buffer, meta: Record<string, string>) => tusUpload(t.url, token[who], bytes, meta);
  const download = (who: Who, id: string) => fetch(`${t.url}/files/${id}`, { headers: { authorization: `Bearer ${token[who]}` } });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'taskforce-lead-files-'));
    t = await startTestApp({ TASKFORCE_DATA_DIR: dataDir, FILE_RETENTION_CHECK_SECONDS: '0', FILE_RETENTION_DAYS: '12' }, { demoData: false });
    f = new FixtureBuilder(t.db);
    await f.agency(...Object.values(AGENCIES));
    await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
    await f.operation(OPERATIONS.danube);
    await f.operation(OPERATIONS.coastal);
    await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
    await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
    await f.lead(LEADS.recruiters, LEADS.brokers, LEADS.organs, LEADS.barge);
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('users × leads × (list, download, custody): a lead file is read exactly by the readers of the whole lead', async () => {
    const ids = {} as Record<LeadKey, string>;
    const bytes = {} as Record<LeadKey, Buffer>;
    for (const lead of Object.keys(LEAD) as LeadKey[]) {
      bytes[lead] = randomBytes(500);
      const up = await upload(UPLOADER[lead], bytes[lead], { filename: `${lead}.bin`, attachedKind: 'LEAD', attachedId: f.leads[LEAD[lead]], tlp: 'RED' });
      expect([lead, up.status, up.headers.get('x-file-sha256')]).toEqual([lead, 204, sha256(bytes[lead])]);
      ids[lead] = up.id!;
    }
    const outcome: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const lead of Object.keys(LEAD) as LeadKey[]) {
      for (const who of WHO) {
        const list = await as(who, LIST, { attachedTo: { kind: 'LEAD', id: f.leads[LEAD[lead]] } });
        const got = await download(who, ids[lead]);
        const body = got.status === 200 ? sha256(Buffer.from(await got.arrayBuffer())) : got.status;
        const custody = await as(who, CUSTODY, { id: ids[lead] });
        outcome[`${lead} ${who}`] = [list.errors ? errorCode(list) : list.data!.files.map((x: { id: string }) => x.id), body, custody.errors ? errorCode(custody) : 'trail'];
        const reads = FILE_READERS[lead].includes(who);
        const redacted = REDACTED_READERS[lead].includes(who);
        expected[`${lead} ${who}`] = [reads ? [ids[lead]] : redacted ? [] : 'NOT_FOUND', reads ? sha256(bytes[lead]) : 404, reads ? (TRACERS[lead].includes(who) ? 'trail' : 'FORBIDDEN') : 'NOT_FOUND'];
      }
    }
    expect(outcome).toEqual(expected);
    // A lead outside operations keeps its files FILE_RETENTION_DAYS (12 here); one in an operation, the operation's 28.
    const kept = await t.db.query(`SELECT attached_id, round(extract(epoch FROM expires_at - uploaded_at) / 86400)::int AS days FROM evidence_files WHERE id = ANY($1::uuid[])`, [[ids.barge, ids.recruiters]]);
    expect(Object.fromEntries(kept.map((r: { attached_id: string; days: number }) => [r.attached_id, r.days]))).toEqual({ [f.leads[LEAD.barge]]: 12, [f.leads[LEAD.recruiters]]: 28 });

    // A revoked share takes the files away with the lead.
    const [share] = await t.db.query(`SELECT id FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2`, [f.leads[LEAD.recruiters], f.agencies['RO-DIOC']]);
    expect(errorCode(await as('coordinator', 'mutation($id: ID!) { revokeLeadShare(shareId: $id) { id } }', { id: share.id }))).toBeUndefined();
    expect((await download('liaison', ids.recruiters)).status).toBe(404);
    expect(errorCode(await as('liaison', LIST, { attachedTo: { kind: 'LEAD', id: f.leads[LEAD.recruiters] } }))).toBe('NOT_FOUND');
  });

  it('only the originating agency attaches files to a lead, and not once it is closed', async () => {
    const bytes = randomBytes(20);
    const meta = (lead: LeadKey) => ({ filename: 'x.bin', attachedKind: 'LEAD', attachedId: f.leads[LEAD[lead]] });
    const tries = {
      'whole-lead recipient': (await upload('outsider', bytes, meta('brokers'))).status,
      'redacted recipient': (await upload('ngo', bytes, meta('barge'))).status,
      'agency without the lead': (await upload('port', bytes, meta('organs'))).status,
      'unknown lead': (await upload('member', bytes, { ...meta('barge'), attachedId: randomUUID() })).status,
    };
    expect(tries).toEqual({ 'whole-lead recipient': 412, 'redacted recipient': 404, 'agency without the lead': 404, 'unknown lead': 404 });
    await t.db.query(`UPDATE leads SET status = 'CLOSED' WHERE id = $1`, [f.leads[LEAD.organs]]);
    try {
      const closed = await upload('liaison', bytes, meta('organs'));
      expect([closed.status, JSON.parse(closed.body)]).toEqual([412, { code: 'FAILED_PRECONDITION', message: 'The lead is closed: it is read-only' }]);
    } finally {
      await t.db.query(`UPDATE leads SET status = 'NEW' WHERE id = $1`, [f.leads[LEAD.organs]]);
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM evidence_files WHERE name = 'x.bin'`))[0].n).toBe(0);
  });

  it("a file moved by its uploader is read by the new record's readers; the move is in the custody trail", async () => {
    const danube = f.operations[OPERATIONS.danube.name];
    const task = await as('coordinator', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
      input: { operationId: danube, title: 'Collect the payroll', assigneeAgencyId: f.agencies['RO-DIOC'], pillar: 'PROSECUTION', priority: 'MEDIUM' },
    });
    const request = await as('liaison', 'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id } }', {
      input: { operationId: danube, toAgencyId: f.agencies['NL-POL'], subject: 'Payroll', body: 'The payroll we seized', priority: 'HIGH' },
    });
    const taskId = task.data!.createTask.id as string;
    const requestId = request.data!.sendInformationRequest.id as string;
    const bytes = randomBytes(1000);
    const up = await upload('liaison', bytes, { filename: 'payroll.bin', attachedKind: 'TASK', attachedId: taskId });
    expect((await download('be', up.id!)).status).toBe(200);

    const move = (who: Who, kind: string, id: string) => as(who, REATTACH, { input: { fileId: up.id, attachedTo: { kind, id } } });
    // Someone else who reads it may not move it; someone who does not read it gets NOT_FOUND; no move onto a record out of reach.
    expect([errorCode(await move('coordinator', 'INFORMATION_REQUEST', requestId)), errorCode(await move('outsider', 'INFORMATION_REQUEST', requestId))]).toEqual(['FORBIDDEN', 'NOT_FOUND']);
    expect(errorCode(await move('liaison', 'LEAD', f.leads[LEAD.barge]))).toBe('NOT_FOUND');
    expect(errorCode(await move('liaison', 'OPERATION', f.operations[OPERATIONS.coastal.name]))).toBe('NOT_FOUND');

    const moved = await move('liaison', 'INFORMATION_REQUEST', requestId);
    expect(moved.data!.reattachFile).toMatchObject({ id: up.id, attachedKind: 'INFORMATION_REQUEST', attachedId: requestId });
    // The request is read by its two agencies and the coordinator: BE-SIS, which read the task, no longer reads the file.
    const status = Object.fromEntries((['be', 'member', 'roAdmin', 'coordinator'] as Who[]).map((who) => [who, 0]));
    for (const who of Object.keys(status) as Who[]) status[who] = (await download(who, up.id!)).status;
    expect(status).toEqual({ be: 404, member: 200, roAdmin: 200, coordinator: 200 });
    const trail = await as('liaison', CUSTODY, { id: up.id });
    expect(trail.data!.fileCustody.map((e: { action: string; sha256: string; actor: { email: string } }) => [e.action, e.sha256, e.actor.email])).toEqual([
      ['FILE_UPLOADED', sha256(bytes), 'liaison@ro.test'],
      ['FILE_DOWNLOADED', sha256(bytes), 'liaison@be.test'],
      ['FILE_REATTACHED', sha256(bytes), 'liaison@ro.test'],
      ...(['member', 'roAdmin', 'coordinator'] as Who[]).map((who) => ['FILE_DOWNLOADED', sha256(bytes), EMAIL[who]]),
    ]);
    // The trail says where the file came from and went to.
    const moves = await as('liaison', 'query($id: ID!) { fileCustody(fileId: $id) { action movedFrom { kind id } movedTo { kind id } } }', { id: up.id });
    expect(moves.data!.fileCustody.filter((e: { action: string }) => e.action === 'FILE_REATTACHED')).toEqual([
      { action: 'FILE_REATTACHED', movedFrom: { kind: 'TASK', id: taskId }, movedTo: { kind: 'INFORMATION_REQUEST', id: requestId } },
    ]);
    const [{ details }] = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'FILE_REATTACHED' AND subject_id = $1`, [up.id]);
    expect([details.from, details.to]).toEqual([
      { kind: 'TASK', id: taskId, operationId: danube },
      { kind: 'INFORMATION_REQUEST', id: requestId, operationId: danube },
    ]);

    // A lead's file never leaves the lead by a move, even for its uploader.
    const onLead = await upload('member', randomBytes(10), { filename: 'lead.bin', attachedKind: 'LEAD', attachedId: f.leads[LEAD.recruiters] });
    const off = await as('member', REATTACH, { input: { fileId: onLead.id, attachedTo: { kind: 'OPERATION', id: danube } } });
    expect(errorCode(off)).toBe('FORBIDDEN');
  });

  it("a deleted message's files stay with its author's agency and the coordinators", async () => {
    const danube = f.operations[OPERATIONS.danube.name];
    const message = await as('be', 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }', { input: { operationId: danube, body: 'Photos from the farm' } });
    const messageId = message.data!.postOperationMessage.id as string;
    const up = await upload('be', randomBytes(64), { filename: 'farm.jpg', attachedKind: 'OPERATION_MESSAGE', attachedId: messageId });
    expect((await download('member', up.id!)).status).toBe(200);
    expect(errorCode(await as('be', 'mutation($id: ID!) { deleteOperationMessage(id: $id) { id } }', { id: messageId }))).toBeUndefined();
    const status = Object.fromEntries((['be', 'coordinator', 'member', 'liaison', 'es'] as Who[]).map((who) => [who, 0]));
    for (const who of Object.keys(status) as Who[]) status[who] = (await download(who, up.id!)).status;
    expect(status).toEqual({ be: 200, coordinator: 200, member: 404, liaison: 404, es: 404 });
    const listed = await as('member', LIST, { attachedTo: { kind: 'OPERATION_MESSAGE', id: messageId } });
    expect(listed.data!.files).toEqual([]);
    // Its uploader cannot move it back into the operation's view: a deleted message's files stay where they are.
    const moved = await as('be', REATTACH, { input: { fileId: up.id, attachedTo: { kind: 'OPERATION', id: danube } } });
    expect(errorCode(moved)).toBe('FAILED_PRECONDITION');
    expect((await download('member', up.id!)).status).toBe(404);
  });

  it('users × records × socket: file.changed reaches exactly the readers of the files, ids only', async () => {
    const danube = f.operations[OPERATIONS.danube.name];
    const sockets = await Promise.all(WHO.map((who) => connectSocket(t.url, token[who])));
    const seen = Object.fromEntries(WHO.map((who, i) => [who, recordEvents(sockets[i], ['file.changed'])])) as Record<Who, Array<{ name: string; payload: any }>>;
    try {
      const task = await as('coordinator', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
        input: { operationId: danube, title: 'Trace the transfers', assigneeAgencyId: f.agencies['RO-DIOC'], pillar: 'PROSECUTION', priority: 'LOW' },
      });
      const request = await as('liaison', 'mutation($input: SendInformationRequestInput!) { sendInformationRequest(input: $input) { id } }', {
        input: { operationId: danube, toAgencyId: f.agencies['NL-POL'], subject: 'Transfers', body: 'Account statements', priority: 'LOW' },
      });
      const taskId = task.data!.createTask.id as string;
      const requestId = request.data!.sendInformationRequest.id as string;
      const onBrokers = await upload('th', randomBytes(30), { filename: 'brokers.bin', attachedKind: 'LEAD', attachedId: f.leads[LEAD.brokers] });
      const onBarge = await upload('member', randomBytes(30), { filename: 'barge.bin', attachedKind: 'LEAD', attachedId: f.leads[LEAD.barge] });
      const onTask = await upload('liaison', randomBytes(30), { filename: 'transfers.bin', attachedKind: 'TASK', attachedId: taskId });
      expect(errorCode(await as('liaison', REATTACH, { input: { fileId: onTask.id, attachedTo: { kind: 'INFORMATION_REQUEST', id: requestId } } }))).toBeUndefined();
      // Readers, by hand: brokers — TH-AHTD and NG-NATA; barge — NL-POL (SPF's share is redacted); the task — every
      // agency of Danube Route; the request — RO-DIOC, NL-POL and the coordinator (NL-POL).
      const danubePeople: Who[] = ['coordinator', 'member', 'liaison', 'roAdmin', 'be', 'es', 'ngo', 'iom', 'analyst'];
      const requestPeople: Who[] = ['coordinator', 'member', 'liaison', 'roAdmin'];
      const expected = Object.fromEntries(WHO.map((who) => [who, [] as string[]])) as Record<Who, string[]>;
      const add = (people: Who[], event: string) => people.forEach((who) => expected[who].push(event));
      add(['th', 'outsider'], `${onBrokers.id} ATTACHED LEAD`);
      add(['coordinator', 'member'], `${onBarge.id} ATTACHED LEAD`);
      add(danubePeople, `${onTask.id} ATTACHED TASK`);
      add(danubePeople, `${onTask.id} DETACHED TASK`);
      add(requestPeople, `${onTask.id} ATTACHED INFORMATION_REQUEST`);
      const count = (who: Who) => seen[who].length;
      await waitFor(() => WHO.every((who) => count(who) >= expected[who].length), 5000, 'every reader told');
      await new Promise((r) => setTimeout(r, 300));
      const got = Object.fromEntries(WHO.map((who) => [who, seen[who].map((e) => `${e.payload.fileId} ${e.payload.change} ${e.payload.attachedKind}`).sort()]));
      expect(got).toEqual(Object.fromEntries(WHO.map((who) => [who, expected[who].sort()])));
      // Nothing but ids and the change: never the name or the markings.
      expect(Object.keys(seen.th[0].payload).sort()).toEqual(['attachedId', 'attachedKind', 'change', 'fileId', 'operationId']);
    } finally {
      sockets.forEach((socket) => socket.close());
    }
  });
});
