#!/usr/bin/env node
// `pnpm bench [--only client,size] [--runs 3]`: every suite, run in interleaved rounds; prints one table and, for a
// full run, writes results/latest.json with every run's raw figures.
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { describeMachine, loadAverage } from "./harness/machine.mjs";
import { summarize } from "./harness/stats.mjs";
import { SUITES } from "./suites.mjs";

const { values: flags } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: { only: { type: "string" }, runs: { type: "string", default: "3" } },
});
const rounds = Number(flags.runs);
const only = flags.only?.split(",");
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--runs must be a whole number ≥ 1, got ${flags.runs}`);
const unknown = only?.filter((name) => !SUITES.some((s) => s.name === name)) ?? [];
if (unknown.length > 0) throw new Error(`--only: no suite ${unknown.join(", ")}; suites: ${SUITES.map((s) => s.name)}`);
const suites = SUITES.filter((s) => !only || only.includes(s.name));

const loadAtStart = loadAverage();
const started = performance.now();
/** Every sample of every round, by row id, in table order. */
const samples = new Map();
// Rounds, not one suite three times in a row: a burst of load on the shared machine then hits one run of each
// row instead of every run of one row.
for (let round = 1; round <= rounds; round++) {
  for (const suite of suites) {
    if (round > (suite.runs ?? rounds)) continue;
    const suiteStarted = performance.now();
    for (const sample of await suite.measure()) {
      samples.set(sample.id, [...(samples.get(sample.id) ?? []), sample]);
    }
    console.error(
      `round ${round}/${rounds}: ${suite.name} (${((performance.now() - suiteStarted) / 1000).toFixed(1)} s)`,
    );
  }
}

const rows = [...samples.values()].map(summarize);
const machine = describeMachine(loadAtStart, loadAverage());
const date = new Date().toISOString();
console.log(`\ntwin-chat benchmarks — ${date} — ${machine.line}`);
console.log(`median of ${rounds} runs; "noisy": the runs spread wider than the median's margin to the target`);
console.table(
  rows.map((r) => ({
    benchmark: r.benchmark,
    median: r.text.median,
    "spread (max − min)": r.text.spread,
    target: r.text.target,
    status: r.status,
    "measured (median run)": r.text.measured,
  })),
);
if (only || rounds !== 3) {
  console.log("A partial run: results/latest.json is left as it was.");
} else {
  const results = { date, durationS: Math.round((performance.now() - started) / 1000), runs: rounds, machine, rows };
  await mkdir(new URL("../results/", import.meta.url), { recursive: true });
  await writeFile(new URL("../results/latest.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  console.log("Written: bench/results/latest.json (publish it to the docs with `pnpm bench:publish`).");
}
