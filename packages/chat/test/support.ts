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

/**
 * How the {@link startFaultProxy} treats the next send (`POST …/messages`): passes it, resets its connection
 * before it reaches the server or after the server answered, or answers 503 itself (`fail-before-server`) or 500
 * after the server stored it (`fail-after-server`).
 */
export type SendFault =
  | "none"
  | "reset-before-server"
  | "reset-after-server"
  | "fail-before-server"
  | "fail-after-server";

/**
 * An HTTP proxy in front of `target` that can fault the next send, before it reaches the server or after the
 * server has answered it (the answer never reaches the client), and can go offline (every connection reset).
 * Counts the sends it saw and records the bodies it passed on.
 */
export async function startFaultProxy(target: string) {
  const { createServer, request } = await import("node:http");
  let next: SendFault = "none";
  let sends = 0;
  let uploads = 0;
  let offline = false;
  let pending = 0;
  const forwarded: string[] = [];
  const stored: { body: string; attachments?: string[] }[] = [];
  const idle = new Set<() => void>();
  const done = () => {
    if (--pending > 0) return;
    for (const resolve of idle) resolve();
    idle.clear();
  };
  const server = createServer((req, res) => {
    if (offline) return void req.socket.resetAndDestroy();
    if (req.method === "POST" && req.url === "/api/v1/files") uploads++;
    const isSend = req.method === "POST" && /\/api\/v1\/sessions\/[^/]+\/messages$/.test(req.url ?? "");
    const fault = isSend ? next : "none";
    if (isSend) {
      sends++;
      next = "none";
    }
    if (fault === "reset-before-server") return void req.socket.resetAndDestroy();
    if (fault === "fail-before-server") return void res.writeHead(503).end();
    const chunks: Buffer[] = [];
    if (isSend) {
      pending++;
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
    }
    const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (up) => {
      if (isSend) {
        if (up.statusCode === 201) {
          const payload = JSON.parse(Buffer.concat(chunks).toString());
          forwarded.push(payload.body);
          stored.push(payload);
        }
        up.on("end", done);
      }
      if (fault === "reset-after-server" || fault === "fail-after-server") {
        up.resume();
        up.on("end", () => (fault === "fail-after-server" ? res.writeHead(500).end() : req.socket.resetAndDestroy()));
        return;
      }
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => {
      if (isSend) done();
      req.socket.destroy();
    });
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
    /** How many uploads (`POST /api/v1/files`) reached the proxy while it was online. */
    get uploads() {
      return uploads;
    },
    /** The bodies of the sends the server stored, in the order it stored them. */
    forwarded,
    /** The sends the server stored, as the client sent them. */
    stored,
    /** Resets every connection and refuses new ones while `on`, as a network that is down. */
    setOffline(on: boolean) {
      offline = on;
      if (on) server.closeAllConnections();
    },
    /** Resolves once no send is on its way to the server or back. */
    idle: () => new Promise<void>((resolve) => (pending === 0 ? resolve() : idle.add(resolve))),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A running {@link startFaultProxy}. */
export type FaultProxy = Awaited<ReturnType<typeof startFaultProxy>>;

/**
 * Starts a {@link startFaultProxy} in front of the current `mock` before each test of the file and closes it after
 * the test (after the test's own `afterEach`, which a file registers later, so its chats close first).
 */
export function faultProxyPerTest(mock: { readonly url: string }): { readonly current: FaultProxy } {
  let proxy: FaultProxy | undefined;
  beforeEach(async () => {
    proxy = await startFaultProxy(mock.url);
  });
  afterEach(() => proxy?.close());
  return {
    get current() {
      if (!proxy) throw new Error("the fault proxy runs inside a test only");
      return proxy;
    },
  };
}
