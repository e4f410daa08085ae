import { defineConfig, mergeConfig } from "vitest/config";
import base, { packageTests } from "../../vitest.base.mjs";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      ...packageTests,
      include: ["test/**/*.test.{ts,tsx}"],
      environment: "happy-dom",
      // The mock server runs in Node itself, outside happy-dom's globals (its own URL, fetch, WebSocket).
      server: { deps: { external: [/packages\/mock-server\//] } },
    },
  }),
);
