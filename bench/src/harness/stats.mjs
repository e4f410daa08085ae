import { formatTarget, formatValue } from "./units.mjs";

/**
 * @typedef {object} Sample One figure of one run of a suite; the runner gathers the runs of each `id` into a row.
 * @property {string} id - Stable key of the row, e.g. `client.startSession.fair`.
 * @property {string} benchmark - What the row measures, as the table names it.
 * @property {number} value - The figure compared with the target.
 * @property {import("./units.mjs").Unit} unit - How `value` reads.
 * @property {import("./units.mjs").Target} [target] - The goal; none for a figure shown for information only.
 * @property {string} [measured] - This run's underlying figures in words, e.g. `37,228 vs 49,784 ops/s`.
 * @property {string} [enforced] - Where `pnpm test` enforces the same target, e.g. `bench/test/size-budget.test.ts`.
 */

/**
 * Where a row stands: `met` or `missed` when the median is clear of the target by more than the spread of the runs,
 * `noisy` when the runs spread wider than the median's margin to the target (the run cannot tell), `info` without a
 * target.
 * @typedef {"met" | "missed" | "noisy" | "info"} Status
 */

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The status of a row whose runs have `mid` for median and `spread` for max − min. */
export function status(mid, spread, target) {
  if (!target) return "info";
  if (spread > Math.abs(mid - target.value)) return "noisy";
  return (target.op === "<=" ? mid <= target.value : mid >= target.value) ? "met" : "missed";
}

/**
 * One table row from every run's sample of one `id`: median, spread (max − min), status, the raw runs, and the
 * same figures in words for the table and the docs page.
 * @param {Sample[]} samples
 */
export function summarize(samples) {
  const [first] = samples;
  const runs = samples.map((s) => s.value);
  const mid = median(runs);
  const spread = Math.max(...runs) - Math.min(...runs);
  const closest = samples.reduce((best, s) => (Math.abs(s.value - mid) < Math.abs(best.value - mid) ? s : best));
  return {
    id: first.id,
    benchmark: first.benchmark,
    unit: first.unit,
    target: first.target ?? null,
    enforced: first.enforced ?? null,
    runs,
    median: mid,
    spread,
    status: status(mid, spread, first.target),
    text: {
      median: formatValue(mid, first.unit),
      spread: runs.length > 1 ? formatValue(spread, first.unit) : "one run",
      target: formatTarget(first.target, first.unit),
      measured: closest.measured ?? "",
    },
    measured: samples.map((s) => s.measured ?? ""),
  };
}
