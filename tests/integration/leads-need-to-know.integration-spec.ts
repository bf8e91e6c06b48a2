import { AuthUser } from '@taskforce/api-core';
import { LeadReadsService, LeadService, LeadShareReviewService, LeadSharingService } from '@taskforce/api-leads';
import { Pillar, Role, TaskPriority } from '@taskforce/domain';
import { randomUUID } from 'node:crypto';
import { Socket } from 'socket.io-client';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * The proofs of lead sharing, on the task force, sharing law, leads and tasks built in `taskForce` below (agencies,
 * people, operations and leads from the sample task force, tests/support/sample-task-force.ts):
 *
 *   recruiters — NL-POL's, Danube Route, status UNDER_ASSESSMENT; ACTIVE shares RO-DIOC (whole), BE-SIS (no victim data)
 *   brokers    — TH-AHTD's, Coastal Harvest, status NEW; ACTIVE share NG-NATA
 *   organs     — RO-DIOC's, TLP:RED naming ES-BIP (not shared), status NEW; one potential victim
 *   barge      — NL-POL's, no operation, status ACTIONED; ACTIVE share SPF (no suspect data)
 *
 * Readers: originating agency + ACTIVE share holders, nobody else (platform admins included).
 */

const LEAD = {
  recruiters: 'Recruiters moving Romanian women through Rotterdam to Valencia',
  brokers: 'Brokers recruiting Nigerian deckhands for long-haul fishing vessels',
  organs: 'Kidney sale offers to indebted workers, surgery arranged in Spain',
  barge: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria',
} as const;
type LeadKey = keyof typeof LEAD;
const LEAD_KEYS = Object.keys(LEAD) as LeadKey[];

const EMAIL = {
  coordinator: 'coordinator@nl.test', // NL-POL, COORDINATOR of Danube Route
  member: 'member@nl.test', // NL-POL, MEMBER
  nlAnalyst: 'analyst@nl.test', // NL-POL, ANALYST
  nlLiaison: 'liaison@nl.test', // NL-POL, LIAISON_OFFICER
  liaison: 'liaison@ro.test', // RO-DIOC, LIAISON_OFFICER
  roMember: 'member@ro.test', // RO-DIOC, MEMBER
  be: 'liaison@be.test', // BE-SIS
  es: 'liaison@es.test', // ES-BIP
  ngo: 'liaison@spf.test', // SPF
  iom: 'liaison@iom.test', // IOM
  analyst: 'analyst@europol.test', // Europol
  outsider: 'member@ng.test', // NG-NATA
  th: 'coordinator@th.test', // TH-AHTD, COORDINATOR of Coastal Harvest
  port: 'liaison@rpsa.test', // RPSA
  admin: 'admin@jtf.test', // JTF-SEC, PLATFORM_ADMIN
} as const;
type Who = keyof typeof EMAIL;
const WHO = Object.keys(EMAIL) as Who[];

const READS: Record<Who, LeadKey[]> = {
  coordinator: ['recruiters', 'barge'],
  member: ['recruiters', 'barge'],
  nlAnalyst: ['recruiters', 'barge'],
  nlLiaison: ['recruiters', 'barge'],
  liaison: ['recruiters', 'organs'],
  roMember: ['recruiters', 'organs'],
  be: ['recruiters'],
  es: [],
  ngo: ['barge'],
  iom: [],
  analyst: [],
  outsider: ['brokers'],
  th: ['brokers'],
  port: [],
  admin: [],
};

/** Danube Route and Coastal Harvest, the sharing law that decides the shares, the four leads and three tasks. */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(...Object.values(AGENCIES));
  await f.person(...Object.values(EMAIL).map((email) => PEOPLE[email]));
  await f.operation(OPERATIONS.danube);
  await f.operation(OPERATIONS.coastal);
  await f.task(
    { title: 'Request bank records of the recruitment agency', operation: 'Joint Operation Danube Route', by: EMAIL.coordinator, to: 'RO-DIOC', person: EMAIL.liaison, pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT },
    { title: 'Joint inspection of seasonal farms in West Flanders', operation: 'Joint Operation Danube Route', by: EMAIL.coordinator, to: 'BE-SIS', pillar: Pillar.PROSECUTION },
    { title: 'Identify vessels named in recruitment reports', operation: 'Joint Operation Coastal Harvest', by: EMAIL.th, to: 'TH-AHTD', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH },
  );
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU'], AGREEMENTS['NL-TH-PILOT']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead(LEADS.recruiters, LEADS.brokers, LEADS.organs, LEADS.barge);
}

