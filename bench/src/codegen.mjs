import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const generator = fileURLToPath(new URL("../../packages/api-types/scripts/generate.mjs", import.meta.url));

/** Wall time, in ms, of generating every file from spec/openapi.yaml (`--check` mode: same work, nothing written). */
export function measureCodegen() {
  const started = performance.now();
  execFileSync(process.execPath, [generator, "--check"], { stdio: "ignore" });
  return performance.now() - started;
}

/** The codegen row of `pnpm bench`: `pnpm generate` stays a matter of seconds. */
export const codegenSuite = {
  name: "codegen",
  async measure() {
    return [
      {
        id: "codegen",
        benchmark: "codegen: pnpm generate (openapi-typescript + routes + aliases)",
        value: measureCodegen(),
        unit: "ms",
        target: { op: "<=", value: 5_000 },
      },
    ];
  },
};
