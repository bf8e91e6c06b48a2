import { migrate } from '@taskforce/api-setup';
import { FIXTURE_PASSWORD, FixtureBuilder } from '../support/fixture-builder';
import { AGENCIES, OPERATIONS, PEOPLE } from '../support/sample-task-force';
import { createTestDatabase, gql, login, startTestApp, TestApp } from '../support/test-app';

/**
 * Message positions (`seq`) are counted per joint operation: each channel numbers its messages 1, 2, 3… and what
 * happens in another operation leaves no gap a member could count. Danube Route (NL-POL, RO-DIOC, …) and Coastal
 * Harvest (TH-AHTD, NG-NATA) from the sample catalogue; member@nl.test is in Danube Route only.
 */

const POST = 'mutation($input: PostOperationMessageInput!) { postOperationMessage(input: $input) { id seq } }';
const LIST = 'query($operationId: ID!, $first: Int, $beforeSeq: Int) { operationMessages(operationId: $operationId, first: $first, beforeSeq: $beforeSeq) { body seq } }';
const UNREAD = 'query($operationId: ID!) { operationUnreadMessageCount(operationId: $operationId) }';
const MARK_READ = 'mutation($operationId: ID!) { markOperationMessagesRead(operationId: $operationId) }';
const PEOPLE_IN = ['coordinator@nl.test', 'member@nl.test', 'coordinator@th.test'] as const;
type Person = (typeof PEOPLE_IN)[number];

