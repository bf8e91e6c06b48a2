/** `chosen` with `value` added or removed: a multiple choice's values, in the order of `all`. */
export function toggleChoice<T>(all: readonly T[], chosen: readonly T[], value: T): T[] {
  const set = new Set(chosen);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return all.filter((v) => set.has(v));
}
