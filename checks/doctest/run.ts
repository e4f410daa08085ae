import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, delimiter, dirname, join } from "node:path";
import { promisify } from "node:util";
import { userEnv } from "../test/support/packages.js";
import { type Block, type DocFile, origin } from "./extract.js";
import { folderOf } from "./typecheck.js";

const exec = promisify(execFile);

/** How long one runnable block may take: only a guard against a hang (each waits on events, not on time). */
const HANG_GUARD_MS = 120_000;

/**
 * The environment of a run: a user's shell (no pnpm or outer vitest settings), the app's bins first on PATH, and no
 * colours, so that the output reads plainly in a report.
 */
function environment(app: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(userEnv).filter(([key]) => !/^(VITEST|FORCE_COLOR)/.test(key)));
  const path = `${join(app, "node_modules", ".bin")}${delimiter}${process.env.PATH}`;
  return { ...env, NODE_ENV: "", NO_COLOR: "1", PATH: path };
}

/** Runs a command in `cwd`; rejects with `where`, the command's output (through `explain`) and its exit. */
async function attempt(
  where: string,
  [command, ...args]: string[],
  cwd: string,
  app: string,
  explain = (output: string) => output,
): Promise<string> {
  try {
    const { stdout } = await exec(command!, args, { cwd, env: environment(app), timeout: HANG_GUARD_MS });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "", message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${where} failed: ${message.split("\n")[0]}\n${explain(`${stdout}${stderr}`)}`.trimEnd());
  }
}

/** Adds to each `name:line` in a run's output (a stack frame, a vitest report) the guide's line it comes from. */
function guideLines(file: DocFile): (output: string) => string {
  const name = file.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return (output) =>
    output.replace(
      new RegExp(`${name}:(\\d+)(:\\d+)?`, "g"),
      (found, line) => `${found} [${origin(file, Number(line))}]`,
    );
}

/**
 * A vitest test file that loads the page `page` in happy-dom (its body, scripts left out) and then imports the
 * module, as the page's `<script type="module">` would: it fails when the module throws while it loads.
 */
function pageTest(page: DocFile, module: DocFile): string {
  return `// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { it } from "vitest";

it("${page.name} loads ${module.name}", async () => {
  const html = readFileSync("${page.name}", "utf8"); // vitest runs in the guide's folder
  document.body.innerHTML = html.replace(/<script[\\s\\S]*?<\\/script>/g, "");
  await import("./${module.name}");
});
`;
}

/**
 * Runs a runnable file of the app, where a reader would: a vitest test file with the app's vitest (its guide's
 * `vitest.config.ts`, if the guide gives one); a module that a page of the same guide (among `siblings`) loads, in
 * that page in happy-dom; else the emitted JavaScript with node. Each in its guide's folder.
 */
export function runFile(app: string, file: DocFile, siblings: readonly DocFile[] = []): Promise<string> {
  const where = `${file.guide}:${file.blocks[0]!.line}`;
  const folder = join(app, folderOf(file.guide));
  const vitest = join(app, "node_modules", "vitest", "vitest.mjs");
  if (/\.test\.[cm]?[jt]sx?$/.test(file.name)) {
    // In the test's own folder, so that the vitest.config.ts beside it (file=shared/vitest.config.ts) applies.
    const cwd = join(folder, dirname(file.name));
    return attempt(where, [process.execPath, vitest, "run", basename(file.name)], cwd, app, guideLines(file));
  }
  const page = siblings.find((f) => f.name.endsWith(".html") && f.source.includes(`src="./${file.name}"`));
  if (page) {
    const test = `${file.name}.page.test.ts`;
    writeFileSync(join(folder, test), pageTest(page, file));
    return attempt(where, [process.execPath, vitest, "run", test], folder, app, guideLines(file));
  }
  // Source maps: a stack frame names the guide's file and line, not the emitted JavaScript's.
  const emitted = join(app, ".out", folderOf(file.guide), file.name.replace(/\.tsx?$/, ".js"));
  return attempt(where, [process.execPath, "--enable-source-maps", emitted], folder, app, guideLines(file));
}

/** Runs a shell block with bash (`-e`: the first failing command fails it) in its guide's folder of the app. */
export function runShell(app: string, guide: string, block: Block): Promise<string> {
  const folder = join(app, folderOf(guide));
  mkdirSync(folder, { recursive: true });
  return attempt(`${guide}:${block.line}`, ["bash", "-eo", "pipefail", "-c", block.code], folder, app);
}
