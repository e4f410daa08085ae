import { TwinValidationError } from "./errors.js";

const MAX_TIMER_MS = 2_147_483_647;

/** Returns `value` if it is a whole number of milliseconds usable as a timer (1 … 2³¹−1). */
export function timeoutValue(field: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_TIMER_MS) {
    throw new TwinValidationError(
      field,
      `must be a whole number of milliseconds from 1 to ${MAX_TIMER_MS}, got ${String(value)}`,
    );
  }
  return value;
}

/** Returns `value` if it is a whole number within `min` … `max`. */
export function integerIn(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TwinValidationError(field, `must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

/** Returns an absolute http(s) URL without its trailing slash; a path (a proxy prefix) is kept. */
export function baseUrlValue(field: string, value: unknown): string {
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new TwinValidationError(
      field,
      `must be an absolute http(s) URL without query or fragment, such as "http://127.0.0.1:4010", got ${JSON.stringify(value)}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

/** Returns `value` if it is a function. */
export function functionValue<T>(field: string, value: T): T {
  if (typeof value !== "function") throw new TwinValidationError(field, `must be a function, got ${typeof value}`);
  return value;
}

/**
 * Returns an id for a path parameter. Empty and blank ids, and `.`/`..` (which URLs resolve as directories,
 * so no encoding can send them), are refused; anything else is sent percent-encoded and reaches the server as given.
 */
export function pathParam(field: string, value: unknown): string {
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
