import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const generator = fileURLToPath(new URL("../../packages/api-types/scripts/generate.mjs", import.meta.url));

/** Wall time, in ms, of generating every file from spec/openapi.yaml (`--check` mode: same work, nothing written), best of `runs`. */
export function measureCodegen(runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [generator, "--check"], { stdio: "ignore" });
    times.push(performance.now() - started);
  }
  return { bestMs: Math.min(...times), runs };
}
