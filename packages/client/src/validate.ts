import { TwinValidationError } from "./errors.js";

/** Returns `value` if it is a whole number from `min` to `max`; the default `max` is the longest timer, 2³¹−1 ms. */
export function integerIn(field: string, value: number, min: number, max = 2_147_483_647): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TwinValidationError(field, `must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/** Returns an absolute http(s) URL without its trailing slash; a path (a proxy prefix) is kept. */
export function baseUrlValue(field: string, value: unknown): string {
  const url = typeof value === "string" && URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new TwinValidationError(
      field,
      `must be an absolute http(s) URL without query or fragment, such as "http://127.0.0.1:4010", got ${JSON.stringify(value)}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/**
 * Returns an id for a path parameter. Empty and blank ids, and `.`/`..` (which URLs resolve as directories,
 * so no encoding can send them), are refused; anything else is sent percent-encoded and reaches the server as given.
 */
export function pathParam(field: string, value: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TwinValidationError(
      field,
      `must be a non-empty string, got ${typeof value === "string" ? "a blank string" : typeof value}`,
    );
  }
  if (value === "." || value === "..") throw new TwinValidationError(field, `must not be "." or ".."`);
  try {
    encodeURIComponent(value);
  } catch {
    throw new TwinValidationError(field, "must be well-formed Unicode (it has a lone surrogate)");
  }
  return value;
}
