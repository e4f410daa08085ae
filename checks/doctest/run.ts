import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { userEnv } from "../test/support/packages.js";
import type { Block, DocFile } from "./extract.js";
import { folderOf } from "./typecheck.js";

const exec = promisify(execFile);

/** How long one runnable block may take: only a guard against a hang (each waits on events, not on time). */
const HANG_GUARD_MS = 120_000;

/** The environment of a run: a user's shell (no pnpm or outer vitest settings), the app's bins first on PATH. */
function environment(app: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(userEnv).filter(([key]) => !key.startsWith("VITEST")));
  return { ...env, NODE_ENV: "", PATH: `${join(app, "node_modules", ".bin")}${delimiter}${process.env.PATH}` };
}

/** Runs a command in `cwd`; rejects with `where`, the command's output and its exit. */
async function attempt(where: string, command: string, args: string[], cwd: string, app: string): Promise<string> {
  try {
    const { stdout } = await exec(command, args, { cwd, env: environment(app), timeout: HANG_GUARD_MS });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "", message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${where} failed: ${message.split("\n")[0]}\n${stdout}${stderr}`.trimEnd());
  }
}

/**
 * Runs a runnable file of the app, where a reader would: a vitest test file with the app's vitest (its guide's
 * `vitest.config.ts`, if the guide gives one), else the emitted JavaScript with node, in its guide's folder.
 */
export function runFile(app: string, file: DocFile): Promise<string> {
  const where = `${file.guide}:${file.blocks[0]!.line}`;
  const folder = join(app, folderOf(file.guide));
  if (/\.test\.[cm]?[jt]sx?$/.test(file.name)) {
    const vitest = join(app, "node_modules", "vitest", "vitest.mjs");
    return attempt(where, process.execPath, [vitest, "run", file.name], folder, app);
  }
  const emitted = join(app, ".out", folderOf(file.guide), file.name.replace(/\.tsx?$/, ".js"));
  return attempt(where, process.execPath, [emitted], folder, app);
}

/** Runs a shell block with bash (`-e`: the first failing command fails it) in its guide's folder of the app. */
export function runShell(app: string, guide: string, block: Block): Promise<string> {
  const folder = join(app, folderOf(guide));
  mkdirSync(folder, { recursive: true });
  return attempt(`${guide}:${block.line}`, "bash", ["-eo", "pipefail", "-c", block.code], folder, app);
}
