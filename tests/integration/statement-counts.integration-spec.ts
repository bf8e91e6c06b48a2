import { Pillar, TaskPriority } from '@taskforce/domain';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { gql, GqlResponse, login as signIn, startTestApp, TestApp } from '../support/test-app';
import { webDocuments } from '../support/web-documents';
import { AGREEMENTS, RULES } from '../support/sharing-law';
import { AGENCIES, LEADS, OPERATIONS, PEOPLE } from '../support/sample-task-force';

/**
 * The screens people live in run a number of SQL statements that does not grow with the length of their lists:
 * each screen's own GraphQL documents (as the web client sends them) are run at 10 items and at 200 items, and the
 * two counts (the API's `X-SQL-Statements` header) must be equal. Items are copies of the rows built in `taskForce`, made in SQL, spread
 * over several agencies, people and operations so that every field that loads by id meets many different ids.
 */

const login = (url: string, email: string) => signIn(url, email, FIXTURE_PASSWORD);
/** Danube Route of five agencies with a task, the sharing law, a lead of the Romanian prosecutors and one shared with them (the sample task force). */
async function taskForce(t: TestApp): Promise<void> {
  const f = new FixtureBuilder(t.db);
  await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF']);
  await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['member@nl.test'], PEOPLE['liaison@ro.test'], PEOPLE['member@ro.test'], PEOPLE['liaison@be.test'], PEOPLE['liaison@es.test'], PEOPLE['liaison@spf.test']);
  await f.operation({ ...OPERATIONS.danube, participants: [] });
  await f.task({ title: 'Request bank records of the recruitment agency', operation: 'Joint Operation Danube Route', by: 'coordinator@nl.test', to: 'RO-DIOC', person: 'liaison@ro.test', pillar: Pillar.PROSECUTION, priority: TaskPriority.URGENT });
  await f.agreement(AGREEMENTS['UN-TIP-PROTOCOL'], AGREEMENTS['NL-RO-MLA'], AGREEMENTS['NLPOL-SPF-MOU']);
  await f.rule(RULES['NL-1'], RULES['NL-2'], RULES['NL-3'], RULES['NGO-1'], RULES['RO-1']);
  await f.lead(LEADS.recruiters, LEADS.organs);
}

/** Copies the row `id` of `table` `n` times; `set` overrides columns with SQL expressions over `g` (1…n). */
async function copyRows(t: TestApp, table: string, id: string, n: number, set: Record<string, string>): Promise<string[]> {
  const columns: Array<{ column_name: string }> = await t.db.query(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`,
    [table],
  );
  const names = columns.map((c) => c.column_name);
  const values = names.map((c) => set[c] ?? `src.${c}`);
  const rows: Array<{ id: string }> = await t.db.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${values.join(', ')} FROM ${table} src, generate_series(1, $2::int) g WHERE src.id = $1 RETURNING id::text AS id`,
    [id, n],
  );
  return rows.map((r) => r.id);
}

/** `ARRAY[...]::uuid[]` cycled by `g`: the g-th of `ids`, round robin. */
const cycle = (ids: readonly string[]) => `(ARRAY[${ids.map((i) => `'${i}'`).join(',')}]::uuid[])[1 + g % ${ids.length}]`;

const document = (name: string): string => {
  const found = webDocuments().find((d) => d.name === name);
  if (!found) throw new Error(`the web client has no document ${name}`);
  return found.source;
};

