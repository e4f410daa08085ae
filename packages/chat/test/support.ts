import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { afterEach, beforeEach, onTestFailed } from "vitest";
import type { Chat, ChatSnapshot } from "../src/index.js";

/** Starts a mock server (port 0, 1 ms bot replies) before each test of the file and closes it after the test. */
export function mockPerTest() {
  const mock = {
    /** The current test's server; a test may close it and put a new one here (a server restart). */
    server: undefined as unknown as MockServer,
    /** The current server's URL, for HTTP and Socket.IO alike. */
    get url() {
      return mock.server.url;
    },
  };
  beforeEach(async () => {
    mock.server = await startMockServer({ port: 0, replyDelayMs: 1 });
  });
  afterEach(() => mock.server.close());
  return mock;
}

/**
 * Resolves with the chat's snapshot once `check` holds for it, from the chat's own change events. It has no clock of
 * its own: a condition that never holds ends with the test's timeout (a hang guard), which prints the last snapshot.
 */
export function until(chat: Chat, check: (s: ChatSnapshot) => boolean): Promise<ChatSnapshot> {
  return new Promise((resolve) => {
    if (check(chat.getSnapshot())) return resolve(chat.getSnapshot());
    let held = false;
    onTestFailed(() => {
      if (!held) console.log("a condition never held; the last snapshot:", chat.getSnapshot());
    });
    const stop = chat.subscribe(() => {
      if (!check(chat.getSnapshot())) return;
      held = true;
      stop();
      resolve(chat.getSnapshot());
    });
  });
}

/** The bodies of the chat's messages, in order. */
export const bodies = (s: ChatSnapshot) => s.messages.map((m) => m.body);

/** A Storage look-alike in memory, as `localStorage` would behave across a page reload. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** How the {@link startFaultProxy} treats the next send (`POST …/messages`): passes it, or resets its connection. */
export type SendFault = "none" | "reset-before-server" | "reset-after-server";

/**
 * An HTTP proxy in front of `target` that can reset the connection of the next send, before it reaches the
 * server or after the server has answered it (the answer never reaches the client). Counts the sends it saw.
 */
export async function startFaultProxy(target: string) {
  const { createServer, request } = await import("node:http");
  let next: SendFault = "none";
  let sends = 0;
  const server = createServer((req, res) => {
    const isSend = req.method === "POST" && /\/api\/v1\/sessions\/[^/]+\/messages$/.test(req.url ?? "");
    const fault = isSend ? next : "none";
    if (isSend) {
      sends++;
      next = "none";
    }
    if (fault === "reset-before-server") return void req.socket.resetAndDestroy();
    const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (up) => {
      if (fault === "reset-after-server") {
        up.resume();
        up.on("end", () => req.socket.resetAndDestroy());
        return;
      }
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    /** Sets what happens to the next send. */
    fail(fault: SendFault) {
      next = fault;
    },
    get sends() {
      return sends;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
