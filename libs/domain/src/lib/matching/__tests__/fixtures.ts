/** Scenario helpers for the selector-normalisation tables. */
import { normaliseSelector } from '../normalise-selector';
import type { SelectorContext, SelectorInput, SelectorKind, SelectorProblem } from '../selector-types';

/** A row: input, expected `value` and `display` (written by hand). */
export type Accepted<K extends SelectorKind> = [label: string, input: SelectorInput<K>, value: string, display: string];

/** A row: input and the fields named by the problems, in order. */
export type Refused<K extends SelectorKind> = [label: string, input: SelectorInput<K>, fields: string[]];

/** One test per accepted row. */
export function accepts<K extends SelectorKind>(kind: K, rows: Accepted<K>[], context: SelectorContext = {}): void {
  it.each(rows)('accepts %s', (_label, input, value, display) => {
    expect(normaliseSelector(kind, input, context)).toEqual({ ok: true, selector: { kind, value, display } });
  });
}

/** One test per refused row: the problems name exactly these fields and each carries a message. */
export function refuses<K extends SelectorKind>(kind: K, rows: Refused<K>[], context: SelectorContext = {}): void {
  it.each(rows)('refuses %s', (_label, input, fields) => {
    const result = normaliseSelector(kind, input, context);
    expect(result.ok).toBe(false);
    const problems: SelectorProblem[] = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.field)).toEqual(fields);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(5);
  });
}
