import { defineConfig, mergeConfig } from "vitest/config";
import base, { packageTests } from "../../vitest.base.mjs";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      ...packageTests,
      execArgv: ["--expose-gc"],
      // The testing guide's recipe (test/msw/environments/) reads the mock this starts as inject("twinMockUrl").
      globalSetup: ["src/adapters/global-setup.ts"],
    },
  }),
);
