import { describe, expect, it } from "vitest";
import { RETRY_DEFAULTS, retryAfterMs, retryDelay, retryPolicy } from "../../src/retry.js";

describe("retry policy", () => {
  it("reads Retry-After in seconds and as an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:03 GMT", now)).toBe(3000);
    expect(retryAfterMs("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it("backs off exponentially with jitter between half and all of the step, capped", () => {
    const policy = { ...RETRY_DEFAULTS, delayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(policy, n, undefined, () => 0))).toEqual([50, 100, 200, 400, 500]);
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(policy, n, undefined, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });

  it("turns retries off with false and fills in the defaults", () => {
    expect(retryPolicy("retry", false, RETRY_DEFAULTS)).toEqual({ ...RETRY_DEFAULTS, attempts: 1 });
    expect(retryPolicy("retry", { attempts: 5 }, RETRY_DEFAULTS)).toEqual({ ...RETRY_DEFAULTS, attempts: 5 });
  });

  it.each([
    [{ attempts: 0 }, "retry.attempts"],
    [{ attempts: 1e9 }, "retry.attempts"],
    [{ attempts: 2.5 }, "retry.attempts"],
    [{ delayMs: -1 }, "retry.delayMs"],
    [{ maxDelayMs: Number.NaN }, "retry.maxDelayMs"],
  ])("refuses %j naming %s", (retry, field) => {
    expect(() => retryPolicy("retry", retry, RETRY_DEFAULTS)).toThrow(expect.objectContaining({ field }));
  });
});
