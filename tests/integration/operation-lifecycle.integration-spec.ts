import { Socket } from 'socket.io-client';
import { AgencyKind, DataCategory, Role, SharingPurpose } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, GqlResponse, login, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

/**
 * The life of a joint operation on the real API and PostgreSQL with real socket.io clients: a coordinator forms it,
 * invites two agencies of two other countries, one accepts and one declines; the accepted agency gains it live; tasks
 * are assigned to it; the operation is suspended, reactivated and closed, after which every write is refused.
 */
const CREATE_OPERATION = `mutation($input: CreateOperationInput!) { createOperation(input: $input) {
  id name purpose status version startsOn endsOn legalBasisCitation legalBasisAgreementId
  participants { agency { acronym } role isLead } } }`;
const INVITE = 'mutation($input: InviteAgencyToOperationInput!) { inviteAgencyToOperation(input: $input) { id status role agency { acronym } } }';
const RESPOND = 'mutation($input: RespondToOperationInvitationInput!) { respondToOperationInvitation(input: $input) { id status respondedBy responseReason } }';
const INVITATIONS = `{ operationInvitations { id status role message invitedBy operation { id name purpose leadAgency { acronym } } } }`;
const STATUS = 'mutation($input: ChangeOperationStatusInput!) { changeOperationStatus(input: $input) { id status version } }';
const UPDATE_OPERATION = 'mutation($input: UpdateOperationInput!) { updateOperation(input: $input) { id version name endsOn } }';
const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version status } }';
const UPDATE_TASK = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version title priority assigneeLeft assigneeAgency { acronym } assigneeUser { email } } }';
const REMOVE = 'mutation($op: ID!, $agency: ID!) { removeAgencyFromOperation(operationId: $op, agencyId: $agency) { id } }';
const HISTORY = 'query($id: ID!) { operation(id: $id) { history { action fromStatus toStatus detail reason actor { email } agency { acronym } } } }';

/** The people the tests act as, by the name they use, and their e-mails (agencies in the fixture below). */
const EMAIL: Record<string, string> = {
  coordinator: 'coordinator@nl.test',
  member: 'member@nl.test',
  'nl-analyst': 'analyst@nl.test',
  liaison: 'liaison@ro.test',
  'ro-admin': 'admin@ro.test',
  'ro-member': 'member@ro.test',
  'th-coordinator': 'coordinator@th.test',
  'es-liaison': 'liaison@es.test',
  outsider: 'member@ng.test',
  admin: 'admin@jtf.test',
};