describe('SQL statements per screen do not grow with the length of its lists', () => {
  let t: TestApp;
  let token: string;
  let viewerAgency: string;
  let viewerId: string;
  let danube: string;
  let participants: string[];
  let people: string[];

  /** Runs a screen's document and returns its statement count, failing on any GraphQL error. */
  async function statementsOf(name: string, variables: Record<string, unknown> = {}): Promise<{ statements: number; res: GqlResponse }> {
    const res = await gql(t.url, document(name), variables, token);
    expect(res.errors).toBeUndefined();
    expect(typeof res.statements).toBe('number');
    return { statements: res.statements as number, res };
  }

  /** Grows the list to 10 then to 200 items with `grow(n)` and returns both statement counts. */
  async function at10And200(name: string, variables: Record<string, unknown>, grow: (n: number) => Promise<void>, size: (res: GqlResponse) => number): Promise<[number, number]> {
    await grow(10);
    const small = await statementsOf(name, variables);
    expect(size(small.res)).toBeGreaterThanOrEqual(10);
    await grow(190);
    const large = await statementsOf(name, variables);
    expect(size(large.res)).toBeGreaterThanOrEqual(200);
    return [small.statements, large.statements];
  }

  beforeAll(async () => {
    t = await startTestApp({ SQL_STATEMENT_HEADER: 'true' }, { demoData: false });
    await taskForce(t);
    token = await login(t.url, 'liaison@ro.test');
    const [viewer] = await t.db.query(`SELECT id::text AS id, agency_id::text AS agency FROM users WHERE email = 'liaison@ro.test'`);
    viewerId = viewer.id;
    viewerAgency = viewer.agency;
    const [op] = await t.db.query(`SELECT id::text AS id FROM operations WHERE name = 'Joint Operation Danube Route'`);
    danube = op.id;
    participants = (await t.db.query(`SELECT agency_id::text AS id FROM operation_agencies WHERE operation_id = $1 ORDER BY agency_id`, [danube])).map((r: { id: string }) => r.id);
    people = (await t.db.query(`SELECT id::text AS id FROM users WHERE agency_id = ANY($1::uuid[]) AND disabled_at IS NULL ORDER BY id`, [participants])).map((r: { id: string }) => r.id);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('the header counts statements: a query that reads more runs more', async () => {
    const one = await gql(t.url, '{ me { id } }', {}, token);
    const two = await gql(t.url, '{ me { id } operations { id name } }', {}, token);
    expect(one.statements).toBeGreaterThan(0);
    expect(two.statements).toBeGreaterThan(one.statements as number);
  });

  it("the database connections (the API's options) run with JIT compilation off", async () => {
    const [{ jit }] = await t.db.query(`SHOW jit`);
    expect(jit).toBe('off');
  });

  it('the same count asked several times in one query (aliases) is counted and audited once', async () => {
    const entries = async () => Number((await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'LEAD_LIST_READ'`))[0].n);
    const before = await entries();
    const once = await gql(t.url, '{ leadCount }', {}, token);
    const afterOnce = await entries();
    const thrice = await gql(t.url, '{ a: leadCount b: leadCount c: leadCount }', {}, token);
    const afterThrice = await entries();
    expect(thrice.data).toEqual({ a: (once.data as { leadCount: number }).leadCount, b: (once.data as { leadCount: number }).leadCount, c: (once.data as { leadCount: number }).leadCount });
    expect(afterOnce - before).toBe(1);
    expect(afterThrice - afterOnce).toBe(1);
    expect(thrice.statements).toBe(once.statements);
    // Two different search texts are two questions: two searches, two entries.
    const searches = await gql(t.url, '{ a: searchLeadCount(text: "bank") b: searchLeadCount(text: "bank") c: searchLeadCount(text: "recruit") }', {}, token);
    expect(searches.errors).toBeUndefined();
    expect((await entries()) - afterThrice).toBe(2);
  });

  it('operation board (OperationBoard): the same at 10 and at 200 tasks', async () => {
    const [template] = await t.db.query(`SELECT id::text AS id FROM tasks WHERE operation_id = $1 ORDER BY created_at LIMIT 1`, [danube]);
    const agencyOf = new Map<string, string>((await t.db.query(`SELECT id::text AS id, agency_id::text AS agency FROM users WHERE id = ANY($1::uuid[])`, [people])).map((r: { id: string; agency: string }) => [r.id, r.agency]));
    const [counts] = await Promise.all([
      at10And200(
        'OperationBoard',
        { id: danube, first: 200 },
        async (n) => {
          await copyRows(t, 'tasks', template.id, n, {
            title: `'Board task ' || g`,
            assignee_user_id: `CASE WHEN g % 3 = 0 THEN NULL ELSE ${cycle(people)} END`,
            assignee_agency_id: `COALESCE((SELECT u.agency_id FROM users u WHERE u.id = (CASE WHEN g % 3 = 0 THEN NULL ELSE ${cycle(people)} END)), ${cycle(participants)})`,
            priority: `CASE WHEN g % 4 = 0 THEN 'URGENT' ELSE 'MEDIUM' END::task_priority`,
            acknowledged_by_id: `CASE WHEN g % 8 = 0 THEN ${cycle(people)} ELSE NULL END`,
            acknowledged_at: `CASE WHEN g % 8 = 0 THEN now() ELSE NULL END`,
            status: `(ARRAY['OPEN','IN_PROGRESS','BLOCKED','DONE'])[1 + g % 4]::task_status`,
          });
        },
        (res) => (res.data as { operation: { taskColumns: Array<{ tasks: unknown[] }> } }).operation.taskColumns.reduce((sum, c) => sum + c.tasks.length, 0),
      ),
    ]);
    expect(agencyOf.size).toBeGreaterThan(3);
    expect(counts[1]).toBe(counts[0]);
  });

  it('leads list (Leads): the same at 10 and at 200 leads, own and shared, of many originating agencies', async () => {
    const [own] = await t.db.query(`SELECT id::text AS id FROM leads WHERE originating_agency_id = $1 ORDER BY created_at LIMIT 1`, [viewerAgency]);
    const [share] = await t.db.query(
      `SELECT s.id::text AS id, s.lead_id::text AS lead FROM lead_shares s WHERE s.recipient_agency_id = $1 AND s.status = 'ACTIVE' ORDER BY s.created_at LIMIT 1`,
      [viewerAgency],
    );
    const others = (await t.db.query(`SELECT id::text AS id FROM agencies WHERE id <> $1 ORDER BY id`, [viewerAgency])).map((r: { id: string }) => r.id);
    const senders = (await t.db.query(`SELECT id::text AS id FROM users WHERE agency_id = ANY($1::uuid[]) ORDER BY id`, [others])).map((r: { id: string }) => r.id);
    expect(own && share).toBeTruthy();
    const [small, large] = await at10And200(
      'Leads',
      {},
      async (n) => {
        await copyRows(t, 'leads', own.id, Math.ceil(n / 2), { summary: `'Own lead ' || g` });
        const copies = await copyRows(t, 'leads', share.lead, Math.floor(n / 2), { summary: `'Shared lead ' || g`, originating_agency_id: cycle(others) });
        const ids = `(ARRAY[${copies.map((c) => `'${c}'`).join(',')}]::uuid[])[g]`;
        const originOf = `(SELECT originating_agency_id FROM leads WHERE id = ${ids})`;
        await copyRows(t, 'lead_shares', share.id, copies.length, { lead_id: ids, sender_agency_id: originOf, shared_by_id: cycle(senders) });
      },
      (res) => (res.data as { leads: unknown[] }).leads.length,
    );
    expect(large).toBe(small);
  });

  it('notifications (Notifications, NotificationDigest): the same at 10 and at 200 notifications', async () => {
    // One real notification for the viewer: a coordinator assigns a task to the viewer's agency.
    const coordinator = await login(t.url, 'coordinator@nl.test');
    const created = await gql(t.url, 'mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }', { input: { operationId: danube, title: 'Check the hotel register', assigneeAgencyId: viewerAgency, pillar: 'PROTECTION', priority: 'HIGH' } }, coordinator);
    expect(created.errors).toBeUndefined();
    const [template] = await t.db.query(`SELECT id::text AS id FROM notifications WHERE recipient_user_id = $1 ORDER BY created_at LIMIT 1`, [viewerId]);
    expect(template).toBeTruthy();
    const tasks = (await t.db.query(`SELECT id::text AS id FROM tasks WHERE operation_id = $1 ORDER BY id LIMIT 20`, [danube])).map((r: { id: string }) => r.id);
    const grow = (n: number) => copyRows(t, 'notifications', template.id, n, { recipient_user_id: `'${viewerId}'::uuid`, title: `'Notice ' || g`, task_id: cycle(tasks), operation_id: `'${danube}'::uuid`, read_at: 'NULL' }).then(() => undefined);
    const [small, large] = await at10And200('Notifications', { take: 200 }, grow, (res) => (res.data as { notifications: unknown[] }).notifications.length);
    expect(large).toBe(small);
    const digest = await statementsOf('NotificationDigest');
    await grow(200);
    expect((await statementsOf('NotificationDigest')).statements).toBe(digest.statements);
  });

  it('a lead page (Lead): the same at 10 and at 200 persons and linked tasks', async () => {
    const [lead] = await t.db.query(
      `SELECT l.id::text AS id FROM leads l WHERE l.originating_agency_id = $1 AND EXISTS (SELECT 1 FROM lead_persons p WHERE p.lead_id = l.id) ORDER BY l.created_at LIMIT 1`,
      [viewerAgency],
    );
    expect(lead).toBeTruthy();
    const [person] = await t.db.query(`SELECT id::text AS id FROM lead_persons WHERE lead_id = $1 ORDER BY position LIMIT 1`, [lead.id]);
    const [task] = await t.db.query(`SELECT id::text AS id FROM tasks WHERE operation_id = $1 ORDER BY created_at LIMIT 1`, [danube]);
    let added = 0;
    const [small, large] = await at10And200(
      'Lead',
      { id: lead.id },
      async (n) => {
        await copyRows(t, 'lead_persons', person.id, n, { position: `${1000 + added} + g` });
        await copyRows(t, 'tasks', task.id, n, { lead_id: `'${lead.id}'::uuid`, title: `'Linked task ' || g`, assignee_agency_id: cycle(participants) });
        added += n;
      },
      (res) => Math.min((res.data as { lead: { persons: unknown[] } }).lead.persons.length, (res.data as { lead: { linkedTasks: unknown[] } }).lead.linkedTasks.length),
    );
    expect(large).toBe(small);
  });

  it('indicators dashboard (IndicatorTable, CaseFlows, FormsNamedTable, OperationResults): the same at 10 and at 200 case records', async () => {
    const recorded = await gql(t.url, 'mutation($input: RecordCaseInput!) { recordCase(input: $input) { id } }', { input: { indicator: 'VICTIM_IDENTIFIED', sex: 'FEMALE', ageGroup: 'ADULT', citizenship: 'RO', countryOfExploitation: 'ES', operationId: danube, formsOfExploitation: ['SEXUAL_EXPLOITATION'], year: 2026 } }, token);
    expect(recorded.errors).toBeUndefined();
    const [record] = await t.db.query(`SELECT id::text AS id, source FROM case_records WHERE agency_id IS NOT NULL ORDER BY created_at LIMIT 1`);
    expect(record).toBeTruthy();
    const agencies = (await t.db.query(`SELECT id::text AS id FROM agencies ORDER BY id`)).map((r: { id: string }) => r.id);
    const screens: Array<[string, Record<string, unknown>]> = [
      ['IndicatorTable', { input: { source: record.source, dimensions: ['SEX', 'AGE_GROUP'] } }],
      ['CaseFlows', { input: { level: 'COUNTRY', source: record.source } }],
      ['FormsNamedTable', { input: { source: record.source } }],
      ['OperationResults', { operationId: danube }],
    ];
    // One request at a time: requests that arrive together share one session check, counted in the first of them.
    const count = async () => {
      const counts: number[] = [];
      for (const [name, variables] of screens) counts.push((await statementsOf(name, variables)).statements);
      return counts;
    };
    const grow = (n: number) =>
      copyRows(t, 'case_records', record.id, n, {
        key: `'statement-count-' || g || '-' || gen_random_uuid()`,
        agency_id: cycle(agencies),
        sex: `(ARRAY['FEMALE','MALE',NULL])[1 + g % 3]`,
        citizenship: `(ARRAY['RO','TH','NG','ES'])[1 + g % 4]`,
        record_key: `(g * 2654435761) % 4294967296`,
      });
    await grow(10);
    const small = await count();
    await grow(190);
    const large = await count();
    expect(large).toEqual(small);
  });
});
