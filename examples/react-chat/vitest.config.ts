import { defineConfig, mergeConfig } from "vitest/config";
import base from "../../vitest.base.mjs";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Polls end as soon as the page shows what they wait for; the ceiling only spares a busy machine.
      expect: { poll: { timeout: 15_000 } },
      projects: [
        { extends: true, test: { name: "e2e", include: ["e2e/**/*.test.ts"] } },
        {
          extends: true,
          test: {
            name: "component",
            include: ["test/**/*.test.tsx"],
            environment: "happy-dom",
            // The mock runs in Node itself, outside happy-dom's globals (its own URL, fetch and sockets).
            server: { deps: { external: [/packages\/mock-server\//] } },
          },
        },
      ],
    },
  }),
);
