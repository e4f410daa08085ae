import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packPublished, repo, run, userEnv } from "../test/support/packages.js";

/**
 * The third-party packages the guides' code imports (React, the test stack, msw, TypeScript itself), at the versions
 * the React example is built and tested with: its package.json is the one place they are written.
 */
const THIRD_PARTY = [
  "react",
  "react-dom",
  "@types/react",
  "@types/react-dom",
  "@types/node",
  "typescript",
  "vitest",
  "happy-dom",
  "@testing-library/react",
  "@testing-library/dom",
  "msw",
];

/** The versions of THIRD_PARTY, read from the React example's package.json. */
function thirdParty(): Record<string, string> {
  const example = JSON.parse(readFileSync(new URL("examples/react-chat/package.json", repo), "utf8"));
  const versions: Record<string, string> = { ...example.dependencies, ...example.devDependencies };
  return Object.fromEntries(
    THIRD_PARTY.map((name) => {
      if (!versions[name]) throw new Error(`examples/react-chat/package.json has no version of ${name}`);
      return [name, versions[name]];
    }),
  );
}

/** A reader's app: a folder outside the workspace with the packed tarballs and the guides' other packages installed. */
export interface DocApp {
  dir: string;
  /** The path of an installed package's bin. */
  bin(pkg: string, name: string): string;
}

/**
 * Packs every published package and installs the tarballs into a new folder in the system's temp directory with
 * plain `npm install`, as a reader without the monorepo would. Third-party packages come from npm (its cache first).
 */
export async function createDocApp(): Promise<DocApp> {
  const dir = mkdtempSync(join(tmpdir(), "twin-docs-"));
  const tarballs = join(dir, "tarballs");
  mkdirSync(tarballs);
  const own = await packPublished(tarballs);
  const manifest = {
    name: "twin-docs-app",
    private: true,
    type: "module",
    dependencies: { ...own, ...thirdParty() },
    overrides: own, // the packages' dependencies on each other come from the tarballs too, as from one release
  };
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  const args = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];
  await run("npm", args, { cwd: dir, env: userEnv });
  return {
    dir,
    bin(pkg, name) {
      const installed = JSON.parse(readFileSync(join(dir, "node_modules", pkg, "package.json"), "utf8"));
      const bin = typeof installed.bin === "string" ? installed.bin : installed.bin?.[name];
      if (!bin) throw new Error(`${pkg} has no bin named ${name}`);
      return join(dir, "node_modules", pkg, bin);
    },
  };
}
