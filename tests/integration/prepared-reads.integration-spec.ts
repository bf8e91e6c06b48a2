import { MAX_PREPARED_PER_CONNECTION, postgresOptions, preparedName } from '@taskforce/api-database';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../support/test-app';

/**
 * The API's connections run parameterised reads as named prepared statements (planned once per connection) and
 * everything else as before. Read on one connection: PostgreSQL's own view of the session's prepared statements
 * (`pg_prepared_statements`) says what was named.
 */
describe('parameterised reads run as prepared statements on the API connections', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: DataSource;

  /** Names of the statements prepared on the data source's only connection. */
  const preparedNames = async (): Promise<string[]> => {
    const rows: Array<{ name: string }> = await db.query('SELECT name FROM pg_prepared_statements ORDER BY name');
    return rows.map((r) => r.name);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const options = postgresOptions(database.url, [], { preparedReads: true });
    db = await new DataSource({ ...options, extra: { ...(options.extra as object), max: 1 } } as typeof options).initialize();
    await db.query('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL)');
    await db.query("INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 10) g");
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('a read with parameters is prepared once under its name and answers as an unnamed read does', async () => {
    const text = 'SELECT id, label FROM items WHERE id = ANY($1::int[]) ORDER BY id';
    const first = await db.query(text, [[2, 3]]);
    const second = await db.query(text, [[7]]);
    expect(first).toEqual([{ id: 2, label: 'item 2' }, { id: 3, label: 'item 3' }]);
    expect(second).toEqual([{ id: 7, label: 'item 7' }]);
    expect(await preparedNames()).toEqual([preparedName(text)]);
    const [{ statement }] = await db.query('SELECT statement FROM pg_prepared_statements WHERE name = $1', [preparedName(text)]);
    expect(statement).toBe(text);
  });

  it('writes, data-modifying WITH and reads without parameters are not prepared', async () => {
    const before = await preparedNames();
    await db.query('UPDATE items SET label = $1 WHERE id = $2', ['renamed', 1]);
    await db.query('WITH moved AS (UPDATE items SET label = $1 WHERE id = $2 RETURNING id) SELECT id FROM moved', ['moved', 2]);
    await db.query('SELECT count(*) FROM items');
    const after = await preparedNames();
    expect(after).toEqual(before);
    expect(await db.query('SELECT label FROM items WHERE id = ANY($1::int[]) ORDER BY id', [[1, 2]])).toEqual([{ label: 'renamed' }, { label: 'moved' }]);
  });

  describe('when another node changes a table a prepared read returns (a live migration)', () => {
    /** Changes `items` from a connection of its own, as a migration run by another API node does. */
    const alterElsewhere = async (statement: string): Promise<void> => {
      const other = await new DataSource({ ...postgresOptions(database.url, []), extra: { max: 1 } } as ReturnType<typeof postgresOptions>).initialize();
      try {
        await other.query(statement);
      } finally {
        await other.destroy();
      }
    };

    it('a read outside a transaction answers with the new columns, and its stale statement is deallocated', async () => {
      const text = 'SELECT * FROM items WHERE id = $1';
      expect(await db.query(text, [4])).toEqual([{ id: 4, label: 'item 4' }]);
      const stale = (await preparedNames()).filter((n) => n.startsWith(preparedName(text)));
      expect(stale).toHaveLength(1);
      await alterElsewhere("ALTER TABLE items ADD COLUMN colour text NOT NULL DEFAULT 'red'");
      expect(await db.query(text, [4])).toEqual([{ id: 4, label: 'item 4', colour: 'red' }]);
      expect(await db.query(text, [5])).toEqual([{ id: 5, label: 'item 5', colour: 'red' }]);
      const names = await preparedNames();
      expect(names).not.toContain(stale[0]);
      expect(names.filter((n) => n.startsWith(preparedName(text)))).toHaveLength(1);
    });

    it('inside a transaction the read fails once (the transaction is lost), and the next one answers', async () => {
      const text = 'SELECT * FROM items WHERE id = ANY($1::int[]) ORDER BY id';
      expect(await db.query(text, [[6]])).toEqual([{ id: 6, label: 'item 6', colour: 'red' }]);
      await alterElsewhere('ALTER TABLE items DROP COLUMN colour');
      await expect(db.transaction((m) => m.query(text, [[6]]))).rejects.toThrow(/cached plan must not change result type/);
      expect(await db.transaction((m) => m.query(text, [[6, 7]]))).toEqual([{ id: 6, label: 'item 6' }, { id: 7, label: 'item 7' }]);
      expect(await db.query(text, [[8]])).toEqual([{ id: 8, label: 'item 8' }]);
    });
  });

  it(`a connection keeps at most ${MAX_PREPARED_PER_CONNECTION} prepared reads; later ones still answer, unnamed`, async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 20; i++) {
      const [row] = await db.query(`SELECT label, ${i} AS n FROM items WHERE id = $1`, [3]);
      expect(row).toEqual({ label: 'item 3', n: i });
    }
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM pg_prepared_statements');
    expect(count).toBe(MAX_PREPARED_PER_CONNECTION);
  });
});
