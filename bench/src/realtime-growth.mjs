import { fork } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { realtimeDefaults } from "@twin-chat/api-types";
import { connectSession } from "@twin-chat/realtime";
import { io } from "socket.io-client";
import { heapAfterGc } from "./harness/heap.mjs";

const MESSAGES = 100_000;
const SESSIONS = 200;
const WEBSOCKET = { transports: ["websocket"] };
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The flood server (fixtures/flood-server.mjs) in a child process: its URL, and floods on request. */
export async function startFloodServer() {
  const child = fork(new URL("./fixtures/flood-server.mjs", import.meta.url), {
    execArgv: [],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const [{ port }] = await once(child, "message");
  return {
    url: `http://127.0.0.1:${port}`,
    /** Sends messages `m<from>` … of `sessionId` to its sockets; resolves once all are sent. */
    async flood(sessionId, from, count) {
      child.send({ sessionId, from, count });
      await once(child, "message");
    },
    close: () => child.disconnect(),
  };
}

/** A session of @twin-chat/realtime on `url`, once connected. */
async function openSession(url, sessionId) {
  const session = connectSession({ baseUrl: url, sessionId, socket: WEBSOCKET });
  await new Promise((resolve) => session.once("status", resolve));
  return session;
}

/** A bare socket.io-client socket on `url`, once connected. */
async function openSocket(url, sessionId) {
  const socket = io(url, { path: realtimeDefaults.path, auth: { sessionId }, ...WEBSOCKET });
  await once(socket, "connect");
  return { close: () => socket.disconnect() };
}

/** Heap each of `count` connections made by `open` holds, once all are connected. */
async function heapPerConnection(url, count, open) {
  const before = await heapAfterGc();
  const connections = await Promise.all(Array.from({ length: count }, (_, i) => open(url, `open-${i}`)));
  const per = ((await heapAfterGc()) - before) / count;
  for (const connection of connections) connection.close();
  await sleep(100); // closed sockets let go of their buffers a moment later
  return per;
}

/**
 * What one session holds after `count` messages: the heap, and the ids its de-duplication set remembers. The
 * server sends the messages, then replays them newest first: a remembered id is dropped, the first forgotten one is
 * delivered again, so its position is the number of ids remembered (measured through the public API alone).
 */
export async function measureDeduplication(url, count) {
  const session = await openSession(url, "flood");
  const before = await heapAfterGc();
  let remembered = count;
  let replaying = false;
  session.on("message", (message) => {
    if (!replaying || remembered < count) return;
    remembered = count - 1 - Number(message.id.slice(1));
    session.socket.emit("bench:stop");
  });
  session.socket.emit("bench:flood", count);
  await once(session.socket, "bench:done");
  const heap = (await heapAfterGc()) - before;
  replaying = true;
  session.socket.emit("bench:replay", count);
  await once(session.socket, "bench:done");
  session.close();
  return { remembered, heap };
}

/** Realtime's memory row: heap per open session next to a bare socket.io-client socket's. */
export const realtimeMemorySuite = {
  name: "realtime-memory",
  async measure() {
    const server = await startFloodServer();
    try {
      await heapPerConnection(server.url, 20, openSession); // warm-up: code compiled, pools filled
      await heapPerConnection(server.url, 20, openSocket);
      const ours = await heapPerConnection(server.url, SESSIONS, openSession);
      const bare = await heapPerConnection(server.url, SESSIONS, openSocket);
      return [
        {
          id: "realtime.memoryPerSession",
          benchmark: `realtime: heap per open session vs socket.io-client socket (${SESSIONS} open)`,
          value: ours / bare,
          unit: "ratio",
          target: { op: "<=", value: 2 },
          measured: `${kib(ours)} vs ${kib(bare)}`,
        },
      ];
    } finally {
      server.close();
    }
  },
};

/**
 * Realtime's growth rows after 100,000 messages in one session: the ids it remembers and the heap it holds. Counts
 * do not vary from run to run, so one run.
 */
export const realtimeFloodSuite = {
  name: "realtime-flood",
  runs: 1,
  async measure() {
    const server = await startFloodServer();
    try {
      const { remembered, heap } = await measureDeduplication(server.url, MESSAGES);
      return [
        {
          id: "realtime.dedupAfter100k",
          benchmark: "realtime: ids the de-duplication set holds after 100,000 messages",
          value: remembered,
          unit: "count",
          target: { op: "<=", value: 10_000 },
          measured: `replays dropped before the first forgotten id came through again`,
          enforced: "pnpm test (bench/test/growth.test.ts)",
        },
        {
          id: "realtime.heapAfter100k",
          benchmark: "realtime: heap one session holds after 100,000 messages",
          value: heap,
          unit: "B",
          target: { op: "<=", value: 2 * 2 ** 20 },
          measured: `after GC, the socket included; messages of ~400 B each`,
        },
      ];
    } finally {
      server.close();
    }
  },
};
