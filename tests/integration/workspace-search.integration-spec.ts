import { OperationStatus, Pillar, TaskPriority } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { errorCode, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * The workspace search (the header's box) finds operations, tasks and channel messages under the same need-to-know
 * as the screens they come from: the joint operations one's agency takes part in. The task force: Danube Route (NL-POL
 * lead, RO-DIOC, BE-SIS, ES-BIP, SPF) and Coastal Harvest (TH-AHTD lead, NG-NATA); a platform admin of JTF-SEC, in
 * neither. The word "sapphire" is in one task and one live message of each operation and in a deleted Danube message,
 * so the expected results below follow from that roster alone.
 */

const SEARCH = `query($text: String!) {
  searchOperations(text: $text) { id }
  searchTasks(text: $text) { id }
  searchMessages(text: $text) { id body }
}`;
const POST = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteOperationMessage(id: $id) { id } }';

type Person = 'coordinator@nl.test' | 'liaison@ro.test' | 'member@ng.test' | 'coordinator@th.test' | 'admin@jtf.test';
const PERSONS: Person[] = ['coordinator@nl.test', 'liaison@ro.test', 'member@ng.test', 'coordinator@th.test', 'admin@jtf.test'];

describe('workspace search: operations, tasks and messages one may read, as a matrix of people × records', () => {
  let t: TestApp;
  const token = {} as Record<Person, string>;
  const id: Record<string, string> = {};
  const search = async (who: Person, text: string) => {
    const res = await gql(t.url, SEARCH, { text }, token[who]);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const data = res.data as { searchOperations: Array<{ id: string }>; searchTasks: Array<{ id: string }>; searchMessages: Array<{ id: string }> };
    const sorted = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
    return { operations: sorted(data.searchOperations), tasks: sorted(data.searchTasks), messages: sorted(data.searchMessages) };
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA'], AGENCIES['TH-AHTD'], AGENCIES['JTF-SEC']);
    await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ng.test'], PEOPLE['coordinator@th.test'], PEOPLE['admin@jtf.test']);
    await f.operation({ ...OPERATIONS.danube, participants: [] });
    await f.operation({ ...OPERATIONS.coastal, participants: [], status: OperationStatus.ACTIVE });
    await f.task(
      { title: 'Trace the sapphire van at the border', operation: OPERATIONS.danube.name, by: 'coordinator@nl.test', to: 'RO-DIOC', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH },
      { title: 'Interview the drivers', operation: OPERATIONS.danube.name, by: 'coordinator@nl.test', to: 'BE-SIS', pillar: Pillar.PROTECTION, priority: TaskPriority.MEDIUM },
      { title: 'Check the Sapphire boat manifest', operation: OPERATIONS.coastal.name, by: 'coordinator@th.test', to: 'NG-NATA', pillar: Pillar.PROSECUTION, priority: TaskPriority.MEDIUM },
    );
    id['danube'] = f.operations[OPERATIONS.danube.name];
    id['coastal'] = f.operations[OPERATIONS.coastal.name];
    id['danubeTask'] = f.tasks['Trace the sapphire van at the border'];
    id['coastalTask'] = f.tasks['Check the Sapphire boat manifest'];
    for (const who of PERSONS) token[who] = await login(t.url, who, FIXTURE_PASSWORD);

    const post = async (who: Person, operationId: string, body: string) => {
      const res = await gql(t.url, POST, { input: { operationId, body } }, token[who]);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return (res.data as { postOperationMessage: { id: string } }).postOperationMessage.id;
    };
    id['danubeMessage'] = await post('coordinator@nl.test', id['danube'], 'The SAPPHIRE convoy crossed at Nădlac this morning');
    id['coastalMessage'] = await post('coordinator@th.test', id['coastal'], 'Boat sapphire left the harbour');
    const deleted = await post('liaison@ro.test', id['danube'], 'sapphire: wrong thread, ignore');
    const res = await gql(t.url, DELETE, { id: deleted }, token['liaison@ro.test']);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });
  afterAll(() => t?.close());

  // Expected by hand from the roster above: Danube's people find Danube's records, Coastal's people Coastal's, the
  // platform admin (in no operation) nothing; the deleted message is found by nobody.
  const expected = (): Record<Person, { operations: string[]; tasks: string[]; messages: string[] }> => ({
    'coordinator@nl.test': { operations: [], tasks: [id['danubeTask']], messages: [id['danubeMessage']] },
    'liaison@ro.test': { operations: [], tasks: [id['danubeTask']], messages: [id['danubeMessage']] },
    'member@ng.test': { operations: [], tasks: [id['coastalTask']], messages: [id['coastalMessage']] },
    'coordinator@th.test': { operations: [], tasks: [id['coastalTask']], messages: [id['coastalMessage']] },
    'admin@jtf.test': { operations: [], tasks: [], messages: [] },
  });

  it.each(PERSONS)('%s finds exactly the records of the operations their agency takes part in', async (who) => {
    expect(await search(who, 'sapphire')).toEqual(expected()[who]);
  });

  it.each(PERSONS)('%s finds by name exactly the operations their agency takes part in', async (who) => {
    const operations = { 'coordinator@nl.test': [id['danube']], 'liaison@ro.test': [id['danube']], 'member@ng.test': [id['coastal']], 'coordinator@th.test': [id['coastal']], 'admin@jtf.test': [] }[who];
    expect((await search(who, 'joint operation')).operations).toEqual(operations);
    expect((await search(who, 'Danube')).operations).toEqual(operations.filter((o) => o === id['danube']));
  });

  it('text pasted with invisible controls finds what the plain text finds; % and _ are taken literally', async () => {
    expect(await search('coordinator@nl.test', 'sap\u200bphi\u202ere')).toEqual(expected()['coordinator@nl.test']);
    expect(await search('coordinator@nl.test', '%%')).toEqual({ operations: [], tasks: [], messages: [] });
    expect(await search('coordinator@nl.test', 'the_sapphire')).toEqual({ operations: [], tasks: [], messages: [] });
  });

  it('text shorter than 2 or longer than 200 characters is a field error naming text, for every part', async () => {
    for (const text of ['s', ' \u200b s ', 'x'.repeat(201)]) {
      const res = await gql(t.url, SEARCH, { text }, token['coordinator@nl.test']);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.data).toBeNull();
      const fields = (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map((p) => p.field);
      expect(fields).toEqual(['text']);
    }
  });

  it('an agency that no longer takes part in an operation finds nothing of it any more', async () => {
    await t.db.query('DELETE FROM operation_agencies WHERE operation_id = $1 AND agency_id = (SELECT id FROM agencies WHERE acronym = $2)', [id['danube'], 'RO-DIOC']);
    expect(await search('liaison@ro.test', 'sapphire')).toEqual({ operations: [], tasks: [], messages: [] });
    expect((await search('liaison@ro.test', 'joint operation')).operations).toEqual([]);
    expect(await search('coordinator@nl.test', 'sapphire')).toEqual(expected()['coordinator@nl.test']);
  });
});
