import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = new URL("../../", import.meta.url);
const root = new URL("packages/", repo);
const out = mkdtempSync(join(tmpdir(), "twin-pack-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every package under packages/ that is published (not private). */
const published = readdirSync(root)
  .map((dir) => ({
    dir: new URL(`${dir}/`, root),
    manifest: JSON.parse(readFileSync(new URL(`${dir}/package.json`, root), "utf8")),
  }))
  .filter((p) => !p.manifest.private);

/** Packs a package as `pnpm publish` would, and returns the tarball's file list and its package.json. */
function pack(dir: URL) {
  const stdout = execFileSync("pnpm", ["pack", "--pack-destination", out, "--json"], { cwd: dir, encoding: "utf8" });
  const { filename } = JSON.parse(stdout) as { filename: string };
  const files = execFileSync("tar", ["-tzf", filename], { encoding: "utf8" }).trim().split("\n");
  const manifest = JSON.parse(execFileSync("tar", ["-xzOf", filename, "package/package.json"], { encoding: "utf8" }));
  return { files: files.map((f) => f.replace(/^package\//, "")), manifest };
}

/** Every workspace package that is not published: `pnpm -r pack` packs them too. */
const unpublished = [
  "bench",
  "checks",
  "docs",
  "spec",
  ...readdirSync(new URL("examples/", repo)).map((d) => `examples/${d}`),
].map((dir) => new URL(`${dir}/`, repo));

describe("published tarballs", () => {
  it("cover every public package", () => {
    expect(published.map((p) => p.manifest.name).sort()).toEqual([
      "@twin-chat/api-types",
      "@twin-chat/chat",
      "@twin-chat/client",
      "@twin-chat/mock-server",
      "@twin-chat/realtime",
    ]);
  });

  it.each(published.map((p) => [p.manifest.name as string, p.dir] as const))(
    "%s holds only dist, its bin, README, LICENSE and package.json, no source maps, no install scripts",
    (_name, dir) => {
      const { files, manifest } = pack(dir);
      const bins = Object.values<string>(manifest.bin ?? {}).map((b) => b.replace(/^\.\//, ""));
      expect(
        files.filter((f) => !/^(dist\/.+|README\.md|LICENSE|package\.json)$/.test(f) && !bins.includes(f)),
      ).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json"]));
      expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
      const hooks = ["preinstall", "install", "postinstall", "prepare", "preprepare", "postprepare"];
      expect(Object.keys(manifest.scripts ?? {}).filter((s) => hooks.includes(s))).toEqual([]);
      expect(JSON.stringify(manifest)).not.toContain("workspace:");
    },
  );
});

describe("tarballs of private workspace packages", () => {
  it.each(unpublished.map((dir) => [dir.pathname.split("/").slice(-2, -1)[0]!, dir] as const))(
    "%s packs to its package.json alone (no sources, tests or fixtures)",
    (_name, dir) => {
      const { files, manifest } = pack(dir);
      expect(manifest.private).toBe(true);
      expect(files.filter((f) => !/^(README\.md|LICENSE|package\.json)$/.test(f))).toEqual([]);
    },
  );
});
