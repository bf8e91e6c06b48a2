import { AgencyKind, OperationStatus, Pillar, Role, TaskPriority } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Filters of the task board (`Operation.taskColumns(filter:)`): the columns' totals and pages hold exactly the tasks
 * that match, counted in SQL, a page at a time; the filter never reaches past the operation's need-to-know. Expected
 * sets are computed here from the stored rows (board order as in paging.integration-spec.ts).
 */

const BOARD = `query($id: ID!, $filter: TaskFilterInput, $first: Int, $after: ID) {
  operation(id: $id) { taskColumns(filter: $filter) { status total tasks(first: $first, after: $after) { id } } }
}`;
const ASSIGNEES = 'query($id: ID!) { operation(id: $id) { taskAssignees { id displayName agency { acronym } } } }';

const RANK: Record<string, number> = { URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
const STATUSES = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'];

interface Row {
  id: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  pillar: string;
  due_at: Date | null;
  created_at: Date;
  agency: string;
  person: string | null;
}

type Column = { status: string; total: number; tasks: Array<{ id: string }> };

function boardOrder(a: Row, b: Row): number {
  const due = (r: Row) => (r.due_at ? r.due_at.getTime() : Number.POSITIVE_INFINITY);
  return RANK[a.priority] - RANK[b.priority] || due(a) - due(b) || a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function fields(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}

describe('task board filters', () => {
  let t: TestApp;
  let token: string;
  let outsiderToken: string;
  let danube: string;
  let ids: Record<string, string>;

  const rows = (): Promise<Row[]> =>
    t.db.query(
      `SELECT id::text AS id, title, description, status::text, priority::text, pillar::text, due_at, created_at,
              assignee_agency_id::text AS agency, assignee_user_id::text AS person FROM tasks WHERE operation_id = $1`,
      [danube],
    );

  const board = async (filter: Record<string, unknown> | null, first = 200, after: string | null = null): Promise<Column[]> => {
    const res = await gql(t.url, BOARD, { id: danube, filter, first, after }, token);
    expect(res.errors).toBeUndefined();
    return res.data!['operation'].taskColumns as Column[];
  };

  /** The board under `filter` equals the stored rows that `match`, per status, in board order. */
  const expectBoard = async (filter: Record<string, unknown>, match: (r: Row) => boolean, statuses = STATUSES) => {
    const all = await rows();
    const columns = await board(filter);
    expect(columns.map((c) => c.status)).toEqual(statuses);
    for (const column of columns) {
      const expected = all.filter((r) => r.status === column.status && match(r)).sort(boardOrder).map((r) => r.id);
      expect({ status: column.status, total: column.total, ids: column.tasks.map((task) => task.id) }).toEqual({ status: column.status, total: expected.length, ids: expected });
    }
    return columns.reduce((sum, c) => sum + c.total, 0);
  };

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'BE-SIS', kind: AgencyKind.LABOUR_INSPECTORATE, country: 'BE' }, { acronym: 'TH-AHTD', country: 'TH' });
    await f.person(
      { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
      { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
      { email: 'member@ro.test', name: 'Mihai Ionescu', agency: 'RO-DIOC', roles: [Role.MEMBER] },
      { email: 'liaison@be.test', name: 'Els Peeters', agency: 'BE-SIS', roles: [Role.LIAISON_OFFICER] },
      { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
    );
    await f.operation({ name: 'Joint Operation Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC', 'BE-SIS'], coordinators: ['coordinator@nl.test'] });
    await f.operation({ name: 'Joint Operation Coastal Harvest', lead: 'TH-AHTD', coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
    await f.task(
      { title: 'Request bank records of the recruitment agency', operation: 'Joint Operation Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT },
      { title: 'Identify vessels named in recruitment reports', operation: 'Joint Operation Coastal Harvest', by: 'coordinator@th.test', to: 'TH-AHTD', person: 'coordinator@th.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH },
    );
    token = await login(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    outsiderToken = await login(t.url, 'coordinator@th.test', FIXTURE_PASSWORD);
    [{ id: danube }] = await t.db.query(`SELECT id::text AS id FROM operations WHERE name = 'Joint Operation Danube Route'`);
    ids = Object.fromEntries(
      (await t.db.query(`SELECT email AS k, id::text AS id FROM users UNION ALL SELECT acronym AS k, id::text AS id FROM agencies`)).map((r: { k: string; id: string }) => [r.k, r.id]),
    );
    const [template] = await t.db.query(`SELECT id::text AS id FROM tasks WHERE operation_id = $1`, [danube]);
    // 60 more tasks: every status, priority and pillar; three agencies and people; past, future and no due dates;
    // some titles with "Bank" or a literal "50%", some descriptions naming a "barge".
    await t.db.query(
      `INSERT INTO tasks (operation_id, title, description, status, version, priority, pillar, due_at, lead_id, assignee_agency_id, assignee_user_id, created_by_id)
       SELECT operation_id,
              CASE WHEN g % 7 = 0 THEN 'Trace Bank transfers ' || g WHEN g % 11 = 0 THEN 'Check 50% of the crew lists ' || g ELSE 'Board task ' || g END,
              CASE WHEN g % 6 = 0 THEN 'Crew of the barge seen at the lock' ELSE NULL END,
              (ARRAY['OPEN','IN_PROGRESS','BLOCKED','DONE','CANCELLED'])[1 + g % 5]::task_status, 1,
              (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + g % 4]::task_priority,
              (ARRAY['PREVENTION','PROTECTION','PROSECUTION','PARTNERSHIP'])[1 + (g / 2) % 4]::pillar,
              CASE WHEN g % 4 = 0 THEN NULL WHEN g % 4 = 1 THEN now() - (g || ' days')::interval ELSE now() + (g || ' days')::interval END,
              NULL,
              (ARRAY[$2::uuid, $3::uuid, $4::uuid])[1 + g % 3],
              CASE WHEN g % 3 = 1 AND g % 2 = 0 THEN $5::uuid WHEN g % 3 = 1 THEN $6::uuid WHEN g % 3 = 2 AND g % 2 = 0 THEN $7::uuid END,
              created_by_id
         FROM tasks, generate_series(1, 60) g WHERE id = $1`,
      [template.id, ids['NL-POL'], ids['RO-DIOC'], ids['BE-SIS'], ids['liaison@ro.test'], ids['member@ro.test'], ids['liaison@be.test']],
    );
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('without a filter, and with an empty one, shows every task', async () => {
    const total = (await rows()).length;
    expect(await expectBoard({}, () => true)).toBe(total);
    const unfiltered = await board(null);
    expect(unfiltered.reduce((sum, c) => sum + c.total, 0)).toBe(total);
  });

  it('narrows by assignee agency, person, priority and 4P pillar, every condition holding', async () => {
    expect(await expectBoard({ assigneeAgencyIds: [ids['RO-DIOC']] }, (r) => r.agency === ids['RO-DIOC'])).toBeGreaterThan(5);
    expect(await expectBoard({ assigneeUserIds: [ids['liaison@ro.test'], ids['liaison@be.test']] }, (r) => r.person === ids['liaison@ro.test'] || r.person === ids['liaison@be.test'])).toBeGreaterThan(5);
    expect(await expectBoard({ priorities: ['URGENT', 'HIGH'] }, (r) => r.priority === 'URGENT' || r.priority === 'HIGH')).toBeGreaterThan(5);
    const both = await expectBoard(
      { assigneeAgencyIds: [ids['RO-DIOC'], ids['BE-SIS']], pillars: ['PROSECUTION'], priorities: ['LOW', 'URGENT'] },
      (r) => (r.agency === ids['RO-DIOC'] || r.agency === ids['BE-SIS']) && r.pillar === 'PROSECUTION' && (r.priority === 'LOW' || r.priority === 'URGENT'),
    );
    expect(both).toBeGreaterThan(0);
  });

  it('with statuses, has only those columns, in lifecycle order', async () => {
    await expectBoard({ statuses: ['DONE', 'OPEN'] }, () => true, ['OPEN', 'DONE']);
    await expectBoard({ statuses: ['BLOCKED'], pillars: ['PREVENTION'] }, (r) => r.pillar === 'PREVENTION', ['BLOCKED']);
  });

  it('overdue: past due and not DONE or CANCELLED; not overdue: everything else, undated tasks included', async () => {
    const now = Date.now();
    const overdue = (r: Row) => r.due_at !== null && r.due_at.getTime() < now && r.status !== 'DONE' && r.status !== 'CANCELLED';
    expect(await expectBoard({ overdue: true }, overdue)).toBeGreaterThan(3);
    const rest = await expectBoard({ overdue: false }, (r) => !overdue(r));
    expect(rest + (await expectBoard({ overdue: true }, overdue))).toBe((await rows()).length);
  });

  it('finds words in the title or description, case-insensitive, with % taken literally', async () => {
    expect(await expectBoard({ text: 'bank' }, (r) => /bank/i.test(r.title) || /bank/i.test(r.description ?? ''))).toBeGreaterThan(5);
    expect(await expectBoard({ text: '  BARGE ' }, (r) => /barge/i.test(r.title) || /barge/i.test(r.description ?? ''))).toBeGreaterThan(5);
    expect(await expectBoard({ text: '50%' }, (r) => r.title.includes('50%'))).toBeGreaterThan(2);
    expect(await expectBoard({ text: '%' }, (r) => r.title.includes('%'))).toBe(await expectBoard({ text: '50%' }, (r) => r.title.includes('50%')));
  });

  it('pages a filtered column after a cursor: every matching task once, in board order', async () => {
    const filter = { priorities: ['LOW', 'MEDIUM', 'HIGH'], overdue: false };
    const all = await rows();
    const now = Date.now();
    const expected = all
      .filter((r) => r.status === 'OPEN' && r.priority !== 'URGENT' && !(r.due_at !== null && r.due_at.getTime() < now))
      .sort(boardOrder)
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(4);
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 30; page += 1) {
      const open: Column = (await board(filter, 2, after)).find((c) => c.status === 'OPEN')!;
      expect(open.total).toBe(expected.length);
      walked.push(...open.tasks.map((task) => task.id));
      if (open.tasks.length < 2) break;
      after = open.tasks[open.tasks.length - 1].id;
    }
    expect(walked).toEqual(expected);
  });

  it('lists the people assigned to its tasks, by display name, each once', async () => {
    const res = await gql(t.url, ASSIGNEES, { id: danube }, token);
    expect(res.errors).toBeUndefined();
    const people = res.data!['operation'].taskAssignees as Array<{ id: string; displayName: string; agency: { acronym: string } }>;
    const stored: Array<{ id: string }> = await t.db.query('SELECT DISTINCT assignee_user_id::text AS id FROM tasks WHERE operation_id = $1 AND assignee_user_id IS NOT NULL', [danube]);
    expect(people.map((p) => p.id).sort()).toEqual(stored.map((r) => r.id).sort());
    expect(people.map((p) => `${p.displayName} (${p.agency.acronym})`)).toEqual(['Els Peeters (BE-SIS)', 'Ioana Popescu (RO-DIOC)', 'Mihai Ionescu (RO-DIOC)']);
  });

  it("never reaches past need-to-know: another agency's operation stays NOT_FOUND, filtered or not", async () => {
    const filtered = await gql(t.url, BOARD, { id: danube, filter: { text: 'bank' }, first: 5 }, outsiderToken);
    expect(errorCode(filtered)).toBe('NOT_FOUND');
    expect(filtered.data?.['operation'] ?? null).toBeNull();
    const assignees = await gql(t.url, ASSIGNEES, { id: danube }, outsiderToken);
    expect(errorCode(assignees)).toBe('NOT_FOUND');
    // Filtering by a person of another operation finds nothing of it in this one.
    const foreignPerson = await board({ assigneeUserIds: [ids['coordinator@th.test']] });
    expect(foreignPerson.reduce((sum, c) => sum + c.total, 0)).toBe(0);
  });

  it('refuses a malformed filter, naming the field', async () => {
    const badAgency = await gql(t.url, BOARD, { id: danube, filter: { assigneeAgencyIds: ['not-an-id'] }, first: 5 }, token);
    expect(errorCode(badAgency)).toBe('BAD_USER_INPUT');
    expect(fields(badAgency)).toEqual(['assigneeAgencyIds']);
    const longText = await gql(t.url, BOARD, { id: danube, filter: { text: 'x'.repeat(201) }, first: 5 }, token);
    expect(errorCode(longText)).toBe('BAD_USER_INPUT');
    expect(fields(longText)).toEqual(['text']);
  });
});
