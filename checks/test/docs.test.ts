import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDocApp, type DocApp } from "../doctest/app.js";
import { type DocFile, extract } from "../doctest/extract.js";
import { runFile, runShell } from "../doctest/run.js";
import { typecheck, writeFiles } from "../doctest/typecheck.js";
import { repo } from "./support/packages.js";
import { type StartedMock, startTwinMock } from "./support/twin-mock.js";

/** The README and every guide, by their path in the repository. */
const guides = [
  "README.md",
  ...readdirSync(new URL("docs/guides/", repo))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/guides/${name}`),
];
const extracted = guides.map((guide) => ({ guide, ...extract(guide, readFileSync(new URL(guide, repo), "utf8")) }));
const files = extracted.flatMap((e) => e.files);
const runnable = files.filter((f) => f.run).map((f) => [`${f.guide}:${f.blocks[0]!.line} ${f.name}`, f] as const);
const shell = extracted.flatMap((e) => e.shell.map((b) => [`${e.guide}:${b.line}`, e.guide, b] as const));
const skipped = extracted.flatMap((e) => e.skipped.map((b) => `${e.guide}:${b.line} (${b.reason})`));
if (skipped.length > 0) console.info(`doc test: ${skipped.length} partial blocks skipped:\n  ${skipped.join("\n  ")}`);

/** The guides' local mock URL, and what it becomes: the mock the doc test started on a free port. */
const GUIDE_HOST = "127.0.0.1:4010";

describe("the code in the README and the guides, in an app outside the workspace with the packed tarballs", () => {
  let app: DocApp;
  let mock: StartedMock | undefined;
  let problems: string[] = [];
  const rewrite = (code: string) =>
    code.replaceAll(GUIDE_HOST, new URL(mock!.url).host).replaceAll("localhost:4010", new URL(mock!.url).host);

  beforeAll(async () => {
    app = await createDocApp();
    mock = await startTwinMock(process.execPath, app.bin("@twin-chat/mock-server", "twin-mock"), app.dir);
    const written = writeFiles(app.dir, files, rewrite);
    problems = await typecheck(app.dir, join(app.dir, "node_modules", "typescript", "bin", "tsc"), written);
  }, 600_000); // only a guard against a hang: packing and installing are slow on a busy machine

  afterAll(async () => {
    await mock?.stop();
    if (app) rmSync(app.dir, { recursive: true, force: true });
  });

  it(`every TypeScript and JavaScript block (${files.length} files) compiles with tsc --strict`, () => {
    expect(files.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toBe("");
  });

  it.each(runnable)("%s runs", async (_name, file: DocFile) => {
    await runFile(
      app.dir,
      file,
      files.filter((f) => f.guide === file.guide),
    );
  });

  it.each(shell)("the commands at %s run", async (_name, guide, block) => {
    await runShell(app.dir, guide, { ...block, code: rewrite(block.code) });
  });
});

it("the testing guide tests the widget the React guide shows, as the React guide shows it", () => {
  const widget = (guide: string) => files.find((f) => f.guide === guide && f.name === "chat-widget.tsx")?.source;
  expect(widget("docs/guides/react.md")).toContain('aria-label="Message"');
  expect(widget("docs/guides/testing.md")).toBe(widget("docs/guides/react.md"));
});
