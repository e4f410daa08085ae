import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../../vitest.base.mjs";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["e2e/**/*.test.ts"],
      // Polls end as soon as the page shows what they wait for; the ceiling only spares a busy machine.
      expect: { poll: { timeout: 15_000 } },
    },
  }),
);
