import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";

const chat = fileURLToPath(new URL("../chat.mjs", import.meta.url));
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0 });
});
afterAll(() => mock.close());

/**
 * Runs the example with `input` on stdin; resolves with its exit code and output. It runs as long as it needs: the
 * test's `signal` (aborted when the test times out, a hang guard) stops it, not a kill timer of its own.
 */
function run(args: string[], input: string, signal: AbortSignal) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [chat, ...args], { signal }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

it("chats with the mock bot: greeting, then one answer per line, in order", async ({ signal }) => {
  // After its input ends the example waits for the answers still on their way, at most --wait-ms (5 s by default,
  // for a person); here the answers, not a busy machine's speed, end the wait.
  const args = ["--base-url", mock.url, "--wait-ms", "600000"];
  const { code, stdout, stderr } = await run(args, "Hello\nWhat are your hours?\n", signal);
  expect(stderr).toMatch(/^Session [0-9a-f-]{36} started/);
  expect(stdout.trim().split("\n")).toEqual([
    "Mock bot: Hello! I am the TWIN mock bot. Ask me anything.",
    "Mock bot: You said: Hello",
    "Mock bot: You said: What are your hours?",
  ]);
  expect(code).toBe(0);
});

it("says clearly when the server is down, with a non-zero exit", async ({ signal }) => {
  const { code, stderr } = await run(["--base-url", "http://127.0.0.1:1"], "", signal);
  expect(stderr).toMatch(/^twin-chat: startChatSession: network error/);
  expect(code).toBe(1);
});
