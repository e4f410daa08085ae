import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pack as packInto, published, repo } from "./support/packages.js";

const out = mkdtempSync(join(tmpdir(), "twin-pack-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const pack = (dir: URL) => packInto(dir, out);

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
      "@twin-chat/react",
      "@twin-chat/realtime",
      "@twin-chat/widget",
    ]);
  });

  it.each(published.map((p) => [p.manifest.name as string, p.dir] as const))(
    "%s holds only dist, its bin, README, LICENSE and package.json, no source maps, no install scripts",
    async (_name, dir) => {
      const { files, manifest } = await pack(dir);
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
    async (_name, dir) => {
      const { files, manifest } = await pack(dir);
      expect(manifest.private).toBe(true);
      expect(files.filter((f) => !/^(README\.md|LICENSE|package\.json)$/.test(f))).toEqual([]);
    },
  );
});
