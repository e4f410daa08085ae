import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { type DocFile, origin } from "./extract.js";

const exec = promisify(execFile);

/**
 * The compiler options of the doc app: strict, Node's own module resolution (as a reader's `"type": "module"`
 * app has), JSX for React, JavaScript blocks checked too. Every block is a module of its own (`moduleDetection`),
 * so two blocks never share a name by accident. The emitted JavaScript (in `.out/`) is what the runnable ones run.
 */
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    moduleDetection: "force",
    lib: ["ES2023", "DOM", "DOM.Iterable"],
    jsx: "react-jsx",
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    rootDir: ".",
    outDir: ".out",
    sourceMap: true,
  },
  include: ["docs/**/*"],
};

/** The folder, under the app's `docs/`, that holds a guide's files: its path without `.md`, slashes as dashes. */
export function folderOf(guide: string): string {
  return join("docs", guide.replace(/\.md$/, "").replaceAll("/", "-"));
}

/** Writes each file into `app` (under its guide's folder) with `rewrite` applied; returns where each went. */
export function writeFiles(app: string, files: DocFile[], rewrite = (source: string) => source): Map<string, DocFile> {
  const written = new Map<string, DocFile>();
  for (const file of files) {
    const path = join(folderOf(file.guide), file.name);
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), rewrite(file.source));
    written.set(path, file);
  }
  writeFileSync(join(app, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  return written;
}

/**
 * Type-checks (and emits) every written file with `tsc` (the compiler at `tsc`, run in `app`). Resolves with one
 * line per problem, each naming the guide and line it comes from; an empty list when all compile.
 */
export async function typecheck(app: string, tsc: string, written: Map<string, DocFile>): Promise<string[]> {
  const output = await exec(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { cwd: app }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  );
  const problems: string[] = [];
  for (const line of output.split("\n").filter((l) => l.trim() !== "")) {
    const found = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    const file = found && written.get(found[1]!);
    if (file) problems.push(`${origin(file, Number(found[2]))}: ${found[3]}`);
    else if (/error TS\d+/.test(line)) problems.push(line);
    else if (problems.length > 0)
      problems[problems.length - 1] += `\n${line}`; // a message's further lines
    else problems.push(line);
  }
  return problems;
}