describe('operation channel: message positions are numbered per joint operation', () => {
  let t: TestApp;
  const token = {} as Record<Person, string>;
  let danube: string;
  let coastal: string;
  const post = async (who: Person, operationId: string, body: string): Promise<number> => {
    const res = await gql(t.url, POST, { input: { operationId, body } }, token[who]);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.postOperationMessage.seq;
  };
  const seqs = async (who: Person, operationId: string, variables: Record<string, unknown> = {}) =>
    (await gql(t.url, LIST, { operationId, ...variables }, token[who])).data!.operationMessages.map((m: { seq: number }) => m.seq);

  beforeAll(async () => {
    t = await startTestApp({}, { demoData: false });
    const f = new FixtureBuilder(t.db);
    await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA'], AGENCIES['TH-AHTD']);
    await f.person(...PEOPLE_IN.map((email) => PEOPLE[email]));
    await f.operation({ ...OPERATIONS.danube, participants: [] });
    await f.operation({ ...OPERATIONS.coastal, participants: [] });
    for (const who of PEOPLE_IN) token[who] = await login(t.url, who, FIXTURE_PASSWORD);
    danube = f.operations[OPERATIONS.danube.name];
    coastal = f.operations[OPERATIONS.coastal.name];
  });
  afterAll(() => t?.close());

  it('five messages in Coastal Harvest leave no gap in Danube Route: each channel counts 1, 2, 3…', async () => {
    expect(await post('coordinator@nl.test', danube, 'Danube one')).toBe(1);
    for (let i = 1; i <= 5; i++) expect(await post('coordinator@th.test', coastal, `Coastal ${i}`)).toBe(i);
    expect(await post('coordinator@nl.test', danube, 'Danube two')).toBe(2);
    expect(await seqs('member@nl.test', danube)).toEqual([1, 2]);
    expect(await seqs('coordinator@th.test', coastal)).toEqual([1, 2, 3, 4, 5]);
  });

  it('posts sent at the same time in one operation get distinct, increasing positions with no gap', async () => {
    const posted = await Promise.all(Array.from({ length: 8 }, (_, i) => post('coordinator@nl.test', danube, `parallel ${i}`)));
    // Danube Route held 2 messages: the 8 new ones take 3…10 in some order.
    expect([...posted].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(await seqs('member@nl.test', danube)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('paging before a position and unread markers work on the per-operation numbers', async () => {
    expect(await seqs('member@nl.test', danube, { first: 3, beforeSeq: 6 })).toEqual([3, 4, 5]);
    expect((await gql(t.url, MARK_READ, { operationId: danube }, token['member@nl.test'])).data!.markOperationMessagesRead).toBe(0);
    // Coastal Harvest moves on; Danube Route's unread count for member@nl.test does not.
    await post('coordinator@th.test', coastal, 'Coastal 6');
    expect((await gql(t.url, UNREAD, { operationId: danube }, token['member@nl.test'])).data!.operationUnreadMessageCount).toBe(0);
    await post('coordinator@nl.test', danube, 'Danube eleven');
    await post('coordinator@nl.test', danube, 'Danube twelve');
    expect((await gql(t.url, UNREAD, { operationId: danube }, token['member@nl.test'])).data!.operationUnreadMessageCount).toBe(2);
  });
});

describe('per-operation message numbering migration', () => {
  it('renumbers existing messages per operation in their order, moves read positions with them, and reverts', async () => {
    const database = await createTestDatabase();
    const db = await migrate(database.url);
    try {
      const f = new FixtureBuilder(db);
      await f.agency(AGENCIES['NL-POL'], AGENCIES['RO-DIOC'], AGENCIES['BE-SIS'], AGENCIES['ES-BIP'], AGENCIES['SPF'], AGENCIES['NG-NATA'], AGENCIES['TH-AHTD']);
      await f.person(PEOPLE['coordinator@nl.test'], PEOPLE['coordinator@th.test']);
      await f.operation({ ...OPERATIONS.danube, participants: [] });
      await f.operation({ ...OPERATIONS.coastal, participants: [] });
      const a = f.operations[OPERATIONS.danube.name];
      const b = f.operations[OPERATIONS.coastal.name];
      const nl = f.people['coordinator@nl.test'];
      const th = f.people['coordinator@th.test'];
      /** Undoes the newest migrations down to and including the per-operation numbering. */
      const undoNumbering = async () => {
        for (let i = 0; i < 20; i++) {
          const [last] = await db.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
          await db.undoLastMigration({ transaction: 'each' });
          if (last.name === 'PerOperationMessageSeq1766050000000') return;
        }
        throw new Error('PerOperationMessageSeq1766050000000 was not among the last 20 migrations');
      };
      await undoNumbering();
      const agencyOf = async (user: string) => (await db.query('SELECT agency_id FROM users WHERE id = $1', [user]))[0].agency_id;
      const insert = async (operationId: string, author: string, body: string) =>
        (await db.query(`INSERT INTO operation_messages (id, operation_id, author_id, author_agency_id, body) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING seq`, [operationId, author, await agencyOf(author), body]))[0].seq;
      // Global numbering before: A1 B2 B3 A4 B5 A6 — per operation afterwards: A 1,2,3 and B 1,2,3.
      const old: string[] = [];
      for (const [op, who, body] of [[a, nl, 'A1'], [b, th, 'B1'], [b, th, 'B2'], [a, nl, 'A2'], [b, th, 'B3'], [a, nl, 'A3']] as const) old.push(await insert(op, who, body));
      // nl had read up to A2 (old seq of the 4th insert); th up to B2 (old 3rd) — then A and B.
      await db.query('INSERT INTO operation_channel_reads (operation_id, user_id, last_read_seq) VALUES ($1, $2, $3), ($4, $5, $6)', [a, nl, old[3], b, th, old[2]]);
      await db.runMigrations({ transaction: 'each' });
      const rows = async () => (await db.query('SELECT body, seq::int AS seq FROM operation_messages ORDER BY body')).map((r: { body: string; seq: number }) => `${r.body}:${r.seq}`);
      expect(await rows()).toEqual(['A1:1', 'A2:2', 'A3:3', 'B1:1', 'B2:2', 'B3:3']);
      const reads = async () => (await db.query('SELECT operation_id, last_read_seq::int AS n FROM operation_channel_reads ORDER BY last_read_seq')).map((r: { operation_id: string; n: number }) => [r.operation_id === a ? 'A' : 'B', r.n]);
      expect(await reads()).toEqual([['A', 2], ['B', 2]]);
      await undoNumbering();
      // Back to one count across operations, in the order the messages were written.
      expect(await rows()).toEqual(['A1:1', 'A2:4', 'A3:6', 'B1:2', 'B2:3', 'B3:5']);
      expect(await reads()).toEqual([['B', 3], ['A', 4]]);
      await db.runMigrations({ transaction: 'each' });
      expect(await rows()).toEqual(['A1:1', 'A2:2', 'A3:3', 'B1:1', 'B2:2', 'B3:3']);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
