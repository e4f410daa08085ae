#!/usr/bin/env node
// Validates asyncapi.yaml with the AsyncAPI parser (its own Spectral rules included); any diagnostic fails, except
// the parser's hint to move to the newest 3.x minor: the document stays on AsyncAPI 3.0.0 on purpose, the version
// that code generators and viewers support most widely.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { fromFile, Parser } from "@asyncapi/parser";

const ALLOWED = new Set(["asyncapi-latest-version"]);
const file = fileURLToPath(new URL("asyncapi.yaml", import.meta.url));
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const names = { 0: "error", 1: "warning", 2: "info", 3: "hint" };
const problems = diagnostics.filter((d) => !ALLOWED.has(String(d.code)));
for (const d of problems)
  console.error(`${file}:${(d.range?.start.line ?? 0) + 1} ${names[d.severity]} ${d.code} ${d.message}`);
if (!document || problems.length > 0) process.exit(1);
const assumed = (await readFile(file, "utf8")).match(/x-assumed: true/g)?.length ?? 0;
console.log(
  `asyncapi.yaml is valid AsyncAPI ${document.version()}: ${document.operations().length} operations, ${assumed} items marked x-assumed.`,
);
