import { cp } from "node:fs/promises";
import { defineConfig } from "tsup";
import base from "../../tsup.base.js";

/** ESM only (a Node tool), with the CLI as a second entry and the spec copied beside the build. */
export default defineConfig({
  ...(base as object),
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  async onSuccess() {
    await cp("../../spec/openapi.yaml", "dist/spec/openapi.yaml");
    await cp("../../spec/asyncapi.yaml", "dist/spec/asyncapi.yaml");
  },
});
