import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** The repository root. */
export const repo = new URL("../../../", import.meta.url);
const root = new URL("packages/", repo);

/** Every package under packages/ that is published (not private): its folder and package.json. */
export const published = readdirSync(root)
  .map((dir) => ({
    dir: new URL(`${dir}/`, root),
    manifest: JSON.parse(readFileSync(new URL(`${dir}/package.json`, root), "utf8")),
  }))
  .filter((p) => !p.manifest.private);

/** Packs a package into `out` as `pnpm publish` would; returns the tarball's path, file list and package.json. */
export function pack(dir: URL, out: string) {
  const stdout = execFileSync("pnpm", ["pack", "--pack-destination", out, "--json"], { cwd: dir, encoding: "utf8" });
  const { filename } = JSON.parse(stdout) as { filename: string };
  const files = execFileSync("tar", ["-tzf", filename], { encoding: "utf8" }).trim().split("\n");
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", filename, "package/package.json"], { encoding: "utf8" }));
  return { filename, files: files.map((f) => f.replace(/^package\//, "")), manifest };
}
