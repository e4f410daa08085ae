import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.base.mjs";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
      testTimeout: 15_000,
      execArgv: ["--expose-gc"],
    },
  }),
);
