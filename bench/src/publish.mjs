#!/usr/bin/env node
// `pnpm bench:publish`: makes the last full `pnpm bench` run the figures a clean clone's docs show, by copying
// bench/results/latest.json to the committed snapshot docs/performance/published.json. Commit it to publish it.
import { copyFile } from "node:fs/promises";

const latest = new URL("../results/latest.json", import.meta.url);
const published = new URL("../../docs/performance/published.json", import.meta.url);
try {
  await copyFile(latest, published);
} catch (error) {
  if (error.code !== "ENOENT") throw error;
  console.error("bench:publish: no bench/results/latest.json yet; run `pnpm bench` first.");
  process.exit(1);
}
console.log("Published: docs/performance/published.json (commit it; `pnpm run docs` builds the page from it).");
