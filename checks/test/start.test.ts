import { execFileSync, spawn } from "node:child_process";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { repo, run } from "./support/packages.js";

/** The pids of every process below `pid`, from `ps` (the CLI runs under pnpm's shell, not as pnpm's child object). */
function descendants(pid: number): number[] {
  const rows = execFileSync("ps", ["-A", "-o", "pid=,ppid=,stat="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([, , stat]) => !stat!.startsWith("Z")); // exited, only not yet reaped
  const below = (parent: number): number[] =>
    rows.filter(([, ppid]) => Number(ppid) === parent).flatMap(([child]) => [Number(child), ...below(Number(child))]);
  return below(pid);
}

/** Whether a process with this pid still runs (a zombie has exited: it only waits to be reaped). */
function running(pid: number): boolean {
  try {
    return !execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" })
      .trim()
      .startsWith("Z");
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

/** Resolves with the error code of a TCP connection attempt to `port` on loopback ("connected" if it was accepted). */
function dial(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

it.each(["SIGINT", "SIGTERM"] as const)(
  "`pnpm start` stops completely on %s sent to the pnpm process: port closed, no process left",
  async (signal) => {
    const pnpm = spawn("pnpm", ["start", "--", "--port", "0"], {
      cwd: fileURLToPath(repo),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    // "close" comes only once every process holding pnpm's stdout and stderr (the CLI inherits them) has exited.
    const closed = new Promise<void>((resolve) => pnpm.once("close", () => resolve()));
    const port = await new Promise<number>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk;
        const url = /HTTP\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (url && output.includes("Press Ctrl+C")) resolve(Number(url[1]));
      };
      pnpm.stdout.on("data", read);
      pnpm.stderr.on("data", read);
      void closed.then(() => reject(new Error(`pnpm start exited before its banner:\n${output}`)));
    });
    expect(await dial(port)).toBe("connected");
    const children = descendants(pnpm.pid!);
    expect(children.length).toBeGreaterThan(0);

    pnpm.kill(signal);
    await closed;
    expect(await dial(port)).toBe("ECONNREFUSED");
    expect(children.filter(running)).toEqual([]);
  },
  120_000, // only a guard against a hang: pnpm, turbo and the mock start slowly on a busy machine
);

it("Ctrl+C in a terminal stops `pnpm start` quietly: exit code 0, no ELIFECYCLE line", async () => {
  const script = fileURLToPath(new URL("support/ctrl-c.py", import.meta.url));
  const { stdout } = await run("python3", [script, fileURLToPath(repo)]);
  expect(stdout).toContain("Press Ctrl+C to stop.");
  expect(stdout).not.toContain("ELIFECYCLE");
  expect(stdout.trimEnd().split("\n").at(-1)).toBe("EXIT 0");
}, 120_000); // only a guard against a hang, as above
