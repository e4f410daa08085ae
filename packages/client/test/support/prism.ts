import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

const spec = fileURLToPath(new URL("../../../../spec/openapi.yaml", import.meta.url));
const prismBin = fileURLToPath(new URL("../../node_modules/.bin/prism", import.meta.url));

/** A port that was free a moment ago on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Starts the real Prism CLI on the spec for the integration tests, and stops it after them. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const prism: ChildProcess = spawn(prismBin, ["mock", spec, "--host", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  prism.stdout?.on("data", (chunk: Buffer) => (log += chunk));
  prism.stderr?.on("data", (chunk: Buffer) => (log += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start in 30 s:\n${log}`)), 30_000);
    prism.once("exit", (code) => reject(new Error(`Prism exited with ${code}:\n${log}`)));
    prism.stdout?.on("data", () => {
      if (log.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  project.provide("prismUrl", `http://127.0.0.1:${port}`);
  return async () => {
    prism.kill("SIGTERM");
    await new Promise((resolve) => prism.once("exit", resolve));
  };
}
