// Figures shared by the benchmarks in tests/load: settings from the environment and latency summaries.

/** An integer setting from the environment (`fallback` when unset); throws naming it when it is not ≥ min. */
export function intEnv(name, fallback, min) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

/** Rounded to 0.01 (null stays null). */
export const round2 = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100);

/** Nearest-rank percentile of an ascending array (null when empty). */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** count, min, p50, p90, p99, max and mean of durations in ms (nulls for an empty list). */
export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    min: round2(sorted.length ? sorted[0] : null),
    p50: round2(percentile(sorted, 50)),
    p90: round2(percentile(sorted, 90)),
    p99: round2(percentile(sorted, 99)),
    max: round2(sorted.length ? sorted[sorted.length - 1] : null),
    mean: round2(sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null),
  };
}
