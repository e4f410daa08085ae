import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DRILL = fileURLToPath(new URL("../drill/drill.mjs", import.meta.url));
/** The drill's seed: `SEED` when set (pnpm test:stress sets it), else a fresh one; printed in the test's name. */
const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Runs the drill in its own process, which must end by itself after close(); its last line is the verdict. */
function runDrill() {
  const child = spawn(process.execPath, [DRILL], {
    env: { ...process.env, SEED: String(seed) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, out, err })),
  );
  /** Stops a drill that hangs: it prints how far it got, with its seed, and the test reports the signal. */
  const stop = () => child.kill("SIGTERM");
  return { ended, stop };
}

describe("fault drill", () => {
  it(`delivers 1 040 messages once each and in order through 36 faults of 8 kinds (SEED=${seed})`, async (context) => {
    const run = runDrill();
    context.onTestFailed(() => {
      run.stop();
      console.log(`fault drill failed: replay with SEED=${seed}`);
    });
    const { code, signal, out, err } = await run.ended;
    const verdict = JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
    expect({ ...verdict, stderr: err.slice(0, 2_000) }, `SEED=${seed}`).toMatchObject({
      seed,
      messages: 1_040,
      lost: 0,
      duplicated: 0,
      outOfOrder: 0,
      errors: [],
      gaps: 0,
    });
    expect(verdict.faults).toBeGreaterThanOrEqual(30);
    expect(Object.keys(verdict.kinds)).toHaveLength(8);
    expect({ code, signal }, "the drill's process exits by itself after close()").toEqual({ code: 0, signal: null });
  }, 180_000);
});
