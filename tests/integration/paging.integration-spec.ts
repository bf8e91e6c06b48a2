import { RouteRole } from '@taskforce/api-leads';
import { AgencyKind, DataCategory, OperationStatus, Pillar, Role, TaskPriority, TlpLabel } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { errorCode, gql, GqlResponse, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Paging of the board and of the leads list: columns counted in SQL, pages after a cursor (the id of the last item
 * held) in a stable order, and cursors of other operations or unreadable leads refused like unknown ones. Expected
 * orders are computed here from the stored rows (board order: priority URGENT > HIGH > MEDIUM > LOW, due date with
 * undated last, creation, id; leads: newest first, then id).
 */

const COLUMNS = `query($id: ID!, $first: Int, $after: ID) {
  operation(id: $id) { taskColumns { status total tasks(first: $first, after: $after) { id } } }
}`;
const LEADS = 'query($first: Int, $after: ID) { leads(first: $first, after: $after) { id } }';

const RANK: Record<string, number> = { URGENT: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

interface TaskRow {
  id: string;
  status: string;
  priority: string;
  due_at: Date | null;
  created_at: Date;
}

/** Board order, computed from the rows (ids compare as PostgreSQL compares uuids: by their hex text). */
function boardOrder(a: TaskRow, b: TaskRow): number {
  const due = (r: TaskRow) => (r.due_at ? r.due_at.getTime() : Number.POSITIVE_INFINITY);
  return RANK[a.priority] - RANK[b.priority] || due(a) - due(b) || a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function fields(res: GqlResponse): string[] {
  return ((res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined) ?? []).map((f) => f.field);
}

/**
 * Danube Route (NL police, Romanian prosecutors) and Coastal Harvest (Thai police) with a task each; a lead of the
 * Romanian prosecutors and one of the NL police that is not shared with them.
 */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency({ acronym: 'NL-POL', country: 'NL' }, { acronym: 'RO-DIOC', kind: AgencyKind.PROSECUTION, country: 'RO' }, { acronym: 'TH-AHTD', country: 'TH' });
  await f.person(
    { email: 'coordinator@nl.test', name: 'Anna de Vries', agency: 'NL-POL', roles: [Role.COORDINATOR] },
    { email: 'liaison@ro.test', name: 'Ioana Popescu', agency: 'RO-DIOC', roles: [Role.LIAISON_OFFICER] },
    { email: 'coordinator@th.test', name: 'Somchai Wongsa', agency: 'TH-AHTD', roles: [Role.COORDINATOR, Role.LIAISON_OFFICER] },
  );
  await f.operation({ name: 'Joint Operation Danube Route', lead: 'NL-POL', agencies: ['RO-DIOC'], coordinators: ['coordinator@nl.test'] });
  await f.operation({ name: 'Joint Operation Coastal Harvest', lead: 'TH-AHTD', coordinators: ['coordinator@th.test'], status: OperationStatus.PLANNED });
  await f.task(
    { title: 'Request bank records of the recruitment agency', operation: 'Joint Operation Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT },
    { title: 'Identify vessels named in recruitment reports', operation: 'Joint Operation Coastal Harvest', by: 'coordinator@th.test', to: 'TH-AHTD', pillar: Pillar.PROSECUTION, priority: TaskPriority.HIGH },
  );
  await f.lead(
    { summary: 'Kidney sale offers to indebted workers, surgery arranged in Spain', by: 'liaison@ro.test', route: [{ country: 'RO', role: RouteRole.ORIGIN }, { country: 'ES', role: RouteRole.DESTINATION }], dataCategories: [DataCategory.HEALTH_DATA] },
    { summary: 'Forced labour on a Rotterdam-registered barge; crew recruited in Nigeria', by: 'coordinator@nl.test', route: [{ country: 'NG', role: RouteRole.ORIGIN }, { country: 'NL', role: RouteRole.DESTINATION }], tlp: TlpLabel.AMBER_STRICT },
  );
}

describe('paging: board columns and the leads list', () => {
  let t: TestApp;
  let token: string;
  let danube: string;
  let otherOperationTask: string;

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'liaison@ro.test', FIXTURE_PASSWORD);
    [{ id: danube }] = await t.db.query(`SELECT id::text AS id FROM operations WHERE name = 'Joint Operation Danube Route'`);
    const [template] = await t.db.query(`SELECT id::text AS id FROM tasks WHERE operation_id = $1 ORDER BY created_at LIMIT 1`, [danube]);
    // 40 more tasks: priorities, statuses and due dates mixed, some due dates equal and some absent.
    await t.db.query(
      `INSERT INTO tasks (operation_id, title, description, status, version, priority, pillar, due_at, lead_id, assignee_agency_id, assignee_user_id, created_by_id)
       SELECT operation_id, 'Paged task ' || g, NULL, (ARRAY['OPEN','IN_PROGRESS','DONE'])[1 + g % 3]::task_status, 1,
              (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + g % 4]::task_priority, pillar,
              CASE WHEN g % 5 = 0 THEN NULL ELSE timestamptz '2027-01-01' + (g % 4) * interval '1 day' END,
              NULL, assignee_agency_id, NULL, created_by_id
         FROM tasks, generate_series(1, 40) g WHERE id = $1`,
      [template.id],
    );
    [{ id: otherOperationTask }] = await t.db.query(`SELECT id::text AS id FROM tasks WHERE operation_id <> $1 LIMIT 1`, [danube]);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('gives every status a column, in lifecycle order, with its total as stored', async () => {
    const rows: TaskRow[] = await t.db.query('SELECT id::text AS id, status, priority, due_at, created_at FROM tasks WHERE operation_id = $1', [danube]);
    const res = await gql(t.url, COLUMNS, { id: danube, first: 0 }, token);
    expect(res.errors).toBeUndefined();
    const columns = res.data!['operation'].taskColumns as Array<{ status: string; total: number; tasks: unknown[] }>;
    expect(columns.map((c) => c.status)).toEqual(['OPEN', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED']);
    for (const c of columns) {
      expect(c.total).toBe(rows.filter((r) => r.status === c.status).length);
      expect(c.tasks).toEqual([]);
    }
    expect(columns.reduce((sum, c) => sum + c.total, 0)).toBe(rows.length);
  });

  it('walks each column a page at a time, every task once, in board order', async () => {
    const rows: TaskRow[] = await t.db.query('SELECT id::text AS id, status, priority, due_at, created_at FROM tasks WHERE operation_id = $1', [danube]);
    for (const status of ['OPEN', 'IN_PROGRESS', 'DONE']) {
      const expected = rows.filter((r) => r.status === status).sort(boardOrder).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(10);
      const walked: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page += 1) {
        const res: GqlResponse<Record<string, any>> = await gql(t.url, COLUMNS, { id: danube, first: 4, after }, token);
        expect(res.errors).toBeUndefined();
        const column = (res.data!['operation'].taskColumns as Array<{ status: string; tasks: Array<{ id: string }> }>).find((c) => c.status === status)!;
        walked.push(...column.tasks.map((task) => task.id));
        if (column.tasks.length < 4) break;
        after = column.tasks[column.tasks.length - 1].id;
      }
      expect(walked).toEqual(expected);
    }
  });

  it('refuses a cursor of another operation, a malformed one and a page size out of range, naming the field', async () => {
    const foreign = await gql(t.url, COLUMNS, { id: danube, first: 4, after: otherOperationTask }, token);
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(fields(foreign)).toEqual(['after']);
    const unknown = await gql(t.url, COLUMNS, { id: danube, first: 4, after: '00000000-0000-4000-8000-000000000000' }, token);
    expect(unknown.errors?.[0]?.message).toBe(foreign.errors?.[0]?.message);
    const malformed = await gql(t.url, COLUMNS, { id: danube, first: 4, after: 'not-an-id' }, token);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
    expect(fields(malformed)).toEqual(['after']);
    const tooMany = await gql(t.url, COLUMNS, { id: danube, first: 201 }, token);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(fields(tooMany)).toEqual(['first']);
    const negative = await gql(t.url, COLUMNS, { id: danube, first: -1 }, token);
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(fields(negative)).toEqual(['first']);
    const both = await gql(t.url, COLUMNS, { id: danube, first: 201, after: 'not-an-id' }, token);
    expect(fields(both).sort()).toEqual(['after', 'first']);
  });

  it("shows on every card, first pages and pages after a cursor, the stored assignee, acknowledger and whether the viewer may move it", async () => {
    const [{ ro, nl }] = await t.db.query(`SELECT (SELECT id::text FROM agencies WHERE acronym = 'RO-DIOC') AS ro, (SELECT id::text FROM agencies WHERE acronym = 'NL-POL') AS nl`);
    const [{ id: roLiaison }] = await t.db.query(`SELECT id::text AS id FROM users WHERE email = 'liaison@ro.test'`);
    const [{ id: nlCoordinator }] = await t.db.query(`SELECT id::text AS id FROM users WHERE email = 'coordinator@nl.test'`);
    // Every third task to the NL police (the viewer, a liaison officer of RO-DIOC, may not move those); every fourth
    // to the viewer in person, acknowledged by them; every fifth acknowledged by the NL coordinator.
    await t.db.query(
      `UPDATE tasks SET assignee_agency_id = CASE WHEN n % 3 = 0 THEN $2::uuid ELSE $3::uuid END,
                        assignee_user_id = CASE WHEN n % 4 = 0 AND n % 3 <> 0 THEN $4::uuid END,
                        acknowledged_by_id = CASE WHEN n % 4 = 0 AND n % 3 <> 0 THEN $4::uuid WHEN n % 5 = 0 THEN $5::uuid END,
                        acknowledged_at = CASE WHEN (n % 4 = 0 AND n % 3 <> 0) OR n % 5 = 0 THEN timestamptz '2027-01-02' END
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM tasks WHERE operation_id = $1) r WHERE tasks.id = r.id`,
      [danube, nl, ro, roLiaison, nlCoordinator],
    );
    const stored: Array<{ id: string; agency: string; assignee: string | null; acknowledger: string | null; acknowledger_agency: string | null }> = await t.db.query(
      `SELECT t.id::text AS id, a.acronym AS agency, au.display_name AS assignee, ku.display_name AS acknowledger, ka.acronym AS acknowledger_agency
         FROM tasks t JOIN agencies a ON a.id = t.assignee_agency_id
         LEFT JOIN users au ON au.id = t.assignee_user_id
         LEFT JOIN users ku ON ku.id = t.acknowledged_by_id LEFT JOIN agencies ka ON ka.id = ku.agency_id
        WHERE t.operation_id = $1`,
      [danube],
    );
    const expected = new Map(
      stored.map((r) => [
        r.id,
        {
          assigneeAgency: { acronym: r.agency },
          assigneeUser: r.assignee ? { displayName: r.assignee } : null,
          acknowledgedBy: r.acknowledger ? { displayName: r.acknowledger, agency: { acronym: r.acknowledger_agency } } : null,
          viewerCanUpdateStatus: r.agency === 'RO-DIOC',
        },
      ]),
    );
    expect(new Set(stored.map((r) => `${r.agency} ${r.assignee !== null} ${r.acknowledger_agency}`)).size).toBeGreaterThanOrEqual(4);
    const CARDS = `query($id: ID!, $first: Int, $after: ID) {
      operation(id: $id) { taskColumns { status tasks(first: $first, after: $after) {
        id assigneeAgency { acronym } assigneeUser { displayName } acknowledgedBy { displayName agency { acronym } } viewerCanUpdateStatus
      } } }
    }`;
    type Card = { id: string; assigneeAgency: unknown; assigneeUser: unknown; acknowledgedBy: unknown; viewerCanUpdateStatus: boolean };
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const res: GqlResponse<Record<string, any>> = await gql(t.url, CARDS, { id: danube, first: 4, after }, token);
      expect(res.errors).toBeUndefined();
      const open = (res.data!['operation'].taskColumns as Array<{ status: string; tasks: Card[] }>).find((c) => c.status === 'OPEN')!;
      const cards = page === 0 ? (res.data!['operation'].taskColumns as Array<{ tasks: Card[] }>).flatMap((c) => c.tasks) : open.tasks;
      for (const { id, ...card } of cards) {
        expect(card).toEqual(expected.get(id));
        seen.add(id);
      }
      if (open.tasks.length < 4) break;
      after = open.tasks[open.tasks.length - 1].id;
    }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('pages the leads list after a lead, in the order of one long page, and counts it in SQL', async () => {
    const [{ agency }] = await t.db.query(`SELECT agency_id::text AS agency FROM users WHERE email = 'liaison@ro.test'`);
    const [own] = await t.db.query(`SELECT id::text AS id FROM leads WHERE originating_agency_id = $1 LIMIT 1`, [agency]);
    // 12 more leads of the viewer's agency, three of them created at the same instant (the id breaks the tie).
    await t.db.query(
      `INSERT INTO leads (summary, details, operation_id, originating_agency_id, form_of_exploitation, route, data_categories, tlp, named_recipient_agency_ids,
                          source_reliability, information_credibility, handling_codes, handling_condition, status, version, created_by_id, created_at)
       SELECT 'Paged lead ' || g, details, operation_id, originating_agency_id, form_of_exploitation, route, data_categories, tlp, named_recipient_agency_ids,
              source_reliability, information_credibility, handling_codes, handling_condition, status, 1, created_by_id,
              CASE WHEN g <= 3 THEN timestamptz '2026-06-01T10:00:00Z' ELSE timestamptz '2026-06-01T10:00:00Z' + g * interval '1 minute' END
         FROM leads, generate_series(1, 12) g WHERE id = $1`,
      [own.id],
    );
    const whole = await gql(t.url, LEADS, { first: 200 }, token);
    expect(whole.errors).toBeUndefined();
    const all = (whole.data!['leads'] as Array<{ id: string }>).map((l) => l.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const res: GqlResponse<Record<string, any>> = await gql(t.url, LEADS, { first: 5, after }, token);
      expect(res.errors).toBeUndefined();
      const ids = (res.data!['leads'] as Array<{ id: string }>).map((l) => l.id);
      walked.push(...ids);
      if (ids.length < 5) break;
      after = ids[ids.length - 1];
    }
    expect(walked).toEqual(all);
    const stored: Array<{ id: string; created_at: Date }> = await t.db.query('SELECT id::text AS id, created_at FROM leads WHERE id = ANY($1::uuid[])', [all]);
    const order = [...stored].sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.id < b.id ? -1 : 1)).map((r) => r.id);
    expect(all).toEqual(order);
    const count = await gql(t.url, '{ leadCount }', {}, token);
    expect(count.data!['leadCount']).toBe(all.length);
  });

  it('refuses as a cursor a lead the viewer may not read exactly like an unknown id', async () => {
    const [{ agency }] = await t.db.query(`SELECT agency_id::text AS agency FROM users WHERE email = 'liaison@ro.test'`);
    const [unreadable] = await t.db.query(
      `SELECT l.id::text AS id FROM leads l WHERE l.originating_agency_id <> $1 AND NOT EXISTS (SELECT 1 FROM lead_shares s WHERE s.lead_id = l.id AND s.recipient_agency_id = $1) LIMIT 1`,
      [agency],
    );
    expect(unreadable).toBeTruthy();
    const refused = await gql(t.url, LEADS, { first: 5, after: unreadable.id }, token);
    const unknown = await gql(t.url, LEADS, { first: 5, after: '00000000-0000-4000-8000-000000000000' }, token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fields(refused)).toEqual(['after']);
    expect(refused.errors).toEqual(unknown.errors);
    const tooMany = await gql(t.url, LEADS, { first: 201 }, token);
    expect(fields(tooMany)).toEqual(['first']);
  });
});
