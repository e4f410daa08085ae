import { type ChildProcess, spawn } from "node:child_process";

/** A mock server started from a `twin-mock` bin: its HTTP URL, and how to stop it. */
export interface StartedMock {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `twin-mock --port 0` (the bin at `bin`, run by the Node at `node`, in `cwd`) and resolves once its banner
 * names the port it got; rejects with the output if it exits first.
 */
export async function startTwinMock(node: string, bin: string, cwd: string): Promise<StartedMock> {
  const mock: ChildProcess = spawn(node, [bin, "--port", "0"], { cwd, stdio: ["ignore", "pipe", "inherit"] });
  let banner = "";
  const url = await new Promise<string>((resolve, reject) => {
    mock.stdout!.on("data", (chunk: Buffer) => {
      banner += chunk;
      const found = /HTTP\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
      if (found && banner.includes("Press Ctrl+C")) resolve(found);
    });
    mock.once("exit", (code) => reject(new Error(`twin-mock exited with ${code} before its banner:\n${banner}`)));
  });
  return {
    url,
    async stop() {
      if (mock.exitCode !== null || mock.signalCode !== null) return;
      const closed = new Promise((resolve) => mock.once("close", resolve));
      mock.kill("SIGTERM");
      await closed;
    },
  };
}
