#!/usr/bin/env node
// `pnpm test:stress`: the whole suite (`pnpm test`, turbo's cache bypassed) three times in a row while
// `stress-ng --cpu 2` keeps the CPU busy, each run in an order shuffled from its own printed seed (`SEED`, read by
// vitest.base.mjs). `SEED=n` repeats one order; `--runs n` changes the count; `--load loops` keeps the CPU busy with
// two busy loops (`while :; do :; done`, as a shared CI machine's neighbours might) instead. Exits non-zero if any
// run failed.
import { spawn, spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "3" }, load: { type: "string", default: "stress-ng" } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, got ${values.runs}`);
if (!["stress-ng", "loops"].includes(values.load)) {
  throw new Error(`--load must be stress-ng or loops, got ${values.load}`);
}

/** Whether `command` can be run from PATH. */
function installed(command) {
  return !spawnSync(command, ["--version"], { stdio: "ignore" }).error;
}

/** Installs stress-ng from Debian when it is missing (as .ci/run does for Chromium); false if that failed. */
function ensureStressNg() {
  if (installed("stress-ng")) return true;
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["apt-get", "update", "-qq"],
    ["apt-get", "install", "-y", "-qq", "stress-ng"],
  ]) {
    const [command, ...rest] = [...sudo, ...args];
    spawnSync(command, rest, { stdio: "inherit", env });
  }
  return installed("stress-ng");
}

/**
 * Starts the CPU load: two shell busy loops with `--load loops`, else stress-ng on two workers, or the loops where
 * stress-ng cannot be installed.
 */
function startLoad() {
  const loop = () => spawn("sh", ["-c", "while :; do :; done"], { stdio: "ignore" });
  if (values.load === "loops") return { name: "2 busy loops", workers: [loop(), loop()] };
  if (ensureStressNg()) {
    return { name: "stress-ng --cpu 2", workers: [spawn("stress-ng", ["--cpu", "2", "--quiet"], { stdio: "ignore" })] };
  }
  return { name: "2 busy loops (stress-ng could not be installed)", workers: [loop(), loop()] };
}

/** Runs `pnpm test` once with `seed`, every task really run; resolves with whether it passed. */
function runSuite(seed) {
  const child = spawn("pnpm", ["run", "test", "--force", "--continue", "--output-logs=errors-only"], {
    stdio: "inherit",
    env: { ...process.env, SEED: String(seed) },
  });
  return new Promise((resolve) => child.once("close", (code) => resolve(code === 0)));
}

const load = startLoad();
const stopLoad = () => {
  for (const worker of load.workers) worker.kill();
};
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    stopLoad();
    process.exit(1);
  });
}

const started = Date.now();
const results = [];
for (let run = 1; run <= runs; run++) {
  const seed = process.env.SEED ? Number(process.env.SEED) : randomInt(1, 2 ** 31);
  console.log(`\ntest:stress: run ${run}/${runs}, SEED=${seed}, under ${load.name}\n`);
  const runStarted = Date.now();
  const passed = await runSuite(seed);
  results.push({ seed, passed, seconds: Math.round((Date.now() - runStarted) / 1000) });
  console.log(`\ntest:stress: run ${run}/${runs} ${passed ? "passed" : "FAILED"} (SEED=${seed})`);
}
stopLoad();

const failed = results.filter((r) => !r.passed);
console.log(`\ntest:stress: ${runs - failed.length}/${runs} runs passed under ${load.name}`);
for (const [i, r] of results.entries()) {
  console.log(`  run ${i + 1}: ${r.passed ? "passed" : "FAILED"}  SEED=${r.seed}  ${r.seconds} s`);
}
console.log(`  total ${Math.round((Date.now() - started) / 1000)} s`);
if (failed.length > 0) console.log(`Replay a failed order with: SEED=${failed[0].seed} pnpm test`);
process.exitCode = failed.length > 0 ? 1 : 0;
