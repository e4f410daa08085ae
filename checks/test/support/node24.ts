import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./packages.js";

/** Where Node 24 from npm's `node` package is installed once (kept between runs, like any node_modules cache). */
const cache = fileURLToPath(new URL("../../node_modules/.cache/node24/", import.meta.url));

/** How long installing node@24 from npm may take before the tests skip (the registry may be slow or unreachable). */
const INSTALL_LIMIT_MS = 180_000;

/** Node 24's binary and version, or why it could not be installed (the tests then say they skipped). */
export type Node24 = { node: string; version: string } | { skipped: string };

/** Node 24's binary, installed from npm when missing; or why it could not be (the tests then say they skipped). */
export async function installNode24(): Promise<Node24> {
  const node = join(cache, "node_modules", "node", "bin", "node");
  try {
    if (!existsSync(node)) {
      const args = ["install", "--prefix", cache, "--no-audit", "--no-fund", "--loglevel=error", "node@24"];
      await run("npm", args, { timeout: INSTALL_LIMIT_MS });
    }
    const version = (await run(node, ["--version"])).stdout.trim();
    if (!version.startsWith("v24.")) return { skipped: `npm's node@24 package gave ${version}` };
    return { node, version };
  } catch (error) {
    const { stderr, message, killed } = error as { stderr?: string; message: string; killed?: boolean };
    if (killed) return { skipped: `npm install node@24 did not finish within ${INSTALL_LIMIT_MS / 1000} s` };
    return { skipped: `node@24 is not installable from npm here: ${(stderr || message).trim().split("\n")[0]}` };
  }
}
