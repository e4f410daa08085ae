import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { repo } from "./support/packages.js";

/** Every vitest config in the repository, as git knows them. */
const configs = execFileSync("git", ["ls-files", "*vitest.config.*"], { cwd: repo, encoding: "utf8" })
  .trim()
  .split("\n");

it.each(configs)("%s merges vitest.base.mjs, so SEED shuffles its tests (pnpm test:stress)", (config) => {
  const source = readFileSync(new URL(config, repo), "utf8");
  expect(source).toMatch(/import base(, \{ packageTests \})? from "(\.\.\/)+vitest\.base\.mjs";/);
  expect(source).toContain("mergeConfig(");
});