describe('a joint operation formed with consent, run and closed', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agency: Record<string, string> = {};
  const sockets: Socket[] = [];
  const as = (who: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  let opId: string;
  let roInvitationId: string;
  let thInvitationId: string;
  let roTaskId: string;
  let sharedLeadId: string;

  /** Which operation-scoped paths a person can reach now: every one of them should agree. */
  const reach = async (who: string) => {
    const operation = await as(who, 'query($id: ID!) { operation(id: $id) { id } }', { id: opId });
    const list = await as(who, '{ operations { id } }');
    const tasks = await as(who, 'query($id: ID!) { tasks(operationId: $id) { id } }', { id: opId });
    const task = roTaskId ? await as(who, 'query($id: ID!) { task(id: $id) { id } }', { id: roTaskId }) : null;
    const table = await as(who, 'query($input: IndicatorTableInput!) { indicatorTable(input: $input) { k } }', { input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', dimensions: ['SEX'], operationId: opId } });
    const flows = await as(who, 'query($input: CaseFlowsInput!) { caseFlows(input: $input) { k } }', { input: { source: 'agency', indicator: 'VICTIM_IDENTIFIED', level: 'COUNTRY', operationId: opId } });
    const progress = await as(who, 'query($id: ID!) { operationIndicators(operationId: $id) { operationId } }', { id: opId });
    const notices = await as(who, '{ notifications(take: 200) { operationId } }');
    const search = await as(who, 'query($text: String!) { searchLeadCount(text: $text) }', { text: 'greenhouse broker ledger' });
    const socket = await connectSocket(t.url, token[who]);
    const watch = await socket.emitWithAck('operation:watch', { operationId: opId });
    socket.close();
    return {
      operation: operation.errors ? errorCode(operation) : 'ok',
      inList: (list.data?.operations ?? []).some((o: { id: string }) => o.id === opId),
      tasks: tasks.errors ? errorCode(tasks) : 'ok',
      task: task === null ? 'none yet' : task.errors ? errorCode(task) : 'ok',
      indicatorTable: table.errors ? errorCode(table) : 'ok',
      caseFlows: flows.errors ? errorCode(flows) : 'ok',
      operationIndicators: progress.errors ? errorCode(progress) : 'ok',
      socketWatch: watch.ok,
      notices: (notices.data?.notifications ?? []).filter((n: { operationId: string | null }) => n.operationId === opId).length,
      searchHits: search.data?.searchLeadCount ?? search.errors,
    };
  };
  const HIDDEN = { operation: 'NOT_FOUND', inList: false, tasks: 'NOT_FOUND', indicatorTable: 'NOT_FOUND', caseFlows: 'NOT_FOUND', operationIndicators: 'NOT_FOUND', socketWatch: false, notices: 0, searchHits: 0 };
  const SEEN = { operation: 'ok', inList: true, tasks: 'ok', indicatorTable: 'ok', caseFlows: 'ok', operationIndicators: 'ok', socketWatch: true, searchHits: 0 };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // No joint operation exists before the tests form theirs.
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'TH-AHTD', country: 'TH' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
      { acronym: 'JTF-SEC', kind: AgencyKind.GOVERNMENT, country: 'BE' },
    );
    await f.person(
      { email: EMAIL['coordinator'], name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: EMAIL['member'], name: 'Pieter Jansen', agency: 'NL-POL' },
      { email: EMAIL['nl-analyst'], name: 'Sanne Mulder', agency: 'NL-POL', roles: [Role.ANALYST] },
      { email: EMAIL['liaison'], name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: EMAIL['ro-admin'], name: 'Elena Marin', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: EMAIL['ro-member'], name: 'Andrei Ionescu', agency: 'RO-DIOC' },
      { email: EMAIL['th-coordinator'], name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
      { email: EMAIL['es-liaison'], name: 'Carmen García', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
      { email: EMAIL['outsider'], name: 'Chinedu Okafor', agency: 'NG-NATA' },
      { email: EMAIL['admin'], name: 'Claire Dubois', agency: 'JTF-SEC', roles: [Role.PLATFORM_ADMIN] },
    );
    // A treaty between the Netherlands and Romania is the legal basis of a lead shared through the operation.
    await f.agreement({ id: 'NL-RO-MLA', countries: ['NL', 'RO'], dataCategories: [DataCategory.SUSPECT_PERSONAL_DATA], purposes: [SharingPurpose.INVESTIGATION, SharingPurpose.PROSECUTION] });
    for (const [who, email] of Object.entries(EMAIL)) token[who] = await login(t.url, email, FIXTURE_PASSWORD);
    Object.assign(agency, f.agencies);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('a coordinator forms a joint operation: PLANNED, version 1, led by their agency as its only PARTY', async () => {
    const refused = await as('member', CREATE_OPERATION, { input: { name: 'Joint Operation Amber Fields', countries: ['NL'], formsOfExploitation: [] } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const bad = await as('coordinator', CREATE_OPERATION, {
      input: { name: 'Joint Operation Amber Fields', countries: ['NL', 'XX'], formsOfExploitation: [], startsOn: '2026-02-30', endsOn: '2026-01-01', legalBasisAgreementId: 'NO-SUCH-AGREEMENT' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!['fields']).toEqual([{ field: 'startsOn', message: 'startsOn must be a real calendar date YYYY-MM-DD', code: 'isIsoDate' }]);
    const backwards = await as('coordinator', CREATE_OPERATION, {
      input: { name: 'Joint Operation Amber Fields', countries: ['NL', 'XX'], formsOfExploitation: [], startsOn: '2026-03-01', endsOn: '2026-01-01', legalBasisAgreementId: 'NO-SUCH-AGREEMENT' },
    });
    expect(backwards.errors![0].extensions!['fields']).toEqual([
      { field: 'countries', message: 'unknown ISO 3166-1 codes: XX' },
      { field: 'endsOn', message: 'endsOn must be on or after startsOn' },
      { field: 'legalBasisAgreementId', message: 'no agreement with this id in the sharing law' },
    ]);

    const created = await ok('coordinator', CREATE_OPERATION, {
      input: {
        name: 'Joint Operation Amber Fields',
        purpose: 'Dismantle the network placing Romanian and Thai workers on Dutch greenhouse farms under debt bondage.',
        countries: ['NL', 'RO', 'TH'],
        formsOfExploitation: ['FORCED_LABOUR'],
        startsOn: '2026-12-01',
        endsOn: '2027-05-31',
      },
    });
    opId = created.createOperation.id;
    expect(created.createOperation).toEqual({
      id: opId,
      name: 'Joint Operation Amber Fields',
      purpose: 'Dismantle the network placing Romanian and Thai workers on Dutch greenhouse farms under debt bondage.',
      status: 'PLANNED',
      version: 1,
      startsOn: '2026-12-01',
      endsOn: '2027-05-31',
      legalBasisCitation: null,
      legalBasisAgreementId: null,
      participants: [{ agency: { acronym: 'NL-POL' }, role: 'PARTY', isLead: true }],
    });
  });

  it('activating needs a legal basis; citing one is an edit recorded in the history', async () => {
    const early = await as('coordinator', STATUS, { input: { operationId: opId, status: 'ACTIVE', expectedVersion: 1 } });
    expect(errorCode(early)).toBe('FAILED_PRECONDITION');
    const edited = await ok('coordinator', UPDATE_OPERATION, {
      input: { operationId: opId, expectedVersion: 1, legalBasisCitation: 'Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters' },
    });
    expect(edited.updateOperation.version).toBe(2);
    const stale = await as('coordinator', UPDATE_OPERATION, { input: { operationId: opId, expectedVersion: 1, name: 'Joint Operation Amber Fields II' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2, currentStatus: 'PLANNED' });
  });

  it('invites two agencies of two other countries; their admins, coordinators and liaison officers hear of it live, nobody else', async () => {
    const roLiaisonSocket = await connectSocket(t.url, token['liaison']);
    const roMemberSocket = await connectSocket(t.url, token['ro-member']);
    sockets.push(roLiaisonSocket, roMemberSocket);
    const liaisonEvents = recordEvents(roLiaisonSocket, ['notification']);
    const memberEvents = recordEvents(roMemberSocket, ['notification']);

    expect(errorCode(await as('member', INVITE, { input: { operationId: opId, agencyId: agency['RO-DIOC'], role: 'PARTY' } }))).toBe('FORBIDDEN');
    expect(errorCode(await as('outsider', INVITE, { input: { operationId: opId, agencyId: agency['RO-DIOC'], role: 'PARTY' } }))).toBe('NOT_FOUND');
    const self = await as('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['NL-POL'], role: 'PARTY' } });
    expect(self.errors![0].extensions!['fields']).toEqual([{ field: 'agencyId', message: 'the agency already takes part in this joint operation' }]);

    const ro = await ok('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['RO-DIOC'], role: 'PARTY', message: 'Your prosecutors hold the recruiters’ bank records.' } });
    roInvitationId = ro.inviteAgencyToOperation.id;
    expect(ro.inviteAgencyToOperation).toEqual({ id: roInvitationId, status: 'PENDING', role: 'PARTY', agency: { acronym: 'RO-DIOC' } });
    const again = await as('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['RO-DIOC'], role: 'PARTY' } });
    expect(again.errors![0].extensions!['fields']).toEqual([{ field: 'agencyId', message: 'the agency already has a pending invitation to this joint operation' }]);
    const th = await ok('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['TH-AHTD'], role: 'PARTY' } });
    thInvitationId = th.inviteAgencyToOperation.id;

    await waitFor(() => liaisonEvents.length === 1, 5000, 'invitation notification to the Romanian liaison officer');
    expect(liaisonEvents[0].payload).toMatchObject({ type: 'OPERATION_INVITATION_RECEIVED', title: 'RO-DIOC is invited to join Joint Operation Amber Fields', body: null, operationId: null, leadId: null });
    await new Promise((r) => setTimeout(r, 200));
    expect(memberEvents).toEqual([]);

    // In the database: RO-DIOC's admin and liaison officer are told, not its member; TH-AHTD's coordinator is.
    const told: Array<{ email: string }> = await t.db.query(
      `SELECT u.email FROM notifications n JOIN users u ON u.id = n.recipient_user_id WHERE n.type = 'OPERATION_INVITATION_RECEIVED' ORDER BY u.email`,
    );
    expect(told.map((r) => r.email)).toEqual(['admin@ro.test', 'coordinator@th.test', 'liaison@ro.test']);
  });

  it('before accepting, the invited agency sees the invitation and nothing of the operation', async () => {
    const invitations = (await ok('ro-admin', INVITATIONS)).operationInvitations;
    expect(invitations).toEqual([
      {
        id: roInvitationId,
        status: 'PENDING',
        role: 'PARTY',
        message: 'Your prosecutors hold the recruiters’ bank records.',
        invitedBy: 'Anna de Vries (NL-POL)',
        operation: { id: opId, name: 'Joint Operation Amber Fields', purpose: 'Dismantle the network placing Romanian and Thai workers on Dutch greenhouse farms under debt bondage.', leadAgency: { acronym: 'NL-POL' } },
      },
    ]);
    // The invitation's operation is a summary type: tasks, people and leads are not fields of it.
    const probe = await as('ro-admin', '{ operationInvitations { operation { tasks { id } } } }');
    expect(errorCode(probe)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await ok('ro-member', INVITATIONS)).operationInvitations).toEqual([]);
    expect((await ok('outsider', INVITATIONS)).operationInvitations).toEqual([]);
    expect(await reach('liaison')).toMatchObject(HIDDEN);
    expect(await reach('ro-admin')).toMatchObject(HIDDEN);
  });

  it('only the invited agency’s coordinators and agency admins answer; another agency cannot even find the invitation', async () => {
    expect(errorCode(await as('liaison', RESPOND, { input: { invitationId: roInvitationId, accept: true } }))).toBe('FORBIDDEN');
    expect(errorCode(await as('th-coordinator', RESPOND, { input: { invitationId: roInvitationId, accept: true } }))).toBe('NOT_FOUND');
    expect(errorCode(await as('coordinator', RESPOND, { input: { invitationId: roInvitationId, accept: true } }))).toBe('NOT_FOUND');
    expect(errorCode(await as('ro-admin', RESPOND, { input: { invitationId: '00000000-0000-4000-8000-000000000000', accept: true } }))).toBe('NOT_FOUND');
    const noReason = await as('th-coordinator', RESPOND, { input: { invitationId: thInvitationId, accept: false } });
    expect(noReason.errors![0].extensions!['fields']).toEqual([{ field: 'reason', message: 'say why the agency declines' }]);
  });

  it('one agency accepts and gains the operation live; the other declines and gains nothing', async () => {
    const liaisonSocket = await connectSocket(t.url, token['liaison']);
    const coordSocket = await connectSocket(t.url, token['coordinator']);
    sockets.push(liaisonSocket, coordSocket);
    const liaisonEvents = recordEvents(liaisonSocket, ['operation.changed', 'task.changed', 'notification']);
    const coordEvents = recordEvents(coordSocket, ['notification']);

    const declined = await ok('th-coordinator', RESPOND, { input: { invitationId: thInvitationId, accept: false, reason: 'No vessels of this network in Thai waters.' } });
    expect(declined.respondToOperationInvitation).toEqual({ id: thInvitationId, status: 'DECLINED', respondedBy: 'Somchai Wongsa (TH-AHTD)', responseReason: 'No vessels of this network in Thai waters.' });
    const accepted = await ok('ro-admin', RESPOND, { input: { invitationId: roInvitationId, accept: true } });
    expect(accepted.respondToOperationInvitation.status).toBe('ACCEPTED');
    const twice = await as('ro-admin', RESPOND, { input: { invitationId: roInvitationId, accept: false, reason: 'changed our mind' } });
    expect(errorCode(twice)).toBe('FAILED_PRECONDITION');

    // Live, without reconnecting: the Romanian socket hears the operation is now visible and can watch its board.
    await waitFor(() => liaisonEvents.some((e) => e.name === 'operation.changed'), 5000, 'operation.changed to the accepted agency');
    expect(liaisonEvents.find((e) => e.name === 'operation.changed')!.payload).toEqual({ operationId: opId, change: 'AGENCY_JOINED', visible: true });
    expect(await liaisonSocket.emitWithAck('operation:watch', { operationId: opId })).toEqual({ ok: true });
    await waitFor(() => coordEvents.filter((e) => e.payload.type === 'OPERATION_INVITATION_ANSWERED').length === 2, 5000, 'answers to the coordinator');
    expect(coordEvents.map((e) => e.payload.title).sort()).toEqual([
      'RO-DIOC accepted the invitation to Joint Operation Amber Fields',
      'TH-AHTD declined the invitation to Joint Operation Amber Fields',
    ]);

    const task = await ok('coordinator', CREATE_TASK, { input: { operationId: opId, title: 'Freeze the recruiters’ accounts', assigneeAgencyId: agency['RO-DIOC'], pillar: 'PROSECUTION', priority: 'HIGH' } });
    roTaskId = task.createTask.id;
    await waitFor(() => liaisonEvents.some((e) => e.name === 'task.changed' && e.payload.taskId === roTaskId), 5000, 'board event to the accepted agency');
    await waitFor(() => liaisonEvents.some((e) => e.name === 'notification' && e.payload.taskId === roTaskId), 5000, 'task notification to the accepted agency');

    // A lead shared through the operation reaches its members: RO-DIOC finds it by search, outsiders do not.
    const lead = await ok('nl-analyst', 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
      input: {
        summary: 'Greenhouse broker ledger names three recruiters',
        details: 'Ledger seized at a greenhouse in Westland; no personal data recorded here.',
        formOfExploitation: 'FORCED_LABOUR',
        route: [{ country: 'RO', role: 'ORIGIN' }, { country: 'NL', role: 'DESTINATION' }],
        dataCategories: [],
        tlp: 'AMBER',
        sourceReliability: 'B',
        informationCredibility: 'PROBABLY_TRUE',
        handlingCodes: ['H0'],
        operationId: opId,
      },
    });
    sharedLeadId = lead.createLead.id;
    const shared = await ok('nl-analyst', 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { status recipientAgency { acronym } } }', { input: { leadId: sharedLeadId, operationId: opId, purpose: 'INVESTIGATION' } });
    expect(shared.shareLead).toEqual([{ status: 'ACTIVE', recipientAgency: { acronym: 'RO-DIOC' } }]);

    // The liaison officer was told of the task assigned to the agency (and of the lead, which names no operation);
    // the member of nothing yet.
    expect(await reach('liaison')).toEqual({ ...SEEN, task: 'ok', notices: 1, searchHits: 1 });
    expect(await reach('ro-member')).toEqual({ ...SEEN, task: 'ok', notices: 0, searchHits: 1 });
    expect(await reach('th-coordinator')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    expect(await reach('outsider')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    expect(await reach('admin')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    // Who was invited, with what message, and why one declined: the coordinators see it, the members do not.
    const asCoordinator = (await ok('coordinator', 'query($id: ID!) { operation(id: $id) { invitations { agency { acronym } status responseReason } } }', { id: opId })).operation.invitations;
    expect(asCoordinator).toEqual([
      { agency: { acronym: 'TH-AHTD' }, status: 'DECLINED', responseReason: 'No vessels of this network in Thai waters.' },
      { agency: { acronym: 'RO-DIOC' }, status: 'ACCEPTED', responseReason: null },
    ]);
    expect((await ok('liaison', 'query($id: ID!) { operation(id: $id) { invitations { id } } }', { id: opId })).operation.invitations).toEqual([]);
    const participants = (await ok('ro-member', 'query($id: ID!) { operation(id: $id) { participants { agency { acronym } role isLead } } }', { id: opId })).operation.participants;
    expect(participants).toEqual([
      { agency: { acronym: 'NL-POL' }, role: 'PARTY', isLead: true },
      { agency: { acronym: 'RO-DIOC' }, role: 'PARTY', isLead: false },
    ]);
  });

  it('tasks are edited and reassigned, version-checked, with the history and the people concerned told', async () => {
    const { task } = await ok('coordinator', 'query($id: ID!) { task(id: $id) { version } }', { id: roTaskId });
    expect(errorCode(await as('liaison', UPDATE_TASK, { input: { taskId: roTaskId, expectedVersion: task.version, title: 'Not mine to edit' } }))).toBe('FORBIDDEN');
    const edited = await ok('coordinator', UPDATE_TASK, { input: { taskId: roTaskId, expectedVersion: task.version, title: 'Freeze the recruiters’ accounts at two banks', priority: 'URGENT' } });
    expect(edited.updateTask).toMatchObject({ version: task.version + 1, title: 'Freeze the recruiters’ accounts at two banks', priority: 'URGENT', assigneeAgency: { acronym: 'RO-DIOC' } });
    const stale = await as('coordinator', UPDATE_TASK, { input: { taskId: roTaskId, expectedVersion: task.version, pillar: 'PROTECTION' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const wrongAgency = await as('coordinator', UPDATE_TASK, { input: { taskId: roTaskId, expectedVersion: task.version + 1, assigneeAgencyId: agency['TH-AHTD'] } });
    expect(wrongAgency.errors![0].extensions!['fields']).toEqual([{ field: 'assigneeAgencyId', message: 'the agency does not participate in this joint operation' }]);
    // Reassign to a person of the same agency, then back to the agency alone.
    const [roMember] = await t.db.query(`SELECT id::text FROM users WHERE email = 'member@ro.test'`);
    const toPerson = await ok('coordinator', UPDATE_TASK, { input: { taskId: roTaskId, expectedVersion: task.version + 1, assigneeUserId: roMember.id } });
    expect(toPerson.updateTask).toMatchObject({ version: task.version + 2, assigneeUser: { email: 'member@ro.test' } });
    const history = (await ok('coordinator', 'query($id: ID!) { task(id: $id) { history { action detail } } }', { id: roTaskId })).task.history;
    expect(history.map((h: { action: string; detail: string | null }) => [h.action, h.detail])).toEqual([
      ['CREATED', 'created and assigned to RO-DIOC'],
      ['EDITED', 'changed title, priority'],
      ['ASSIGNED', 'reassigned from RO-DIOC to RO-DIOC (Andrei Ionescu)'],
    ]);
    const toMember = await t.db.query(`SELECT n.type FROM notifications n WHERE n.task_id = $1 AND n.recipient_user_id = $2 ORDER BY n.seq`, [roTaskId, roMember.id]);
    expect(toMember.map((n: { type: string }) => n.type)).toEqual(['TASK_ASSIGNED_TO_YOU']);
  });

  it('a removed agency loses everything at once, its open task stays as "assignee left", and it can be invited again', async () => {
    const liaisonSocket = await connectSocket(t.url, token['liaison']);
    sockets.push(liaisonSocket);
    const events = recordEvents(liaisonSocket, ['operation.changed']);
    await ok('coordinator', REMOVE, { op: opId, agency: agency['RO-DIOC'] });
    await waitFor(() => events.length === 1, 5000, 'operation.changed to the removed agency');
    expect(events[0].payload).toEqual({ operationId: opId, change: 'AGENCY_REMOVED', visible: false });
    expect(await reach('liaison')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    expect(await reach('ro-member')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    const lapsed = async () => (await t.db.query('SELECT status::text FROM lead_shares WHERE lead_id = $1', [sharedLeadId])).map((r: { status: string }) => r.status);
    for (let i = 0; i < 100 && (await lapsed()).join() !== 'LAPSED'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await lapsed()).toEqual(['LAPSED']);

    const board = (await ok('coordinator', 'query($id: ID!) { tasks(operationId: $id) { id assigneeLeft assigneeAgency { acronym } } }', { id: opId })).tasks;
    expect(board).toEqual([{ id: roTaskId, assigneeLeft: true, assigneeAgency: { acronym: 'RO-DIOC' } }]);
    const [left] = await t.db.query(`SELECT title, body FROM notifications WHERE type = 'OPERATION_AGENCY_LEFT' AND operation_id = $1`, [opId]);
    expect(left).toEqual({ title: 'RO-DIOC was removed from Joint Operation Amber Fields', body: '1 open task assigned to RO-DIOC needs a new assignee or cancelling' });

    const reinvited = await ok('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['RO-DIOC'], role: 'PARTICIPANT' } });
    expect(await reach('ro-admin')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    await ok('ro-admin', RESPOND, { input: { invitationId: reinvited.inviteAgencyToOperation.id, accept: true } });
    // Back in: what the agency was told about the operation before is visible again; the lead shared through the
    // operation is not (its share lapsed when the agency was removed: sharing it again is the originator's decision).
    expect(await reach('liaison')).toEqual({ ...SEEN, task: 'ok', notices: 1, searchHits: 0 });
    const again = (await ok('coordinator', 'query($id: ID!) { tasks(operationId: $id) { assigneeLeft } operation(id: $id) { participants { agency { acronym } role } } }', { id: opId }));
    expect(again.tasks).toEqual([{ assigneeLeft: false }]);
    expect(again.operation.participants).toEqual([
      { agency: { acronym: 'NL-POL' }, role: 'PARTY' },
      { agency: { acronym: 'RO-DIOC' }, role: 'PARTICIPANT' },
    ]);
  });

  it('an agency leaves by its own decision (not the lead agency, not a member)', async () => {
    expect(errorCode(await as('coordinator', 'mutation($id: ID!) { leaveOperation(operationId: $id) }', { id: opId }))).toBe('FORBIDDEN');
    expect(errorCode(await as('ro-member', 'mutation($id: ID!) { leaveOperation(operationId: $id) }', { id: opId }))).toBe('FORBIDDEN');
    expect(errorCode(await as('outsider', 'mutation($id: ID!) { leaveOperation(operationId: $id) }', { id: opId }))).toBe('NOT_FOUND');
    expect((await ok('ro-admin', 'mutation($id: ID!) { leaveOperation(operationId: $id) }', { id: opId })).leaveOperation).toBe(true);
    expect(await reach('ro-admin')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    // Back in for the rest of the life of the operation.
    const back = await ok('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['RO-DIOC'], role: 'PARTY' } });
    await ok('ro-admin', RESPOND, { input: { invitationId: back.inviteAgencyToOperation.id, accept: true } });
  });

  it('an invitation expires: it reads EXPIRED, can no longer be answered, and the agency can be invited afresh', async () => {
    const bad = await as('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['TH-AHTD'], role: 'PARTY', expiresInDays: 90 } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const sent = await ok('coordinator', 'mutation($input: InviteAgencyToOperationInput!) { inviteAgencyToOperation(input: $input) { id createdAt expiresAt } }', {
      input: { operationId: opId, agencyId: agency['TH-AHTD'], role: 'PARTY', expiresInDays: 2 },
    });
    const { id, createdAt, expiresAt } = sent.inviteAgencyToOperation;
    expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBe(2 * 24 * 3600 * 1000);
    await t.db.query(`UPDATE operation_invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    const listed = (await ok('th-coordinator', INVITATIONS)).operationInvitations.find((i: { id: string }) => i.id === id);
    expect(listed.status).toBe('EXPIRED');
    const late = await as('th-coordinator', RESPOND, { input: { invitationId: id, accept: true } });
    expect(errorCode(late)).toBe('FAILED_PRECONDITION');
    expect(late.errors![0].message).toBe('This invitation is expired and can no longer be answered');
    expect(await reach('th-coordinator')).toEqual({ ...HIDDEN, task: 'NOT_FOUND' });
    const [stored] = await t.db.query('SELECT status::text FROM operation_invitations WHERE id = $1', [id]);
    expect(stored.status).toBe('EXPIRED');
    const fresh = await ok('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['TH-AHTD'], role: 'PARTY' } });
    expect(fresh.inviteAgencyToOperation.status).toBe('PENDING');
    await ok('coordinator', 'mutation($id: ID!) { withdrawOperationInvitation(invitationId: $id, reason: "Sent by mistake") { status } }', { id: fresh.inviteAgencyToOperation.id });
    const answered = await as('th-coordinator', RESPOND, { input: { invitationId: fresh.inviteAgencyToOperation.id, accept: true } });
    expect(errorCode(answered)).toBe('FAILED_PRECONDITION');
  });

  it('PLANNED → ACTIVE → SUSPENDED → ACTIVE → CLOSED, each move version-checked, recorded and pushed', async () => {
    const liaisonSocket = await connectSocket(t.url, token['liaison']);
    sockets.push(liaisonSocket);
    const events = recordEvents(liaisonSocket, ['operation.changed', 'notification']);
    const version = async () => (await ok('coordinator', 'query($id: ID!) { operation(id: $id) { version } }', { id: opId })).operation.version as number;

    let v = await version();
    expect(errorCode(await as('liaison', STATUS, { input: { operationId: opId, status: 'ACTIVE', expectedVersion: v } }))).toBe('FORBIDDEN');
    expect((await ok('coordinator', STATUS, { input: { operationId: opId, status: 'ACTIVE', expectedVersion: v } })).changeOperationStatus).toEqual({ id: opId, status: 'ACTIVE', version: v + 1 });
    const stale = await as('coordinator', STATUS, { input: { operationId: opId, status: 'SUSPENDED', expectedVersion: v, reason: 'x' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: v + 1, currentStatus: 'ACTIVE', changedBy: { displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' } });
    const noReason = await as('coordinator', STATUS, { input: { operationId: opId, status: 'SUSPENDED', expectedVersion: v + 1 } });
    expect(noReason.errors![0].extensions!['fields']).toEqual([{ field: 'reason', message: 'say why the joint operation is suspended' }]);
    const backwards = await as('coordinator', STATUS, { input: { operationId: opId, status: 'PLANNED', expectedVersion: v + 1 } });
    expect(backwards.errors![0].extensions!['fields']).toEqual([{ field: 'status', message: 'a joint operation cannot move from ACTIVE to PLANNED' }]);
    await ok('coordinator', STATUS, { input: { operationId: opId, status: 'SUSPENDED', expectedVersion: v + 1, reason: 'Court order awaited in Bucharest' } });
    await ok('coordinator', STATUS, { input: { operationId: opId, status: 'ACTIVE', expectedVersion: v + 2 } });
    v = await version();

    // An extension of the period is a recorded change with a reason.
    const noWhy = await as('coordinator', UPDATE_OPERATION, { input: { operationId: opId, expectedVersion: v, endsOn: '2027-11-30' } });
    expect(noWhy.errors![0].extensions!['fields']).toEqual([{ field: 'reason', message: 'say why the period is extended' }]);
    await ok('coordinator', UPDATE_OPERATION, { input: { operationId: opId, expectedVersion: v, endsOn: '2027-11-30', reason: 'Second wave of arrests planned' } });
    v = await version();

    const closeEarly = await as('coordinator', STATUS, { input: { operationId: opId, status: 'CLOSED', expectedVersion: v, reason: 'Objectives met' } });
    expect(errorCode(closeEarly)).toBe('FAILED_PRECONDITION');
    expect(closeEarly.errors![0].message).toBe('The closing evaluation must be finalised before the joint operation is closed');
    // The closing evaluation is written through its own screens; here the fact that it was finalised is set directly.
    await t.db.query('UPDATE operations SET evaluation_finalised_at = now() WHERE id = $1', [opId]);
    const pending = await ok('coordinator', INVITE, { input: { operationId: opId, agencyId: agency['ES-BIP'], role: 'PARTY' } });
    await ok('coordinator', STATUS, { input: { operationId: opId, status: 'CLOSED', expectedVersion: v, reason: 'Objectives met; evaluation finalised' } });
    const [withdrawn] = await t.db.query('SELECT status::text FROM operation_invitations WHERE id = $1', [pending.inviteAgencyToOperation.id]);
    expect(withdrawn.status).toBe('WITHDRAWN');

    await waitFor(() => events.filter((e) => e.name === 'operation.changed').length === 6, 5000, 'status and edit events to the participating agency');
    expect(events.filter((e) => e.name === 'operation.changed').map((e) => e.payload.change)).toEqual(['STATUS_CHANGED', 'STATUS_CHANGED', 'STATUS_CHANGED', 'EDITED', 'INVITATIONS_CHANGED', 'STATUS_CHANGED']);
    await waitFor(() => events.filter((e) => e.name === 'notification').length === 4, 5000, 'status notifications to the liaison officer');
    expect(events.filter((e) => e.name === 'notification').map((e) => e.payload.title)).toEqual([
      'Joint Operation Amber Fields: Planned → Active',
      'Joint Operation Amber Fields: Active → Suspended',
      'Joint Operation Amber Fields: Suspended → Active',
      'Joint Operation Amber Fields: Active → Closed',
    ]);

    const history = (await ok('ro-member', HISTORY, { id: opId })).operation.history;
    expect(history.map((h: any) => [h.action, h.fromStatus, h.toStatus, h.reason, h.actor?.email ?? null, h.agency?.acronym ?? null])).toEqual([
      ['CREATED', null, 'PLANNED', null, 'coordinator@nl.test', 'NL-POL'],
      ['EDITED', null, null, null, 'coordinator@nl.test', null],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'RO-DIOC'],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'TH-AHTD'],
      ['INVITATION_DECLINED', null, null, 'No vessels of this network in Thai waters.', 'coordinator@th.test', 'TH-AHTD'],
      ['INVITATION_ACCEPTED', null, null, null, 'admin@ro.test', 'RO-DIOC'],
      ['AGENCY_REMOVED', null, null, null, 'coordinator@nl.test', 'RO-DIOC'],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'RO-DIOC'],
      ['INVITATION_ACCEPTED', null, null, null, 'admin@ro.test', 'RO-DIOC'],
      ['AGENCY_LEFT', null, null, null, 'admin@ro.test', 'RO-DIOC'],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'RO-DIOC'],
      ['INVITATION_ACCEPTED', null, null, null, 'admin@ro.test', 'RO-DIOC'],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'TH-AHTD'],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'TH-AHTD'],
      ['INVITATION_WITHDRAWN', null, null, 'Sent by mistake', 'coordinator@nl.test', 'TH-AHTD'],
      ['STATUS_CHANGED', 'PLANNED', 'ACTIVE', null, 'coordinator@nl.test', null],
      ['STATUS_CHANGED', 'ACTIVE', 'SUSPENDED', 'Court order awaited in Bucharest', 'coordinator@nl.test', null],
      ['STATUS_CHANGED', 'SUSPENDED', 'ACTIVE', null, 'coordinator@nl.test', null],
      ['PERIOD_EXTENDED', null, null, 'Second wave of arrests planned', 'coordinator@nl.test', null],
      ['AGENCY_INVITED', null, null, null, 'coordinator@nl.test', 'ES-BIP'],
      // Closing withdraws ES-BIP's pending invitation.
      ['INVITATION_WITHDRAWN', null, null, 'the joint operation closed', 'coordinator@nl.test', 'ES-BIP'],
      ['STATUS_CHANGED', 'ACTIVE', 'CLOSED', 'Objectives met; evaluation finalised', 'coordinator@nl.test', null],
    ]);
    expect(history.find((h: any) => h.action === 'PERIOD_EXTENDED').detail).toBe('period extended: ends 2027-05-31 → 2027-11-30');
  });

  it('a CLOSED operation is read-only everywhere and stays readable to its members', async () => {
    const { task } = await ok('coordinator', 'query($id: ID!) { task(id: $id) { version } }', { id: roTaskId });
    const [lead] = await t.db.query(`SELECT l.id::text FROM leads l JOIN agencies a ON a.id = l.originating_agency_id WHERE a.acronym = 'NL-POL' ORDER BY l.created_at LIMIT 1`);
    const attempts: Array<[string, string, string, Record<string, unknown>]> = [
      ['createTask', 'coordinator', CREATE_TASK, { input: { operationId: opId, title: 'One more action', assigneeAgencyId: agency['NL-POL'], pillar: 'PREVENTION', priority: 'LOW' } }],
      ['updateTaskStatus (coordinator)', 'coordinator', 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id } }', { input: { taskId: roTaskId, status: 'DONE', expectedVersion: task.version } }],
      ['updateTaskStatus (assignee agency)', 'liaison', 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id } }', { input: { taskId: roTaskId, status: 'DONE', expectedVersion: task.version } }],
      ['updateTask', 'coordinator', UPDATE_TASK, { input: { taskId: roTaskId, expectedVersion: task.version, title: 'Renamed after closure' } }],
      ['addTaskComment', 'liaison', 'mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { id } }', { input: { taskId: roTaskId, body: 'Late comment' } }],
      ['acknowledgeTask', 'liaison', 'mutation($id: ID!) { acknowledgeTask(taskId: $id) { id } }', { id: roTaskId }],
      ['linkTaskToLead', 'coordinator', 'mutation($input: LinkTaskToLeadInput!) { linkTaskToLead(input: $input) { id } }', { input: { taskId: roTaskId, leadId: lead.id } }],
      ['setOperationTarget', 'coordinator', 'mutation($input: SetOperationTargetInput!) { setOperationTarget(input: $input) { id } }', { input: { operationId: opId, indicator: 'VICTIM_IDENTIFIED', periodStart: '2026-12-01', periodEnd: '2027-05-31', target: 10 } }],
      ['shareLead through the operation', 'nl-analyst', 'mutation($input: ShareLeadInput!) { shareLead(input: $input) { id } }', { input: { leadId: lead.id, operationId: opId, purpose: 'INVESTIGATION' } }],
      ['createLead naming the operation', 'nl-analyst', 'mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', {
        input: { summary: 'Late lead for a closed operation', details: 'Received after the operation closed.', formOfExploitation: 'FORCED_LABOUR', route: [{ country: 'RO', role: 'ORIGIN' }], dataCategories: [], tlp: 'AMBER', sourceReliability: 'B', informationCredibility: 'PROBABLY_TRUE', handlingCodes: ['H0'], operationId: opId },
      }],
      ['recordCase in the operation', 'liaison', 'mutation($input: RecordCaseInput!) { recordCase(input: $input) { id } }', { input: { indicator: 'VICTIM_IDENTIFIED', operationId: opId } }],
      ['inviteAgencyToOperation', 'coordinator', INVITE, { input: { operationId: opId, agencyId: agency['ES-BIP'], role: 'PARTY' } }],
      ['updateOperation', 'coordinator', UPDATE_OPERATION, { input: { operationId: opId, expectedVersion: 99, name: 'Renamed' } }],
      ['setOperationEscalationMinutes', 'coordinator', 'mutation($id: ID!) { setOperationEscalationMinutes(operationId: $id, minutes: 30) { id } }', { id: opId }],
      ['removeAgencyFromOperation', 'coordinator', REMOVE, { op: opId, agency: agency['RO-DIOC'] }],
      ['leaveOperation', 'ro-admin', 'mutation($id: ID!) { leaveOperation(operationId: $id) }', { id: opId }],
    ];
    const outcomes: Record<string, unknown> = {};
    for (const [name, who, query, variables] of attempts) {
      const res = await as(who, query, variables);
      outcomes[name] = errorCode(res);
      if (outcomes[name] === 'FAILED_PRECONDITION') expect(res.errors![0].message).toBe('Joint operation “Joint Operation Amber Fields” is closed: it is read-only');
    }
    expect(outcomes).toEqual(Object.fromEntries(attempts.map(([name]) => [name, 'FAILED_PRECONDITION'])));
    const reopen = await as('coordinator', STATUS, { input: { operationId: opId, status: 'ACTIVE', expectedVersion: (await ok('coordinator', 'query($id: ID!) { operation(id: $id) { version } }', { id: opId })).operation.version } });
    // CLOSED is final: reopening is refused like every other write of a closed operation.
    expect(errorCode(reopen)).toBe('FAILED_PRECONDITION');
    expect(reopen.errors![0].message).toBe('Joint operation “Joint Operation Amber Fields” is closed: it is read-only');

    // Nothing was written: the task is as it was, and the members still read everything.
    const after = await ok('liaison', 'query($id: ID!) { task(id: $id) { version status title comments { id } viewerCanUpdateStatus } operation(id: $o) { status tasks { id } } }'.replace('$id: ID!', '$id: ID!, $o: ID!'), { id: roTaskId, o: opId });
    expect(after.task).toEqual({ version: task.version, status: 'OPEN', title: 'Freeze the recruiters’ accounts at two banks', comments: [], viewerCanUpdateStatus: false });
    expect(after.operation).toEqual({ status: 'CLOSED', tasks: [{ id: roTaskId }] });
    // The member was told the task was assigned to them in person; members hear of no status moves.
    expect(await reach('ro-member')).toEqual({ ...SEEN, task: 'ok', notices: 1 });
  });
});
