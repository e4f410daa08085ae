import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { packPublished, run, userEnv } from "./support/packages.js";

/** npm's own script, run by each Node under test so that npm checks `engines` against that Node. */
const npmCli = realpathSync((await run("sh", ["-c", "command -v npm"])).stdout.trim());

const node24 = inject("node24");
if ("skipped" in node24) console.warn(`npm install on Node 24 skipped: ${node24.skipped}`);

const out = mkdtempSync(join(tmpdir(), "twin-npm-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let tarballs: Record<string, string> = {};
beforeAll(async () => {
  tarballs = await packPublished(out);
}, 300_000); // a guard against a hang only: packing six packages is slow on a busy machine

/** Every package.json under `node_modules`, scoped packages and nested trees included. */
function* installed(dir: string): Generator<{ name: string; scripts?: Record<string, string> }> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith("@")) {
      yield* installed(path);
      continue;
    }
    yield JSON.parse(readFileSync(join(path, "package.json"), "utf8"));
    if (readdirSync(path).includes("node_modules")) yield* installed(join(path, "node_modules"));
  }
}

const INSTALL_HOOKS = ["preinstall", "install", "postinstall"];

describe.each([
  { label: `Node ${process.version}`, node: process.execPath, skipped: undefined },
  "skipped" in node24
    ? { label: "Node 24", node: "", skipped: node24.skipped }
    : { label: `Node ${node24.version}`, node: node24.node, skipped: undefined },
])("npm install of every packed tarball on $label", ({ node, skipped }) => {
  // A guard against a hang only: npm resolves and downloads a whole tree, slowly on a busy machine.
  it("prints no warning and brings no install script into the app's tree", { timeout: 300_000 }, async (context) => {
    if (skipped) return context.skip(skipped);
    const app = mkdtempSync(join(out, "app-"));
    // The packages' dependencies on each other come from the tarballs too, as they will from one release.
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ private: true, dependencies: tarballs, overrides: tarballs }),
    );
    const { stderr } = await run(node, [npmCli, "install", "--no-audit", "--no-fund", "--loglevel=warn"], {
      cwd: app,
      env: userEnv,
    });
    expect(stderr.split("\n").filter((line) => /^npm (warn|error)/i.test(line))).toEqual([]);
    const withScripts = [...installed(join(app, "node_modules"))]
      .filter((p) => INSTALL_HOOKS.some((hook) => p.scripts?.[hook]))
      .map((p) => p.name);
    expect(withScripts).toEqual([]);
  });
});
