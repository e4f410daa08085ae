import { TwinValidationError } from "./errors.js";

/** Returns `value` if it is a whole number from `min` to `max`; the default `max` is the longest timer, 2³¹−1 ms. */
export function integerIn(field: string, value: number, min: number, max = 2 ** 31 - 1): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TwinValidationError(field, `must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/**
 * Returns an id for a path parameter: a string that is not blank, not `.` or `..` (which URLs resolve as
 * directories, so no encoding can send them) and well-formed Unicode; it is sent percent-encoded, as given.
 */
export function pathParam(field: string, value: string): string {
  const rule =
    typeof value !== "string" || !value.trim()
      ? "must be a non-empty string"
      : value === "." || value === ".."
        ? 'must not be "." or ".."'
        : !value.isWellFormed() && "must be well-formed Unicode (it has a lone surrogate)";
  if (rule) throw new TwinValidationError(field, rule);
  return value;
}
