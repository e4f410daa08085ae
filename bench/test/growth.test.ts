import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureDeduplication, startFloodServer } from "../src/realtime-growth.mjs";

// The bounds `pnpm bench` reports on, checked here without a clock: counts, not times.
describe("cost that must stay bounded as the work grows", () => {
  let server: Awaited<ReturnType<typeof startFloodServer>>;
  beforeAll(async () => {
    server = await startFloodServer();
  });
  afterAll(() => server?.close());

  it("a realtime session remembers at most 10,000 ids, however many messages it has seen", async () => {
    const { remembered } = await measureDeduplication(server.url, 25_000);
    expect(remembered).toBeGreaterThan(0); // it does drop replays
    expect(remembered).toBeLessThanOrEqual(10_000);
  }, 120_000);
});
