import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** Runs the built CLI (`dist/cli.js`); resolves once `ready` matches its stdout (or it exits), with the process and its output. */
export function runCli(args: string[], ready = /Press Ctrl\+C/) {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  // "close", not "exit": it comes after the output streams end, so the output is complete.
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  const started = new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (ready.test(stdout)) resolve();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    void exited.then(() => resolve());
  });
  return { child, started, exited, output: () => ({ stdout, stderr }) };
}