/** Responses compared without `locations` (the query text differs only by the id). */
const comparable = (res: GqlResponse<any>) => ({ ...res, errors: res.errors?.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })) });

describe('leads: need-to-know over users, leads and paths', () => {
  let t: TestApp;
  const token = {} as Record<Who, string>;
  const leadId = {} as Record<LeadKey, string>;
  const agencyId: Record<string, string> = {};
  const userId: Record<string, string> = {};
  const sockets: Socket[] = [];
  const as = (who: Who, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const taskId = async (title: string): Promise<string> => (await t.db.query('SELECT id FROM tasks WHERE title = $1', [title]))[0].id;
  const refusals = async (subjectId: string): Promise<number> => Number((await t.db.query(`SELECT count(*) FROM audit_entries WHERE action = 'ACCESS_REFUSED' AND subject_id = $1`, [subjectId]))[0].count);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    for (const who of WHO) token[who] = await login(t.url, EMAIL[who], FIXTURE_PASSWORD);
    for (const a of await t.db.query('SELECT id, acronym FROM agencies')) agencyId[a.acronym] = a.id;
    for (const u of await t.db.query('SELECT id, email FROM users')) userId[u.email] = u.id;
    const rows: Array<{ id: string; summary: string }> = await t.db.query('SELECT id, summary FROM leads');
    for (const key of LEAD_KEYS) leadId[key] = rows.find((r) => r.summary === LEAD[key])!.id;
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await t.close();
  });

  describe('matrix: users × leads × search and socket events', () => {
    const cells = WHO.flatMap((who) => LEAD_KEYS.map((lead) => [who, lead] as [Who, LeadKey]));

    it.each(cells)('%s × %s: searching the summary finds the lead exactly when readable', async (who, lead) => {
      const res = await as(who, 'query($text: String!) { searchLeads(text: $text) { id } searchLeadCount(text: $text) }', { text: LEAD[lead] });
      expect(res.errors).toBeUndefined();
      const expected = READS[who].includes(lead) ? [leadId[lead]] : [];
      expect(res.data!.searchLeads.map((l: { id: string }) => l.id)).toEqual(expected);
      expect(res.data!.searchLeadCount).toBe(expected.length);
    });

    it('lead.changed reaches exactly the sockets of agencies that may read each lead, with nothing but id, change and readable', async () => {
      const seen = {} as Record<Who, Array<{ name: string; payload: any }>>;
      for (const who of WHO) {
        const socket = await connectSocket(t.url, token[who]);
        sockets.push(socket);
        seen[who] = recordEvents(socket, ['lead.changed']);
      }
      const moves: Array<[Who, LeadKey, string]> = [
        ['coordinator', 'recruiters', 'ACTIONED'],
        ['th', 'brokers', 'UNDER_ASSESSMENT'],
        ['liaison', 'organs', 'UNDER_ASSESSMENT'],
        ['nlAnalyst', 'barge', 'CLOSED'],
      ];
      for (const [who, lead, status] of moves) {
        const res = await as(who, 'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { status version } }', { input: { id: leadId[lead], expectedVersion: 1, status } });
        expect(res.data!.updateLead).toEqual({ status, version: 2 });
      }
      for (const who of WHO) await waitFor(() => seen[who].length >= READS[who].length, 5000, `lead.changed for ${who}`);
      for (const who of WHO) {
        const expected = READS[who].map((k) => ({ leadId: leadId[k], change: 'UPDATED', readable: true }));
        expect([...seen[who].map((e) => e.payload)].sort((a, b) => a.leadId.localeCompare(b.leadId))).toEqual(expected.sort((a, b) => a.leadId.localeCompare(b.leadId)));
      }
    });
  });

  describe('updateLead', () => {
    const UPDATE = 'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { status version summary } }';

    it('version-checked: a stale version gives CONFLICT and changes nothing; moves outside the table are refused naming the field', async () => {
      const stale = await as('coordinator', UPDATE, { input: { id: leadId.recruiters, expectedVersion: 1, summary: 'Overwritten summary' } });
      expect(errorCode(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2, currentStatus: 'ACTIONED' });
      const back = await as('coordinator', UPDATE, { input: { id: leadId.recruiters, expectedVersion: 2, status: 'NEW' } });
      expect(back.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'status', message: 'cannot move a lead from ACTIONED to NEW' }] });
      const [row] = await t.db.query('SELECT summary, status, version FROM leads WHERE id = $1', [leadId.recruiters]);
      expect(row).toEqual({ summary: LEAD.recruiters, status: 'ACTIONED', version: 2 });
    });

    it('the originator edits; recipients and readers see the change; audited with the fields changed', async () => {
      const res = await as('nlLiaison', UPDATE, { input: { id: leadId.recruiters, expectedVersion: 2, status: 'CLOSED', details: 'Closed after the joint action day.' } });
      expect(res.data!.updateLead).toEqual({ status: 'CLOSED', version: 3, summary: LEAD.recruiters });
      expect((await as('liaison', `{ lead(id: "${leadId.recruiters}") { status details } }`)).data!.lead).toEqual({ status: 'CLOSED', details: 'Closed after the joint action day.' });
      const [entry] = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'LEAD_UPDATED' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`, [leadId.recruiters]);
      expect(entry.details).toEqual({ leadId: leadId.recruiters, fields: ['status', 'details'], version: 3, fromStatus: 'ACTIONED', toStatus: 'CLOSED' });
    });

    it('editing a lead shared read-only is FORBIDDEN and changes nothing; a member may not edit', async () => {
      const before = await t.db.query('SELECT summary, details, status, version FROM leads WHERE id = $1', [leadId.recruiters]);
      for (const who of ['be', 'liaison', 'member'] as Who[]) {
        const res = await as(who, UPDATE, { input: { id: leadId.recruiters, expectedVersion: 3, summary: 'Taken over by a recipient', status: 'UNDER_ASSESSMENT' } });
        expect(errorCode(res)).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      expect(await t.db.query('SELECT summary, details, status, version FROM leads WHERE id = $1', [leadId.recruiters])).toEqual(before);
    });
  });

  describe("acting on another agency's object by id: NOT_FOUND, identical to an unknown id, and the attempt audited", () => {
    it('update, share, preview, reveal', async () => {
      const [victim] = await t.db.query(`SELECT id FROM lead_persons WHERE lead_id = $1 AND role = 'POTENTIAL_VICTIM'`, [leadId.organs]);
      const probes: Array<[string, string, (id: string) => Record<string, unknown>, string]> = [
        ['updateLead', 'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id } }', (id) => ({ input: { id, expectedVersion: 2, status: 'CLOSED' } }), leadId.organs],
        ['shareLead', 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id } }', (id) => ({ input: { leadId: id, recipientAgencyIds: [agencyId['NL-POL']], purpose: 'INVESTIGATION' } }), leadId.organs],
        ['previewLeadShare', 'query($input: ShareLeadInput!) { previewLeadShare(input: $input) { outcome } }', (id) => ({ input: { leadId: id, recipientAgencyIds: [agencyId['NL-POL']], purpose: 'INVESTIGATION' } }), leadId.organs],
        ['revealPotentialVictim', 'mutation($input: RevealPotentialVictimInput!) { revealPotentialVictim(input: $input) { fullName } }', (id) => ({ input: { personId: id, reason: 'probing another agency' } }), victim.id],
      ];
      for (const [name, query, vars, target] of probes) {
        for (const who of ['coordinator', 'es', 'admin'] as Who[]) {
          const refusedBefore = await refusals(target);
          const forbidden = await as(who, query, vars(target));
          const unknown = await as(who, query, vars(randomUUID()));
          expect([name, errorCode(forbidden)]).toEqual([name, 'NOT_FOUND']);
          expect(comparable(forbidden)).toEqual(comparable(unknown));
          expect(await refusals(target)).toBe(refusedBefore + 1);
        }
      }
    });

    it("approval and revocation of another agency's share", async () => {
      const [share] = await t.db.query(`SELECT id FROM lead_shares WHERE lead_id = $1 AND status = 'ACTIVE'`, [leadId.brokers]);
      const probes: Array<[string, (id: string) => Record<string, unknown>]> = [
        ['mutation($input: DecideLeadShareApprovalInput!) { decideLeadShareApproval(input: $input) { id } }', (id) => ({ input: { shareId: id, approve: true, reason: 'probing' } })],
        ['mutation($id: ID!) { revokeLeadShare(shareId: $id) { id } }', (id) => ({ id })],
      ];
      for (const [query, vars] of probes) {
        for (const who of ['liaison', 'outsider', 'admin'] as Who[]) {
          const refusedBefore = await refusals(share.id);
          const forbidden = await as(who, query, vars(share.id));
          const unknown = await as(who, query, vars(randomUUID()));
          expect(forbidden.errors![0].message).toBe('Lead share not found');
          expect(comparable(forbidden)).toEqual(comparable(unknown));
          expect(await refusals(share.id)).toBe(refusedBefore + 1);
        }
      }
      const [row] = await t.db.query('SELECT status FROM lead_shares WHERE id = $1', [share.id]);
      expect(row.status).toBe('ACTIVE');
    });

    it('linking a task to a lead the coordinator cannot read is NOT_FOUND like an unknown lead; an invisible task is NOT_FOUND too', async () => {
      const LINK = 'mutation($input: LinkTaskToLeadInput!) { linkTaskToLead(input: $input) { id } }';
      const coastal = await taskId('Identify vessels named in recruitment reports');
      const forbidden = await as('th', LINK, { input: { taskId: coastal, leadId: leadId.recruiters } });
      const unknown = await as('th', LINK, { input: { taskId: coastal, leadId: randomUUID() } });
      expect(forbidden.errors![0].message).toBe('Lead not found');
      expect(comparable(forbidden)).toEqual(comparable(unknown));
      const invisible = await as('coordinator', LINK, { input: { taskId: coastal, leadId: leadId.recruiters } });
      const unknownTask = await as('coordinator', LINK, { input: { taskId: randomUUID(), leadId: leadId.recruiters } });
      expect(invisible.errors![0].message).toBe('Task not found');
      expect(comparable(invisible)).toEqual(comparable(unknownTask));
      const [task] = await t.db.query('SELECT lead_id FROM tasks WHERE id = $1', [coastal]);
      expect(task.lead_id).toBeNull();
    });
  });

  describe('a task linked to a lead some of the operation cannot read', () => {
    const TASK = 'query($id: ID!) { task(id: $id) { title lead { summary details persons { role } } comments { body } } }';
    const TITLE = 'Joint inspection of seasonal farms in West Flanders'; // Danube Route, assigned to BE-SIS

    it('is linked by the coordinator (who reads the lead), audited; only members of the operation see it in linkedTasks', async () => {
      const res = await as('coordinator', 'mutation($input: LinkTaskToLeadInput!) { linkTaskToLead(input: $input) { id title } }', { input: { taskId: await taskId(TITLE), leadId: leadId.barge } });
      expect(res.data!.linkTaskToLead.title).toBe(TITLE);
      expect(errorCode(await as('be', 'mutation($input: LinkTaskToLeadInput!) { linkTaskToLead(input: $input) { id } }', { input: { taskId: await taskId(TITLE), leadId: leadId.recruiters } }))).toBe('FORBIDDEN');
      const [entry] = await t.db.query(`SELECT details FROM audit_entries WHERE action = 'TASK_LEAD_LINKED' ORDER BY seq DESC LIMIT 1`);
      expect(entry.details).toMatchObject({ leadId: leadId.barge, taskId: await taskId(TITLE) });
      const linked = `{ lead(id: "${leadId.barge}") { linkedTasks { title } } }`;
      expect((await as('coordinator', linked)).data!.lead.linkedTasks).toEqual([{ title: TITLE }]);
      expect((await as('ngo', linked)).data!.lead.linkedTasks).toEqual([{ title: TITLE }]);
    });

    it('the assignee agency sees the task and its comments, the lead field is null, and comment notifications carry no lead text', async () => {
      const id = await taskId(TITLE);
      const comment = await as('be', 'mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id } }', { input: { taskId: id, body: 'Inspection planned for Tuesday.' } });
      expect(comment.errors).toBeUndefined();
      const be = await as('be', TASK, { id });
      expect(be.errors).toBeUndefined();
      expect(be.data!.task).toEqual({ title: TITLE, lead: null, comments: [{ body: 'Inspection planned for Tuesday.' }] });
      const ro = await as('liaison', TASK, { id });
      expect(ro.data!.task.lead).toBeNull();
      // SPF reads the barge lead without suspect data; the coordinator reads it whole.
      const spf = await as('ngo', TASK, { id });
      expect(spf.data!.task.lead).toEqual({ summary: LEAD.barge, details: 'removed: suspect personal data — rule NGO-1', persons: [{ role: 'POTENTIAL_VICTIM' }] });
      expect((await as('coordinator', TASK, { id })).data!.task.lead.persons.map((p: any) => p.role)).toEqual(['SUSPECT', 'POTENTIAL_VICTIM']);
      // Nothing of the lead in any notification about the task.
      const notes = await t.db.query('SELECT title, body FROM notifications WHERE task_id = $1', [id]);
      expect(notes.length).toBeGreaterThan(0);
      expect(JSON.stringify(notes)).not.toMatch(/barge|Dekkers|skipper|Rotterdam-registered/i);
      expect(errorCode(await as('th', TASK, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await as('be', `{ lead(id: "${leadId.barge}") { linkedTasks { title } } }`))).toBe('NOT_FOUND');
    });

    it('a link or unlink raises the task’s version (an edit on the old one is CONFLICT), boards hear task.changed EDITED, and the history every member reads does not mention it', async () => {
      const id = await taskId(TITLE);
      const [{ operation_id: operationId }] = await t.db.query('SELECT operation_id FROM tasks WHERE id = $1', [id]);
      const VERSION = 'query($id: ID!) { task(id: $id) { version history { action detail } } }';
      const before = (await as('coordinator', VERSION, { id })).data!.task;
      const board = await connectSocket(t.url, token.be);
      sockets.push(board);
      expect(await board.timeout(5000).emitWithAck('operation:watch', { operationId })).toEqual({ ok: true });
      const events = recordEvents(board, ['task.changed']);
      const unlink = await as('coordinator', 'mutation($id: ID!) { unlinkTaskFromLead(taskId: $id) { id } }', { id });
      expect(unlink.errors).toBeUndefined();
      const relink = await as('coordinator', 'mutation($input: LinkTaskToLeadInput!) { linkTaskToLead(input: $input) { id } }', { input: { taskId: id, leadId: leadId.barge } });
      expect(relink.errors).toBeUndefined();
      const after = (await as('coordinator', VERSION, { id })).data!.task;
      expect(after.version).toBe(before.version + 2);
      expect(after.history).toEqual(before.history);
      await waitFor(() => events.length >= 2, 5000, 'task.changed for the link and unlink');
      expect(events.map((e) => [e.payload.taskId, e.payload.change, e.payload.version])).toEqual([
        [id, 'EDITED', before.version + 1],
        [id, 'EDITED', before.version + 2],
      ]);
      const stale = await as('coordinator', 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { version } }', { input: { taskId: id, expectedVersion: before.version, title: TITLE + ' (stale)' } });
      expect(errorCode(stale)).toBe('CONFLICT');
      const [row] = await t.db.query('SELECT title, lead_id FROM tasks WHERE id = $1', [id]);
      expect(row).toEqual({ title: TITLE, lead_id: leadId.barge });
    });

    it('unlinking: the same NOT_FOUND for no link and for a link to a lead the coordinator cannot read', async () => {
      const UNLINK = 'mutation($id: ID!) { unlinkTaskFromLead(taskId: $id) { id } }';
      const coastal = await taskId('Identify vessels named in recruitment reports');
      await t.db.query('UPDATE tasks SET lead_id = $1 WHERE id = $2', [leadId.recruiters, coastal]);
      const unreadable = await as('th', UNLINK, { id: coastal });
      await t.db.query('UPDATE tasks SET lead_id = NULL WHERE id = $1', [coastal]);
      const none = await as('th', UNLINK, { id: coastal });
      expect(unreadable.errors![0].message).toBe('Lead not found');
      expect(comparable(unreadable)).toEqual(comparable(none));
      const ok = await as('coordinator', UNLINK, { id: await taskId(TITLE) });
      expect(ok.errors).toBeUndefined();
      expect((await as('coordinator', `{ lead(id: "${leadId.barge}") { linkedTasks { title } } }`)).data!.lead.linkedTasks).toEqual([]);
    });
  });

  describe('self-promotion through a profile update', () => {
    it('no input type of the schema carries roles, or an agency id other than an agreement party', async () => {
      const res = await as('member', `{ __schema { mutationType { fields { name args { name type { name kind ofType { name kind ofType { name kind } } } } } }
        types { name kind enumValues { name } inputFields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } }`);
      const types: any[] = res.data!.__schema.types;
      const roleEnums = types.filter((ty) => ty.kind === 'ENUM' && ty.enumValues.some((v: any) => v.name === 'PLATFORM_ADMIN')).map((ty) => ty.name);
      expect(roleEnums.length).toBeGreaterThan(0);
      const named = (ty: any): string => (ty.ofType ? named(ty.ofType) : ty.name);
      const offending = types
        .filter((ty) => ty.kind === 'INPUT_OBJECT')
        .flatMap((ty) => ty.inputFields.map((f: any) => ({ where: `${ty.name}.${f.name}`, name: f.name, type: named(f.type) })))
        .filter((f) => ['roles', 'role', 'agencyId', 'agency'].includes(f.name) && (roleEnums.includes(f.type) || f.name !== 'role'));
      // The agency ids and roles in inputs name a party of an agreement (platform admins' sharing-law screens), an
      // agency invited to a joint operation, an evaluation section, and the people an admin manages (PeoplePolicy: never oneself, never
      // PLATFORM_ADMIN for agency admins, tested in agency-people) — never the caller's own profile.
      expect(offending.sort((a: { where: string }, b: { where: string }) => a.where.localeCompare(b.where))).toEqual([
        { where: 'AgreementPartyInput.agencyId', name: 'agencyId', type: 'ID' },
        { where: 'ChangePersonRolesInput.roles', name: 'roles', type: 'Role' },
        { where: 'InviteAgencyToOperationInput.agencyId', name: 'agencyId', type: 'ID' },
        { where: 'InvitePersonInput.agencyId', name: 'agencyId', type: 'ID' },
        { where: 'InvitePersonInput.roles', name: 'roles', type: 'Role' },
        // Names the evaluation section written; only the caller's own agency is accepted (operation-evaluation spec).
        { where: 'UpdateEvaluationSectionInput.agencyId', name: 'agencyId', type: 'ID' },
      ]);
      const args = res.data!.__schema.mutationType.fields.flatMap((m: any) => m.args.map((a: any) => ({ where: `${m.name}(${a.name})`, type: named(a.type) })));
      // No mutation takes a role; the only agencyId argument names an agency to remove from an operation.
      expect(args.filter((a: any) => roleEnums.includes(a.type))).toEqual([]);
      expect(args.filter((a: any) => /\((roles|agencyId)\)$/.test(a.where)).map((a: any) => a.where)).toEqual(['removeAgencyFromOperation(agencyId)']);
    });

    it('updateNotificationPreferences refuses roles and agencyId, and the caller stays who it was', async () => {
      const prefs = { mutedTypes: [], mutedOperationIds: [], timeZone: 'Europe/Amsterdam' };
      for (const extra of [{ roles: ['PLATFORM_ADMIN'] }, { agencyId: agencyId['RO-DIOC'] }]) {
        const res = await as('member', 'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { timeZone } }', { input: { ...prefs, ...extra } });
        expect(res.errors).toBeDefined();
        expect(res.data ?? null).toBeNull();
      }
      const inline = await as('member', 'mutation { updateNotificationPreferences(input: { mutedTypes: [], mutedOperationIds: [], timeZone: "UTC", roles: [PLATFORM_ADMIN] }) { timeZone } }');
      expect(inline.errors![0].message).toMatch(/roles/);
      const me = await as('member', '{ me { roles agency { acronym } } leadCount }');
      expect(me.data!.me).toEqual({ roles: ['MEMBER'], agency: { acronym: 'NL-POL' } });
      expect(me.data!.leadCount).toBe(READS.member.length);
    });
  });

  describe('a where built from a missing claim matches nothing', () => {
    const missing: Array<[string, unknown]> = [
      ['undefined', undefined],
      ['null', null],
      ['empty', ''],
    ];

    it.each(missing)('the lead services with agencyId %s: empty lists, zero counts, NOT_FOUND by id', async (_label, agency) => {
      const service = t.app.get(LeadService);
      const reads = t.app.get(LeadReadsService);
      const sharing = t.app.get(LeadSharingService);
      const review = t.app.get(LeadShareReviewService);
      const actor = { userId: userId['coordinator@nl.test'], agencyId: agency, roles: [Role.COORDINATOR, Role.ANALYST, Role.LIAISON_OFFICER], sessionId: randomUUID() } as unknown as AuthUser;
      expect(await reads.list(actor)).toEqual([]);
      expect(await reads.count(actor)).toBe(0);
      expect(await reads.search(actor, 'Rotterdam')).toEqual([]);
      expect(await reads.searchCount(actor, 'Rotterdam')).toBe(0);
      expect(await review.pendingApprovals(actor)).toEqual([]);
      const attempts: Array<Promise<unknown>> = [
        reads.get(actor, leadId.recruiters),
        service.update(actor, { id: leadId.recruiters, expectedVersion: 3, summary: 'missing claim' }),
        sharing.preview(actor, { leadId: leadId.barge, recipientAgencyIds: [agencyId['ES-BIP']], purpose: 'INVESTIGATION' as never }),
        sharing.share(actor, { leadId: leadId.barge, recipientAgencyIds: [agencyId['ES-BIP']], purpose: 'INVESTIGATION' as never }),
        service.linkTask(actor, { taskId: await taskId('Request bank records of the recruitment agency'), leadId: leadId.recruiters }),
      ];
      for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      const shares = await t.db.query(`SELECT count(*) FROM lead_shares WHERE lead_id = $1 AND recipient_agency_id = $2`, [leadId.barge, agencyId['ES-BIP']]);
      expect(Number(shares[0].count)).toBe(0);
    });
  });

  describe('audit of reads', () => {
    it('leads, leadCount and searchLeads write one LEAD_LIST_READ entry each, with the count and the ids returned (none for a count)', async () => {
      const [{ seq }] = await t.db.query('SELECT max(seq)::text AS seq FROM audit_entries');
      await as('ngo', '{ leads { id } }');
      await as('ngo', '{ leadCount }');
      await as('ngo', 'query { searchLeads(text: "barge") { id } }');
      const entries = await t.db.query(`SELECT action, details FROM audit_entries WHERE seq > $1 ORDER BY seq`, [seq]);
      const fingerprint = expect.stringMatching(/^[0-9a-f]{64}$/);
      expect(entries).toEqual([
        { action: 'LEAD_LIST_READ', details: { query: 'leads', count: 1, fingerprint, leadIds: [leadId.barge] } },
        { action: 'LEAD_LIST_READ', details: { query: 'leadCount', count: 1, fingerprint } },
        { action: 'LEAD_LIST_READ', details: { query: 'searchLeads', count: 1, fingerprint, leadIds: [leadId.barge] } },
      ]);
    });
  });

  it('every audit entry a person caused over HTTP says where from, reads through nested fields (Task.lead) included', async () => {
    const nested: Array<{ n: string }> = await t.db.query(`SELECT count(*)::text AS n FROM audit_entries WHERE action = 'LEAD_READ' AND details ? 'viaTaskId'`);
    const missing: Array<{ action: string; details: unknown }> = await t.db.query(
      `SELECT action, details FROM audit_entries WHERE actor_user_id IS NOT NULL AND client_address IS NULL ORDER BY seq`,
    );
    expect(missing).toEqual([]);
    // The file read leads through Task.lead above, so the nested path is among the entries checked.
    expect(Number(nested[0].n)).toBeGreaterThan(0);
  });
});
