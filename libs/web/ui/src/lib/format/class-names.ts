/** Joins the truthy class names with spaces, e.g. `classNames('a', cond && 'b')` → `"a b"` or `"a"`. */
export function classNames(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
