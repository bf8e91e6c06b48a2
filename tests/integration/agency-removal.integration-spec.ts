import { Socket } from 'socket.io-client';
import { AgencyKind, Role } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { connectSocket, errorCode, gql, login as signIn, recordEvents, startTestApp, TestApp, waitFor } from '../support/test-app';

const REMOVE = 'mutation($op: ID!, $agency: ID!) { removeAgencyFromOperation(operationId: $op, agencyId: $agency) { id } }';
const CREATE = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }';

describe('removing an agency from a joint operation takes effect at once', () => {
  let t: TestApp;
  let coordinator: string;
  let danubeId: string;
  let agency: Record<string, string> = {};
  const sockets: Socket[] = [];
  const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    // Danube Route: led by the NL police, with a shelter NGO, the Belgian labour inspectors and the Spanish border
    // police; the Nigerian agency is not in it.
    const f = new FixtureBuilder(t.db);
    await f.agency(
      { acronym: 'NL-POL', country: 'NL' },
      { acronym: 'SPF', kind: AgencyKind.NGO, country: 'NL' },
      { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' },
      { acronym: 'ES-BIP', kind: AgencyKind.BORDER_IMMIGRATION, country: 'ES' },
      { acronym: 'NG-NATA', kind: AgencyKind.GOVERNMENT, country: 'NG' },
    );
    await f.person(
      { email: 'coordinator@nl.test', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'member@nl.test', agency: 'NL-POL' },
      { email: 'member@ng.test', agency: 'NG-NATA' },
      { email: 'liaison@be.test', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
    );
    await f.operation({ name: 'Danube Route', lead: 'NL-POL', agencies: ['SPF', 'BE-SIS', 'ES-BIP'], coordinators: ['coordinator@nl.test'] });
    agency = f.agencies;
    danubeId = f.operations['Danube Route'];
    coordinator = await login(t.url, 'coordinator@nl.test');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  const task = (acronym: string, title: string) => ({ input: { operationId: danubeId, title, assigneeAgencyId: agency[acronym], pillar: 'PROTECTION', priority: 'MEDIUM' } });

  it('refuses the wrong people and the wrong agencies', async () => {
    expect(errorCode(await gql(t.url, REMOVE, { op: danubeId, agency: agency['SPF'] }, await login(t.url, 'member@nl.test')))).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, REMOVE, { op: danubeId, agency: agency['SPF'] }, await login(t.url, 'member@ng.test')))).toBe('NOT_FOUND');
    const lead = await gql(t.url, REMOVE, { op: danubeId, agency: agency['NL-POL'] }, coordinator);
    expect(errorCode(lead)).toBe('BAD_USER_INPUT');
    expect(lead.errors![0].extensions!['fields']).toEqual([{ field: 'agencyId', message: 'the lead agency cannot leave its own joint operation' }]);
  });

  it('the removed agency loses the operation, its tasks, notifications and socket events; others keep them', async () => {
    const beLiaison = await login(t.url, 'liaison@be.test');
    const beSocket = await connectSocket(t.url, beLiaison);
    const coordSocket = await connectSocket(t.url, coordinator);
    sockets.push(beSocket, coordSocket);
    expect(await beSocket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
    expect(await coordSocket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: true });
    const beEvents = recordEvents(beSocket, ['task.changed', 'notification']);
    const coordEvents = recordEvents(coordSocket, ['task.changed']);

    // before: BE-SIS gets a task and its liaison officer a notification
    const before = await gql(t.url, CREATE, task('BE-SIS', 'Inspect the packing plant in Roeselare'), coordinator);
    await waitFor(() => beEvents.filter((e) => e.name === 'notification').length === 1, 5000, 'notification before removal');
    expect((await gql(t.url, '{ unreadNotificationCount }', {}, beLiaison)).data).toEqual({ unreadNotificationCount: 1 });

    expect((await gql(t.url, REMOVE, { op: danubeId, agency: agency['BE-SIS'] }, coordinator)).errors).toBeUndefined();

    // after: a new task on the board reaches the coordinator's socket but not BE-SIS's
    const seenBefore = beEvents.length;
    const after = await gql(t.url, CREATE, task('ES-BIP', 'Check the bus company manifests'), coordinator);
    await waitFor(() => coordEvents.some((e) => e.payload.taskId === after.data!.createTask.id), 5000, 'coordinator board event');
    await new Promise((r) => setTimeout(r, 300));
    expect(beEvents.slice(seenBefore)).toEqual([]);

    expect((await gql(t.url, '{ operations { name } }', {}, beLiaison)).data).toEqual({ operations: [] });
    expect(errorCode(await gql(t.url, 'query($id: ID!) { operation(id: $id) { id } }', { id: danubeId }, beLiaison))).toBe('NOT_FOUND');
    expect(errorCode(await gql(t.url, 'query($id: ID!) { task(id: $id) { id } }', { id: before.data!.createTask.id }, beLiaison))).toBe('NOT_FOUND');
    expect((await gql(t.url, '{ notifications { id } unreadNotificationCount myTasks { id } }', {}, beLiaison)).data).toEqual({ notifications: [], unreadNotificationCount: 0, myTasks: [] });
    expect(await beSocket.emitWithAck('operation:watch', { operationId: danubeId })).toEqual({ ok: false });

    // and no new work can be assigned to it
    const refused = await gql(t.url, CREATE, task('BE-SIS', 'One more inspection'), coordinator);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });
});
