import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { connectSession } from "../../src/index.js";
import { connected, until } from "../support.js";

// The mock runs in its own process, so that only this package's handles and timers are counted here.
let child: ChildProcess;
const mock = { socketUrl: "" };
beforeAll(async () => {
  const cli = createRequire(import.meta.url)
    .resolve("@twin-chat/mock-server/package.json")
    .replace("package.json", "dist/cli.js");
  child = spawn(process.execPath, [cli, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  await new Promise<void>((resolve) =>
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      if (/Press Ctrl\+C/.test(out)) resolve();
    }),
  );
  mock.socketUrl = /Realtime\s+(\S+)/.exec(out)![1]!;
});
afterAll(() => {
  child.kill("SIGTERM");
});

/** Counts of the process's active handles and timers by type. */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
}

/** Resource types whose count grew from `before` to `after`. */
const grown = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.entries(after).filter(([type, n]) => n > (before[type] ?? 0)));

/**
 * Waits, with no clock of its own, for every count to fall back to `baseline` as the sockets close; a leak never
 * does, and the test's timeout then ends it with what grew.
 */
async function leftover(baseline: Record<string, number>): Promise<Record<string, number>> {
  onTestFailed(() => console.log("grown since the baseline:", grown(baseline, resources())));
  await until(() => Object.keys(grown(baseline, resources())).length === 0);
  return grown(baseline, resources());
}

describe("close() leaves nothing behind", () => {
  // A handle or timer that close() leaves shows in the counts after one cycle; 1 000 cycles show one left only now
  // and then as well, without 10 000 sockets' worth of CPU work racing the guard on a busy machine.
  it("after 1 000 connect/close cycles, handles and timers are back to their baseline", async () => {
    const baseline = resources();
    for (let i = 0; i < 1_000; i++) {
      const session = connectSession({ baseUrl: mock.socketUrl, sessionId: `cycle-${i}`, socket: { forceNew: true } });
      session.on("message", () => {});
      const iterator = session.messages();
      session.close();
      expect((await iterator.next()).done).toBe(true);
    }
    expect(await leftover(baseline)).toEqual({});
  }, 120_000); // only a guard against a hang: sockets come and go slowly on a busy machine

  it("after 200 sessions that really connected, handles and timers are back to their baseline", async () => {
    const baseline = resources();
    for (let batch = 0; batch < 10; batch++) {
      const sessions = Array.from({ length: 20 }, (_, i) =>
        connectSession({
          baseUrl: mock.socketUrl,
          sessionId: `real-${batch}-${i}`,
          socket: { forceNew: true, transports: ["websocket"] },
        }),
      );
      await Promise.all(sessions.map(connected));
      for (const s of sessions) s.close();
      expect(sessions.every((s) => s.status === "closed")).toBe(true);
    }
    expect(await leftover(baseline)).toEqual({});
  }, 120_000); // only a guard against a hang: sockets come and go slowly on a busy machine
});
