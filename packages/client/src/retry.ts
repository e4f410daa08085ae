import { backoff } from "@twin-chat/api-types";
import { integerIn } from "./validate.js";

/** When and how often a failed call is tried again. */
export interface RetryOptions {
  /** Attempts in all, the first included; `1` never retries. Default `3`, at most `10`. */
  attempts?: number;
  /** Backoff before the first retry, doubled for each next one, with jitter. Default `300` ms. */
  delayMs?: number;
  /** Longest wait before a retry. A `Retry-After` longer than this ends the retries. Default `10000` ms. */
  maxDelayMs?: number;
  /**
   * Also retry POST and PATCH calls, which may have reached the server before the failure and so may repeat
   * a message. Default `false`: only GET, HEAD, PUT, DELETE and OPTIONS are retried.
   */
  nonIdempotent?: boolean;
}

/** A retry policy with every default filled in; `attempts: 1` when retries are off. */
export type RetryPolicy = Required<RetryOptions>;

/** The defaults of {@link RetryOptions}. */
export const RETRY_DEFAULTS: RetryPolicy = { attempts: 3, delayMs: 300, maxDelayMs: 10_000, nonIdempotent: false };

/** Validates `retry` (`true`, `false` or options) over `base`, and returns the full policy. */
export function retryPolicy(field: string, retry: boolean | RetryOptions | undefined, base: RetryPolicy): RetryPolicy {
  if (retry === undefined || retry === true) return base;
  if (retry === false) return { ...base, attempts: 1 };
  const nonIdempotent = retry.nonIdempotent ?? base.nonIdempotent;
  return {
    attempts: integerIn(`${field}.attempts`, retry.attempts ?? base.attempts, 1, 10),
    delayMs: integerIn(`${field}.delayMs`, retry.delayMs ?? base.delayMs, 0, 60_000),
    maxDelayMs: integerIn(`${field}.maxDelayMs`, retry.maxDelayMs ?? base.maxDelayMs, 0, 600_000),
    nonIdempotent: Boolean(nonIdempotent),
  };
}

/** Milliseconds a `Retry-After` header asks to wait (seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const text = header ?? ""; // blank or absent: neither a number nor a date
  const ms = /^\s*\d+\s*$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Wait before retry number `retry` (1 for the first): `Retry-After` when given, otherwise exponential backoff
 * with equal jitter. Undefined when the wait would exceed `maxDelayMs`, meaning: do not retry.
 */
export function retryDelay(
  policy: RetryPolicy,
  retry: number,
  retryAfter?: number,
  random = Math.random,
): number | undefined {
  if (retryAfter !== undefined) return retryAfter <= policy.maxDelayMs ? retryAfter : undefined;
  const wait = backoff(retry - 1, policy.delayMs, policy.maxDelayMs);
  return Math.round(wait / 2 + (random() * wait) / 2);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const end = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", end);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(end, ms);
    signal?.addEventListener("abort", end);
    if (signal?.aborted) end();
  });
}
