import { allOf, anyOf, mergeParams, positional, sqlPredicate, whereArgs } from '../sql-predicate';

describe('SQL predicates of the policy objects', () => {
  it('a raw query gets $n placeholders numbered after the values it already uses, one per name', () => {
    const p = sqlPredicate('(x.agency_id = :viewer OR y.agency_id = :viewer OR x.id = :id)', { viewer: 'A', id: 'B' });
    expect(positional(p, ['s', 'i'])).toEqual({ sql: '(x.agency_id = $3 OR y.agency_id = $3 OR x.id = $4)', values: ['s', 'i', 'A', 'B'] });
  });

  it('casts and names the predicate does not bind are left as they are; the given values are not modified', () => {
    const before = [1];
    const p = sqlPredicate('(CAST(:viewer AS uuid) = x.a::uuid AND x.b = :other)', { viewer: null });
    expect(positional(p, before)).toEqual({ sql: '(CAST($2 AS uuid) = x.a::uuid AND x.b = :other)', values: [1, null] });
    expect(before).toEqual([1]);
  });

  it('a query builder takes the text and a copy of the parameters', () => {
    const p = sqlPredicate('x = :v', { v: 1 });
    const [sql, params] = whereArgs(p);
    expect(sql).toBe('x = :v');
    expect(params).toEqual({ v: 1 });
    expect(params).not.toBe(p.params);
  });

  it('a name bound to an undefined value is still a placeholder (PostgreSQL reads it as NULL)', () => {
    expect(positional(sqlPredicate('x = :v', { v: undefined }))).toEqual({ sql: 'x = $1', values: [undefined] });
  });

  it('combines predicates with OR and AND, merging their parameters', () => {
    const a = sqlPredicate('a = :v', { v: 1 });
    const b = sqlPredicate('b = :v', { v: 1 });
    const c = sqlPredicate('c = :w', { w: 2 });
    expect(anyOf(a, c)).toEqual({ sql: '(a = :v OR c = :w)', params: { v: 1, w: 2 } });
    expect(allOf(a, b)).toEqual({ sql: '(a = :v AND b = :v)', params: { v: 1 } });
  });

  it('refuses to merge one name bound to two different values', () => {
    expect(() => mergeParams(sqlPredicate('a = :v', { v: 1 }), sqlPredicate('b = :v', { v: 2 }))).toThrow(/:v bound to two different values/);
  });
});
