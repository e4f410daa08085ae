import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";

/** Runs a command; resolves with its output (rejects with it on a non-zero exit). */
export const run = promisify(execFile);

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

/** The environment of a user's shell: without the `npm_config_*` settings that pnpm passes to the scripts it runs. */
export const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

/** Packs every published package into `out`; resolves with each one's name and `file:` spec of its tarball. */
export async function packPublished(out: string): Promise<Record<string, string>> {
  const packed = await Promise.all(published.map((p) => pack(p.dir, out)));
  return Object.fromEntries(packed.map((p) => [p.manifest.name as string, `file:${p.filename}`]));
}

/** Packs a package into `out` as `pnpm publish` would; returns the tarball's path, file list and package.json. */
export async function pack(dir: URL, out: string) {
  const { stdout } = await run("pnpm", ["pack", "--pack-destination", out, "--json"], { cwd: dir });
  const { filename } = JSON.parse(stdout) as { filename: string };
  const files = (await run("tar", ["-tzf", filename])).stdout.trim().split("\n");
  const manifest = JSON.parse((await run("tar", ["-xzOf", filename, "package/package.json"])).stdout);
  return { filename, files: files.map((f) => f.replace(/^package\//, "")), manifest };
}
