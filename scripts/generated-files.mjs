// Writes generated files, or with `--check` on the command line compares them and fails on drift naming the fix.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/**
 * The header every generated file starts with: what it is generated from, by which script, and how to rebuild it.
 * @param {string} source what the file is generated from, such as `spec/`
 * @param {string} script the generating script, from the repository root
 */
export function generatedHeader(source, script) {
  return `/**
 * Generated from ${source} by ${script} — do not edit.
 * Rebuild with \`pnpm generate\`.
 */
/* eslint-disable */
`;
}

/**
 * openapi-typescript's output with a doc comment on each top-level export (`paths`, `components`, …), which it
 * leaves bare; fails on an export `docs` does not name.
 * @param {string} source the generated TypeScript
 * @param {Record<string, string>} docs the doc comment of each export, by name
 */
export function documentExports(source, docs) {
  return source.replace(/^export (?:interface|type) (\$?\w+)/gm, (line, name) => {
    if (!docs[name]) throw new Error(`no doc comment for generated export ${name}`);
    return `/** ${docs[name]} */\n${line}`;
  });
}

/**
 * Writes `files` (name → contents) into `outDir`; with `--check`, writes nothing and exits 1 naming each stale file.
 * @param {URL} outDir the folder of the generated files
 * @param {Record<string, string>} files contents by file name
 * @param {string} source what the files are generated from, for the messages
 */
export async function writeGenerated(outDir, files, source) {
  const check = process.argv.includes("--check");
  const stale = [];
  await mkdir(outDir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) {
    const target = new URL(name, outDir);
    const current = await readFile(target, "utf8").catch(() => "");
    if (current === contents) continue;
    if (check) stale.push(fileURLToPath(target));
    else await writeFile(target, contents);
  }
  if (stale.length > 0) {
    console.error(
      `Generated files are out of date with ${source}:\n  ${stale.join("\n  ")}\nFix: run \`pnpm generate\` at the repository root and commit the result.`,
    );
    process.exit(1);
  }
  console.log(check ? `Generated files match ${source}.` : `Generated files written from ${source}.`);
}
