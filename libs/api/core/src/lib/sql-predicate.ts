/**
 * The one shape in which the policy objects hand out a need-to-know condition: SQL text with named parameters in
 * TypeORM's `:name` form and the values of those parameters. A query builder takes it as it is
 * (`qb.andWhere(p.sql, p.params)`); a raw `query()` call turns it into `$n` placeholders with `positional`.
 * Parameter names are chosen by the policy (one stable name per policy and viewer field); casts (`::uuid`) are left
 * alone, and the SQL text must hold no `:name` inside string literals.
 */
export interface SqlPredicate {
  /** A boolean SQL expression (or, for `OperationPolicy.visibleIds`, an array expression), parenthesised. */
  readonly sql: string;
  /** Values of the `:name` parameters the text uses. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** A predicate from its text and parameters. */
export function sqlPredicate(sql: string, params: Readonly<Record<string, unknown>> = {}): SqlPredicate {
  return { sql, params };
}

/**
 * The parameters of several predicates in one object.
 * @throws Error when two predicates bind one name to different values (they would silently overwrite each other).
 */
export function mergeParams(...predicates: readonly SqlPredicate[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const p of predicates) {
    for (const [name, value] of Object.entries(p.params)) {
      if (name in merged && merged[name] !== value) throw new Error(`SQL parameter :${name} bound to two different values`);
      merged[name] = value;
    }
  }
  return merged;
}

/** `(a OR b …)`, with the parameters of all. @throws Error as `mergeParams`. */
export function anyOf(...predicates: readonly SqlPredicate[]): SqlPredicate {
  return { sql: `(${predicates.map((p) => p.sql).join(' OR ')})`, params: mergeParams(...predicates) };
}

/** `(a AND b …)`, with the parameters of all. @throws Error as `mergeParams`. */
export function allOf(...predicates: readonly SqlPredicate[]): SqlPredicate {
  return { sql: `(${predicates.map((p) => p.sql).join(' AND ')})`, params: mergeParams(...predicates) };
}

/**
 * Adapter for TypeORM query builders: the arguments of `where` / `andWhere` / `orWhere` / a join condition, as in
 * `qb.andWhere(...whereArgs(predicate))`.
 */
export function whereArgs(predicate: SqlPredicate): [string, Record<string, unknown>] {
  return [predicate.sql, { ...predicate.params }];
}

/**
 * Adapter for raw `query(text, values)` calls: the predicate's text with each `:name` it binds replaced by `$n`,
 * numbered after the `values` already used by the rest of the statement (one number per name, reused when a name
 * repeats), and the values extended in that order. Names the predicate does not bind (and `::type` casts) stay as
 * they are. `values` is not modified.
 */
export function positional(predicate: SqlPredicate, values: readonly unknown[] = []): { sql: string; values: unknown[] } {
  const out = [...values];
  const numbers = new Map<string, number>();
  const sql = predicate.sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(predicate.params, name)) return whole;
    let n = numbers.get(name);
    if (n === undefined) {
      out.push(predicate.params[name]);
      n = out.length;
      numbers.set(name, n);
    }
    return `$${n}`;
  });
  return { sql, values: out };
}
