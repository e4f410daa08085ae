import { io } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { PortInUseError, startMockServer } from "../src/index.js";
import { runCli } from "./support/cli.js";

describe("lifecycle", () => {
  it("starts, stops and starts again on the same port", async () => {
    const first = await startMockServer({ port: 0 });
    const port = new URL(first.url).port;
    await first.close();
    const second = await startMockServer({ port: Number(port) });
    expect(second.url).toBe(first.url);
    expect(
      (
        await fetch(`${second.url}/api/v1/sessions/s/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"body":"x"}',
        })
      ).status,
    ).toBe(201);
    await second.close();
    await expect(fetch(`${second.url}/api/v1/sessions/s/messages`)).rejects.toThrow();
  });

  it("refuses a port in use with PortInUseError naming it", async () => {
    const first = await startMockServer({ port: 0 });
    const port = Number(new URL(first.url).port);
    try {
      await expect(startMockServer({ port })).rejects.toEqual(new PortInUseError(port));
    } finally {
      await first.close();
    }
  });

  it.each(["SIGTERM", "SIGINT"] as const)(
    // Exit code 0 says the server closed by itself, open socket and all: the CLI's 2-second fallback exits with 1.
    "CLI: prints the banner with the URLs and a ready-to-paste client line, and stops cleanly on %s",
    async (signal) => {
      const run = runCli(["--port", "0"]);
      await run.started;
      const { stdout } = run.output();
      const url = /HTTP\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      expect(url).toBeDefined();
      expect(stdout).toContain(`createTwinClient({ baseUrl: "${url}" })`);
      expect(stdout).toContain('path: "/socket.io"');
      const socket = io(url!, {
        path: "/socket.io",
        auth: { sessionId: "bye" },
        transports: ["websocket"],
        reconnection: false,
      });
      await new Promise<void>((resolve) => socket.once("connect", resolve));
      const socketGone = new Promise((resolve) => socket.once("disconnect", resolve));
      run.child.kill(signal);
      expect(await run.exited).toBe(0);
      await socketGone; // the open socket was closed, not left hanging
    },
  );

  it("CLI: a port in use gives one clear line naming the port and --port, and a non-zero exit", async () => {
    const first = await startMockServer({ port: 0 });
    const port = new URL(first.url).port;
    try {
      const run = runCli(["--port", port]);
      expect(await run.exited).toBe(1);
      expect(run.output().stderr.trim()).toBe(
        `twin-mock: port ${port} is already in use; choose another with --port <number> (or --port 0 for any free port).`,
      );
    } finally {
      await first.close();
    }
  });

  it("CLI: takes its flags after the `--` of `pnpm start -- --port …`", async () => {
    const first = await startMockServer({ port: 0 });
    const port = new URL(first.url).port;
    try {
      const run = runCli(["--", "--port", port]);
      expect(await run.exited).toBe(1); // the flag was read: the port given, not 4010, is the one in use
      expect(run.output().stderr).toContain(`port ${port} is already in use`);
    } finally {
      await first.close();
    }
  });

  it("CLI: refuses a bad --port before starting", async () => {
    const run = runCli(["--port", "http"]);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain("--port must be a whole number");
  });
});
