import { defineConfig } from "tsup";

/** The build every published package shares: ESM + CJS + declarations of `src/index.ts`, no source maps. */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  target: "es2022",
});
