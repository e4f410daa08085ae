import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { defineConfig } from "tsup";
import base from "../../tsup.base.js";

/**
 * The shared ESM + CJS + declarations build (the API, the MSW handlers `./msw`, the vitest `./global-setup`), plus
 * the `twin-mock` CLI (run as ESM only: its CJS twin is removed)
 * and the operator console's script (for the browser). spec/*.yaml is copied to `dist/spec/` so the published
 * package carries the documents it serves, with the spec resolved once for Prism (`operations.json`: a faster
 * start), the bundled scenarios to `dist/scenarios/`, and the scenario schema and the control API's OpenAPI
 * document beside them.
 */
export default defineConfig([
  {
    ...(base as object),
    entry: {
      index: "src/index.ts",
      cli: "src/adapters/cli.ts",
      msw: "src/adapters/msw/index.ts",
      "global-setup": "src/adapters/global-setup.ts",
    },
    dts: {
      entry: {
        index: "src/index.ts",
        msw: "src/adapters/msw/index.ts",
        "global-setup": "src/adapters/global-setup.ts",
      },
    },
    shims: true,
    // esbuild only compiles the console from the sources (the build ships dist/console.js); msw is a peer.
    external: ["esbuild", "msw"],
    async onSuccess() {
      await rm("dist/cli.cjs", { force: true });
      await mkdir("dist/spec", { recursive: true });
      await cp("../../spec/openapi.yaml", "dist/spec/openapi.yaml");
      await cp("../../spec/asyncapi.yaml", "dist/spec/asyncapi.yaml");
      const operations = await getHttpOperationsFromSpec("../../spec/openapi.yaml");
      await writeFile("dist/spec/operations.json", JSON.stringify(operations));
      await cp("scenarios", "dist/scenarios", { recursive: true });
      await cp("scenario.schema.json", "dist/scenario.schema.json");
      await cp("control-openapi.yaml", "dist/control-openapi.yaml");
    },
  },
  {
    entry: { console: "src/console/console.ts" },
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    outExtension: () => ({ js: ".js" }),
    clean: false,
    dts: false,
  },
]);
