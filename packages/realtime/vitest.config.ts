import { defineConfig, mergeConfig } from "vitest/config";
import base, { packageTests } from "../../vitest.base.mjs";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      ...packageTests,
      testTimeout: 60_000,
      hookTimeout: 60_000, // starting a mock process on a busy machine can take longer than the default 10 s
    },
  }),
);
