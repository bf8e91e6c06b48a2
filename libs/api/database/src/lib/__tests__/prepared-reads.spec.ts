import { isPreparedRead, isStalePreparedRead, preparedName } from '../prepared-reads';

describe('which statements run prepared, and under which name', () => {
  it.each([
    ['SELECT id FROM tasks WHERE id = $1', true],
    ['  select id from tasks where id = $1', true],
    ['WITH r AS (SELECT id FROM tasks) SELECT * FROM r WHERE id = $1', true],
    ['WITH moved AS (UPDATE tasks SET title = $1 RETURNING id) SELECT id FROM moved', false],
    ['WITH gone AS (DELETE FROM tasks WHERE id = $1 RETURNING id) SELECT id FROM gone', false],
    ['INSERT INTO tasks (title) VALUES ($1)', false],
    ['UPDATE tasks SET title = $1', false],
    ['DELETE FROM tasks WHERE id = $1', false],
    ['START TRANSACTION', false],
    ['SELECTED', false],
  ])('%s → %s', (text, expected) => {
    expect(isPreparedRead(text)).toBe(expected);
  });

  it('one name per text: the same text, the same name; another text, another name', () => {
    const a = preparedName('SELECT 1 WHERE $1::int = 1');
    expect(preparedName('SELECT 1 WHERE $1::int = 1')).toBe(a);
    expect(preparedName('SELECT 2 WHERE $1::int = 1')).not.toBe(a);
    // r + 24 hex digits: within PostgreSQL's 63-byte identifiers.
    expect(a).toMatch(/^r[0-9a-f]{24}$/);
  });
});

describe('a prepared read made stale by a change of its table', () => {
  it.each([
    [{ code: '0A000', message: 'cached plan must not change result type' }, true],
    [{ code: '0A000', message: 'something else not supported' }, false],
    [{ code: '42P01', message: 'relation "items" does not exist' }, false],
    [null, false],
  ])('%j → %s', (err, expected) => {
    expect(isStalePreparedRead(err)).toBe(expected);
  });
});
