import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * The edges of a joint operation's life, on the real API and PostgreSQL with a task force built here: what a
 * coordinator may not leave empty, two coordinators' clicks racing, an invitation nobody can answer, a withdrawn
 * invitation, a party joining after the closing evaluation was finalised, and closing with open tasks.
 * People: NL-POL's coordinator; RO-DIOC has an agency admin (ro-admin), a liaison officer and no coordinator; ES-BIP
 * has one liaison officer and nobody who may answer an invitation; TH-AHTD has a coordinator who is also its liaison
 * officer. No joint operation exists before the tests form theirs.
 */
describe('joint operation lifecycle edges', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const agency: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<any>> => gql(t.url, query, variables, token[who]);
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  const fields = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.['fields'];

  const CREATE = 'mutation($input: CreateOperationInput!) { createOperation(input: $input) { id version } }';
  const UPDATE = 'mutation($input: UpdateOperationInput!) { updateOperation(input: $input) { id version countries endsOn } }';
  const INVITE = 'mutation($input: InviteAgencyToOperationInput!) { inviteAgencyToOperation(input: $input) { id status answerers } }';
  const RESPOND = 'mutation($input: RespondToOperationInvitationInput!) { respondToOperationInvitation(input: $input) { id status } }';
  const WITHDRAW = 'mutation($id: ID!, $reason: String) { withdrawOperationInvitation(invitationId: $id, reason: $reason) { id status } }';
  const STATUS = 'mutation($input: ChangeOperationStatusInput!) { changeOperationStatus(input: $input) { id status version } }';
  const SECTION = 'mutation($input: UpdateEvaluationSectionInput!) { updateEvaluationSection(input: $input) { version } }';
  const FINALISE = 'mutation($id: ID!) { finaliseOperationEvaluation(operationId: $id) { finalisedAt } }';
  const OPERATION = 'query($id: ID!) { operation(id: $id) { version status evaluationFinalisedAt invitations { agency { acronym } status answerers } history { action detail } } }';

  const form = async (name: string) =>
    (
      await ok('coordinator', CREATE, {
        input: { name, countries: ['NL', 'RO'], formsOfExploitation: ['FORCED_LABOUR'], startsOn: '2026-12-01', endsOn: '2027-05-31', legalBasisCitation: 'Art. 13 of the 2000 EU Convention on Mutual Assistance in Criminal Matters' },
      })
    ).createOperation.id as string;
  const operation = async (id: string) => (await ok('coordinator', OPERATION, { id })).operation;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'TH-AHTD', country: 'TH' },
    );
    await f.person(
      { email: 'coordinator@fixture.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'ro-admin@fixture.test', agency: 'RO-DIOC', roles: [Role.AGENCY_ADMIN] },
      { email: 'liaison@fixture.test', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'es-liaison@fixture.test', agency: 'ES-BIP', roles: [Role.LIAISON_OFFICER] },
      { email: 'th-coordinator@fixture.test', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
    );
    for (const who of ['coordinator', 'ro-admin', 'liaison', 'es-liaison', 'th-coordinator']) token[who] = await login(t.url, `${who}@fixture.test`, FIXTURE_PASSWORD);
    Object.assign(agency, f.agencies);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an operation names at least one country, keeps it, and plans at most ten years; each bad field gets one message', async () => {
    const none = await as('coordinator', CREATE, { input: { name: 'Joint Operation Nowhere', countries: [], formsOfExploitation: [] } });
    expect(fields(none)).toEqual([{ field: 'countries', message: 'name at least one country (ISO 3166-1 alpha-2)' }]);
    const forever = await as('coordinator', CREATE, { input: { name: 'Joint Operation Forever', countries: ['NL'], formsOfExploitation: [], startsOn: '2026-12-01', endsOn: '2099-12-31' } });
    // 2026-12-01 plus ten years is 2036-12-01.
    expect(fields(forever)).toEqual([{ field: 'endsOn', message: 'the planned period ends at most 10 years after it starts (by 2036-12-01); extend it later if needed' }]);
    const beyond = await as('coordinator', CREATE, { input: { name: 'Joint Operation Forever', countries: ['NL'], formsOfExploitation: [], startsOn: '2026-12-01', endsOn: '9999-12-31' } });
    expect(fields(beyond)).toEqual([{ field: 'endsOn', message: 'endsOn must be from 1900-01-01 to 2100-12-31', code: 'dateRange', values: { from: '1900-01-01', to: '2100-12-31' } }]);
    const id = await form('Joint Operation Kept Countries');
    const cleared = await as('coordinator', UPDATE, { input: { operationId: id, expectedVersion: 1, countries: null } });
    expect(fields(cleared)).toEqual([{ field: 'countries', message: 'countries cannot be cleared: name at least one' }]);
    const emptied = await as('coordinator', UPDATE, { input: { operationId: id, expectedVersion: 1, countries: [] } });
    expect(fields(emptied)).toEqual([{ field: 'countries', message: 'name at least one country (ISO 3166-1 alpha-2)' }]);
    const kept = await t.db.query('SELECT countries, version FROM operations WHERE id = $1', [id]);
    expect(kept).toEqual([{ countries: ['NL', 'RO'], version: 1 }]);
  });

  it('the same agency invited twice at once: one invitation is made, the other click gets a field error naming agencyId', async () => {
    const id = await form('Joint Operation Double Click');
    const input = { operationId: id, agencyId: agency['RO-DIOC'], role: 'PARTY', message: 'Join us' };
    const answers = await Promise.all([as('coordinator', INVITE, { input }), as('coordinator', INVITE, { input }), as('coordinator', INVITE, { input })]);
    const made = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(made).toHaveLength(1);
    expect(refused.map((r) => [errorCode(r), fields(r)])).toEqual([
      ['BAD_USER_INPUT', [{ field: 'agencyId', message: 'the agency already has a pending invitation to this joint operation' }]],
      ['BAD_USER_INPUT', [{ field: 'agencyId', message: 'the agency already has a pending invitation to this joint operation' }]],
    ]);
    const rows = await t.db.query(`SELECT status FROM operation_invitations WHERE operation_id = $1`, [id]);
    expect(rows).toEqual([{ status: 'PENDING' }]);
  });

  it('an invitation nobody can answer says so, and withdrawing it tells the invited agency', async () => {
    const id = await form('Joint Operation Unanswered');
    const es = (await ok('coordinator', INVITE, { input: { operationId: id, agencyId: agency['ES-BIP'], role: 'PARTY' } })).inviteAgencyToOperation;
    const ro = (await ok('coordinator', INVITE, { input: { operationId: id, agencyId: agency['RO-DIOC'], role: 'PARTY' } })).inviteAgencyToOperation;
    expect(es.answerers).toBe(0);
    expect(ro.answerers).toBe(1); // ro-admin
    expect((await operation(id)).invitations.map((i: { agency: { acronym: string }; answerers: number }) => [i.agency.acronym, i.answerers]).sort()).toEqual([
      ['ES-BIP', 0],
      ['RO-DIOC', 1],
    ]);
    // The ES-BIP liaison officer hears of it but cannot answer.
    const mine = await ok('es-liaison', '{ operationInvitations { id answerers } }');
    expect(mine.operationInvitations).toEqual([{ id: es.id, answerers: 0 }]);
    expect(errorCode(await as('es-liaison', RESPOND, { input: { invitationId: es.id, accept: true } }))).toBe('FORBIDDEN');

    await ok('coordinator', WITHDRAW, { id: es.id, reason: 'Asked the Spanish police through Europol instead' });
    const notices = (await ok('es-liaison', '{ notifications(take: 20) { type title body operationId } }')).notifications;
    expect(notices.filter((n: { type: string }) => n.type.startsWith('OPERATION_INVITATION'))).toEqual([
      { type: 'OPERATION_INVITATION_WITHDRAWN', title: 'The invitation of ES-BIP to join Joint Operation Unanswered was withdrawn', body: 'Asked the Spanish police through Europol instead', operationId: null },
      { type: 'OPERATION_INVITATION_RECEIVED', title: 'ES-BIP is invited to join Joint Operation Unanswered', body: null, operationId: null },
    ]);
    // The answering side is not told anything about the other invitation.
    const roNotices = (await ok('ro-admin', '{ notifications(take: 20) { type title } }')).notifications;
    expect(roNotices.filter((n: { title: string }) => n.title.includes('Unanswered')).map((n: { type: string }) => n.type)).toEqual(['OPERATION_INVITATION_RECEIVED']);
  });

  it('a party joining after the evaluation was finalised reopens it, so the operation closes only once it has written its section', async () => {
    const id = await form('Joint Operation Late Party');
    await ok('coordinator', STATUS, { input: { operationId: id, status: 'ACTIVE', expectedVersion: 1 } });
    await ok('coordinator', SECTION, { input: { operationId: id, expectedVersion: 0, objectivesMet: 'MET' } });
    await ok('coordinator', FINALISE, { id });

    // A PARTICIPANT joining does not reopen it: participants write no section that closing needs.
    const th = (await ok('coordinator', INVITE, { input: { operationId: id, agencyId: agency['TH-AHTD'], role: 'PARTICIPANT' } })).inviteAgencyToOperation;
    await ok('th-coordinator', RESPOND, { input: { invitationId: th.id, accept: true } });
    expect((await operation(id)).evaluationFinalisedAt).not.toBeNull();

    const invitation = (await ok('coordinator', INVITE, { input: { operationId: id, agencyId: agency['RO-DIOC'], role: 'PARTY' } })).inviteAgencyToOperation;
    await ok('ro-admin', RESPOND, { input: { invitationId: invitation.id, accept: true } });
    const reopened = await operation(id);
    expect(reopened.evaluationFinalisedAt).toBeNull();
    expect(reopened.history.at(-1)).toEqual({ action: 'EVALUATION_REOPENED', detail: 'closing evaluation reopened: RO-DIOC joined as PARTY and writes its section' });

    const close = (v: number) => as('coordinator', STATUS, { input: { operationId: id, status: 'CLOSED', expectedVersion: v, reason: 'Action day done' } });
    const refused = await close(reopened.version);
    expect(errorCode(refused)).toBe('FAILED_PRECONDITION');
    expect(errorCode(await as('coordinator', FINALISE, { id }))).toBe('FAILED_PRECONDITION'); // RO-DIOC's section is missing
    await ok('liaison', SECTION, { input: { operationId: id, expectedVersion: 0, objectivesMet: 'PARTLY_MET' } });
    await ok('coordinator', FINALISE, { id });

    // One task still open (and one done) when it closes: allowed, and the history says so.
    const task = (await ok('coordinator', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }', { input: { operationId: id, title: 'Interview the farm manager', pillar: 'PROSECUTION', priority: 'MEDIUM', assigneeAgencyId: agency['RO-DIOC'] } })).createTask;
    const done = (await ok('coordinator', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }', { input: { operationId: id, title: 'Book interpreters', pillar: 'PROTECTION', priority: 'LOW', assigneeAgencyId: agency['NL-POL'] } })).createTask;
    await ok('coordinator', 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { status } }', { input: { taskId: done.id, status: 'DONE', expectedVersion: done.version } });
    expect(task.id).toBeTruthy();
    // ES-BIP's invitation is still pending when the operation closes: closing withdraws it, and ES-BIP hears of it.
    await ok('coordinator', INVITE, { input: { operationId: id, agencyId: agency['ES-BIP'], role: 'PARTICIPANT' } });
    const closed = await close((await operation(id)).version);
    expect(closed.errors).toBeUndefined();
    const after = await operation(id);
    expect(after.status).toBe('CLOSED');
    expect(after.history.slice(-2)).toEqual([
      { action: 'INVITATION_WITHDRAWN', detail: 'invitation to ES-BIP withdrawn' },
      { action: 'STATUS_CHANGED', detail: 'ACTIVE → CLOSED; 1 open task kept as it was' },
    ]);
    const told = (await ok('es-liaison', '{ notifications(take: 50) { type title body } }')).notifications.filter((n: { title: string }) => n.title.includes('Late Party'));
    expect(told).toEqual([
      { type: 'OPERATION_INVITATION_WITHDRAWN', title: 'The invitation of ES-BIP to join Joint Operation Late Party was withdrawn', body: 'the joint operation closed' },
      { type: 'OPERATION_INVITATION_RECEIVED', title: 'ES-BIP is invited to join Joint Operation Late Party', body: null },
    ]);
    const reopen = await as('coordinator', STATUS, { input: { operationId: id, status: 'ACTIVE', expectedVersion: (await operation(id)).version } });
    expect(errorCode(reopen)).toBe('FAILED_PRECONDITION');

    // Coordinators cannot be changed in a closed operation either way.
    const [me] = await t.db.query(`SELECT id::text FROM users WHERE email = 'coordinator@fixture.test'`);
    expect(errorCode(await as('coordinator', 'mutation($op: ID!, $u: ID!) { standDownOperationCoordinator(operationId: $op, userId: $u) { id } }', { op: id, u: me.id }))).toBe('FAILED_PRECONDITION');
    expect(errorCode(await as('coordinator', 'mutation($op: ID!, $u: ID!) { appointOperationCoordinator(operationId: $op, userId: $u) { id } }', { op: id, u: me.id }))).toBe('FAILED_PRECONDITION');
  });

  it('a stale task edit is told about the latest change of the task, whatever kind it was', async () => {
    const id = await form('Joint Operation Latest Change');
    const invitation = (await ok('coordinator', INVITE, { input: { operationId: id, agencyId: agency['RO-DIOC'], role: 'PARTY' } })).inviteAgencyToOperation;
    await ok('ro-admin', RESPOND, { input: { invitationId: invitation.id, accept: true } });
    const task = (await ok('coordinator', 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }', { input: { operationId: id, title: 'Trace the payments', pillar: 'PROSECUTION', priority: 'MEDIUM', assigneeAgencyId: agency['RO-DIOC'] } })).createTask;
    const EDIT = 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { version } }';
    // v1 → v2: RO-DIOC's liaison officer moves it; v2 → v3: the coordinator reassigns it to NL-POL.
    await ok('liaison', 'mutation($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { version } }', { input: { taskId: task.id, status: 'IN_PROGRESS', expectedVersion: 1 } });
    await ok('coordinator', EDIT, { input: { taskId: task.id, expectedVersion: 2, assigneeAgencyId: agency['NL-POL'] } });
    const stale = await as('coordinator', EDIT, { input: { taskId: task.id, expectedVersion: 2, title: 'Trace the payments and the phones' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 3, currentStatus: 'IN_PROGRESS', changedBy: { displayName: 'Anna de Vries', agencyAcronym: 'NL-POL' }, changeAction: 'ASSIGNED' });
  });
});
