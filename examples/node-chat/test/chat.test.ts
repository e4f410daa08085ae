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

/** Runs the example with `input` on stdin; resolves with its exit code and output. */
function run(args: string[], input: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [chat, ...args], { timeout: 20_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

it("chats with the mock bot: greeting, then one answer per line, in order", async () => {
  const { code, stdout, stderr } = await run(["--base-url", mock.url], "Hello\nWhat are your hours?\n");
  expect(stderr).toMatch(/^Session [0-9a-f-]{36} started/);
  expect(stdout.trim().split("\n")).toEqual([
    "Mock bot: Hello! I am the TWIN mock bot. Ask me anything.",
    "Mock bot: You said: Hello",
    "Mock bot: You said: What are your hours?",
  ]);
  expect(code).toBe(0);
});

it("says clearly when the server is down, with a non-zero exit", async () => {
  const { code, stderr } = await run(["--base-url", "http://127.0.0.1:1"], "");
  expect(stderr).toMatch(/^twin-chat: startChatSession: network error/);
  expect(code).toBe(1);
});
