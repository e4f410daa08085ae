import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * This module's folder: `dist/` in the build (every entry is one file at its root), `src/` in the sources. Found
 * with Node's own `fileURLToPath`, never the global `URL`, which test environments such as jsdom and happy-dom
 * replace with their own (one that cannot read `file:` URLs).
 */
const here = dirname(fileURLToPath(import.meta.url));

/** The absolute path of `path` under `dist/` when running from the build and the build placed it there. */
export function builtFile(path: string): string | undefined {
  const inBuild = join(here, path);
  return existsSync(inBuild) ? inBuild : undefined;
}

/**
 * The absolute path of a file the package ships: `built` under `dist/` when the build placed it there, else
 * `source` under the package's folder (running from the sources, as the tests do).
 */
export function packageFile(built: string, source: string): string {
  return builtFile(built) ?? join(here, "..", source);
}
