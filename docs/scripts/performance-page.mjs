#!/usr/bin/env node
// Builds the Performance page of the docs site from the benchmark results, before typedoc runs: the hand-written
// prose of performance/page.md with the figures put in: the machine line, a bar chart (inline SVG) and the table.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { renderChart } from "./performance-chart.mjs";

const here = (path) => new URL(`../${path}`, import.meta.url);
/** A local `pnpm bench` run, when there is one (gitignored). */
const LOCAL = here("../bench/results/latest.json");
/** The last published run, committed, so that a clean clone builds the same page (`pnpm bench:publish`). */
const PUBLISHED = here("performance/published.json");

/** The results the page shows: this checkout's own run if it has one, else the published snapshot. */
async function pageResults() {
  const local = existsSync(LOCAL);
  const results = JSON.parse(await readFile(local ? LOCAL : PUBLISHED, "utf8"));
  return { results, source: local ? "a local run (bench/results/latest.json)" : "the published snapshot" };
}

/** A markdown table cell: pipes escaped, no line breaks. */
const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");

/** The results table in markdown, one line per row, in the order of the JSON. */
function renderTable(rows) {
  const head =
    "| benchmark | median | spread (max − min) | target | status | measured (median run) |\n|---|---|---|---|---|---|";
  const lines = rows.map((r) =>
    [r.benchmark, r.text.median, r.text.spread, r.text.target, r.status, r.text.measured].map(cell).join(" | "),
  );
  return [head, ...lines.map((line) => `| ${line} |`)].join("\n");
}

/** The page: the template with `<!-- results -->` replaced by the figures. */
async function renderPage({ results, source }) {
  const template = await readFile(here("performance/page.md"), "utf8");
  const { date, machine, runs, durationS } = results;
  const figures = [
    `Figures from ${source}, measured ${date.slice(0, 16).replace("T", " ")} UTC in ${durationS} s: median of ${runs} runs.`,
    `Machine: ${machine.line}. The [raw runs](performance.json) are in JSON.`,
    "",
    renderChart(results.rows),
    "",
    renderTable(results.rows),
  ].join("\n");
  if (!template.includes("<!-- results -->")) throw new Error("performance/page.md has no <!-- results --> marker");
  return template.replace("<!-- results -->", figures);
}

const page = await pageResults();
await mkdir(here("generated"), { recursive: true });
await writeFile(here("generated/performance.md"), await renderPage(page));
await writeFile(here("generated/performance.json"), `${JSON.stringify(page.results, null, 2)}\n`);
