import { cp, rm } from "node:fs/promises";
import { defineConfig } from "tsup";
import base from "../../tsup.base.js";

/**
 * The shared ESM + CJS + declarations build, plus the `twin-mock` CLI (run as ESM only: its CJS twin is removed),
 * with spec/*.yaml copied to `dist/spec/` so the published package carries the documents it serves.
 */
export default defineConfig({
  ...(base as object),
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  dts: { entry: { index: "src/index.ts" } },
  shims: true,
  async onSuccess() {
    await rm("dist/cli.cjs", { force: true });
    await cp("../../spec/openapi.yaml", "dist/spec/openapi.yaml");
    await cp("../../spec/asyncapi.yaml", "dist/spec/asyncapi.yaml");
  },
});
