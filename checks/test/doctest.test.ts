import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocTestError, extract } from "../doctest/extract.js";
import { runFile } from "../doctest/run.js";
import { typecheck, writeFiles } from "../doctest/typecheck.js";
import { repo } from "./support/packages.js";

const FIXTURE = "checks/test/fixtures/broken-import.md";
const fixture = readFileSync(new URL(FIXTURE, repo), "utf8");

describe("the doc test's extractor", () => {
  it("joins the blocks marked as one file, in order, and keeps each line's place in the guide", () => {
    const { files, skipped } = extract(FIXTURE, fixture);
    expect(files.map((f) => [f.name, f.blocks.map((b) => b.line)])).toEqual([
      ["usage.ts", [6, 13]],
      ["throws.mjs", [27]],
    ]);
    expect(files[0]!.source.split("\n")[3]).toBe('import { createTwinClinet } from "@twin-chat/client";');
    expect(files[0]!.lines[3]).toBe(14);
    expect(skipped).toEqual([expect.objectContaining({ line: 20, reason: "a fragment" })]);
  });

  it("takes inline code at the start of a line for text, not for a fence", () => {
    expect(extract("guide.md", "```` ```ts ```` blocks are checked.\n```ts\nconst a = 1;\n```\n").files).toEqual([
      expect.objectContaining({ name: "block-2.ts", source: "const a = 1;\n" }),
    ]);
  });

  it.each([
    ["<!-- doctest: skip -->\n```ts\nx\n```\n", 'guide.md:1: "doctest: skip" needs a reason'],
    ["<!-- doctest: file=a.ts fast -->\n```ts\nx\n```\n", 'guide.md:1: unknown doctest marker word "fast"'],
    ["<!-- doctest: file=a.ts -->\nSome text.\n```ts\nx\n```\n", "guide.md:1: a doctest marker must sit right above"],
    ["text\n<!-- doctest: run -->\n", "guide.md:2: a doctest marker with no code block after it"],
    ["<!-- doctest: run -->\n```yaml\na: 1\n```\n", 'guide.md:2: a doctest marker on a "yaml" block'],
    ["```ts\nx\n", "guide.md:1: a code block that is never closed"],
    ["<!-- doctest: file=page.ts -->\n```html\n<p></p>\n```\n", "guide.md:2: an HTML block is a page, file=NAME.html"],
  ])("rejects a bad marker, naming the guide and line: %j", (markdown, message) => {
    expect(() => extract("guide.md", markdown)).toThrow(DocTestError);
    expect(() => extract("guide.md", markdown)).toThrow(message);
  });
});

describe("the doc test's type check and run", () => {
  // The workspace's own packages and TypeScript, so that this test needs no install.
  const app = mkdtempSync(join(tmpdir(), "twin-doctest-"));
  symlinkSync(fileURLToPath(new URL("checks/node_modules", repo)), join(app, "node_modules"), "dir");
  const { files } = extract(FIXTURE, fixture);
  let problems: string[] = [];
  beforeAll(async () => {
    const tsc = fileURLToPath(new URL("node_modules/typescript/bin/tsc", repo));
    problems = await typecheck(app, tsc, writeFiles(app, files)); // emits .out/ for the run too
  });
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it("fails a guide whose import is broken, naming the guide and the line", () => {
    expect(problems).toEqual([
      expect.stringMatching(
        /^checks\/test\/fixtures\/broken-import\.md:14 \(code block at line 13\): TS2724: '"@twin-chat\/client"' has no exported member named 'createTwinClinet'/,
      ),
    ]);
  });

  it("fails a block that throws when it runs, naming the guide's line where it threw", async () => {
    const throws = files.find((f) => f.name === "throws.mjs")!;
    expect(throws.run).toBe(true);
    const failure = runFile(app, throws);
    await expect(failure).rejects.toThrow(/^checks\/test\/fixtures\/broken-import\.md:27 failed: /);
    await expect(failure).rejects.toThrow(
      "throws.mjs:2:7 [checks/test/fixtures/broken-import.md:29 (code block at line 27)]",
    );
    await expect(failure).rejects.toThrow("broken on purpose: 42");
  });
});
