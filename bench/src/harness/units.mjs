/**
 * @typedef {"ratio" | "x" | "ms" | "B" | "count" | "ops/s"} Unit
 * How a figure reads: `ratio` is shown in percent (0.95 → 95 %), `x` as a growth factor (1.3×), `B` in bytes
 * (KiB/MiB past 10 KiB), `count` as a whole number.
 */

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const fixed = (digits) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const oneDecimal = fixed(1);
const twoDecimals = fixed(2);
const upToOneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** `bytes` in B, or in KiB / MiB once the byte count stops being readable. */
function bytes(value, round) {
  const size = Math.abs(value);
  const format = round ? upToOneDecimal : oneDecimal;
  if (size >= 10 * 2 ** 20) return `${format.format(value / 2 ** 20)} MiB`;
  if (size >= 10 * 2 ** 10) return `${format.format(value / 2 ** 10)} KiB`;
  return `${whole.format(value)} B`;
}

/** `value` in `unit`, as the table and the docs page print it; `round` drops decimals that are zero (for targets). */
export function formatValue(value, unit, round = false) {
  switch (unit) {
    case "ratio":
      return `${(round ? upToOneDecimal : oneDecimal).format(value * 100)} %`;
    case "x":
      return `${(round ? upToOneDecimal : twoDecimals).format(value)}×`;
    case "ms":
      if (value < 0.1) return `${(round ? upToOneDecimal : oneDecimal).format(value * 1000)} µs`;
      return `${(round ? upToOneDecimal : value < 10 ? twoDecimals : oneDecimal).format(value)} ms`;
    case "B":
      return bytes(value, round);
    case "ops/s":
      return `${whole.format(value)} ops/s`;
    default:
      return whole.format(value);
  }
}

/**
 * @typedef {object} Target
 * @property {"<=" | ">="} op - Which side of `value` meets the target.
 * @property {number} value - The bound, in the row's unit.
 */

/** A target as the table prints it, e.g. `≥ 95 %` or `≤ 2,048 B`. */
export function formatTarget(target, unit) {
  return target ? `${target.op === "<=" ? "≤" : "≥"} ${formatValue(target.value, unit, true)}` : "—";
}
