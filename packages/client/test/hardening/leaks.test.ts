import { describe, expect, it } from "vitest";
import { createTwinClient, type FetchLike } from "../../src/index.js";
import { test } from "../support/fault-server.js";
import { hang } from "../support/stub-fetch.js";

/** Counts of the process's active handles and timers by type (`Timeout`, `TCPSocketWrap`, …). */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Runs `total` calls, `batch` at a time, and returns how many were rejected. */
async function run(total: number, batch: number, call: (i: number) => Promise<unknown>): Promise<number> {
  let rejected = 0;
  for (let start = 0; start < total; start += batch) {
    const settled = await Promise.allSettled(
      Array.from({ length: Math.min(batch, total - start) }, (_, i) => call(start + i)),
    );
    rejected += settled.filter((s) => s.status === "rejected").length;
  }
  return rejected;
}

/** One turn of the event loop, for handles closed by the calls just settled to leave the active list. */
const settle = () => new Promise((done) => setImmediate(done));

/** Resource types whose count grew from `before` to `after`: what leaked. */
function grown(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).filter(([type, n]) => n > (before[type] ?? 0)));
}

describe("no leaks", () => {
  it("leaves no timer or handle behind after 3 000 calls that time out, fail or are aborted", {
    timeout: 120_000,
  }, async () => {
    const failing: FetchLike = () => Promise.reject(new TypeError("fetch failed"));
    const timesOut = createTwinClient({ fetch: hang, timeoutMs: 1 });
    const fails = createTwinClient({ fetch: failing, retry: { nonIdempotent: true, attempts: 2, delayMs: 0 } });
    const aborted = createTwinClient({ fetch: hang, timeoutMs: 60_000 });
    await settle();
    const baseline = resources();

    const rejected = await run(3_000, 1_000, (i) => {
      if (i % 3 === 0) return timesOut.sendMessage("s", { body: "b" });
      if (i % 3 === 1) return fails.sendMessage("s", { body: "b" });
      const controller = new AbortController();
      const call = aborted.sendMessage("s", { body: "b" }, { signal: controller.signal });
      queueMicrotask(() => controller.abort());
      return call;
    });
    await settle();

    expect(rejected).toBe(3_000);
    expect(grown(baseline, resources())).toEqual({});
  });

  describe("over real HTTP", () => {
    test("returns to its timer count after 1 000 timed-out and refused requests", { timeout: 120_000 }, async ({
      server,
    }) => {
      const twin = createTwinClient({ baseUrl: server.url, timeoutMs: 20 });
      const refused = createTwinClient({ baseUrl: "http://127.0.0.1:1", timeoutMs: 1_000 });
      await settle();
      const timersBefore = resources().Timeout ?? 0;
      const rejected = await run(1_000, 100, (i) =>
        i % 2 ? twin.sendMessage("no-headers", { body: "b" }) : refused.sendMessage("s", { body: "b" }),
      );
      await settle();
      expect(rejected).toBe(1_000);
      expect(resources().Timeout ?? 0).toBeLessThanOrEqual(timersBefore);
    });
  });
});
