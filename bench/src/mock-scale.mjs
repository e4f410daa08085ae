import { fork } from "node:child_process";
import { once } from "node:events";
import { operationRoutes, realtimeDefaults } from "@twin-chat/api-types";
import { createTwinClient } from "@twin-chat/client";
import { closeSession } from "@twin-chat/client/sessions";
import autocannon from "autocannon";
import { io } from "socket.io-client";

const SESSIONS = 1_000;
const SOCKETS = 200;
const CYCLES = 1_000;
const CONCURRENCY = 10;

/** The mock in a child process (fixtures/mock-host.mjs): its URL, its heap after GC on demand, and close. */
async function startMockHost() {
  const child = fork(new URL("./fixtures/mock-host.mjs", import.meta.url), {
    execArgv: [],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const [{ url }] = await once(child, "message");
  return {
    url,
    async heap() {
      child.send("heap");
      const [{ heap }] = await once(child, "message");
      return heap;
    },
    close: () => child.disconnect(),
  };
}

/** Runs `task(i)` for i in 0 … count − 1, `CONCURRENCY` at a time; resolves with the results in order. */
async function inParallel(count, task) {
  const results = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

/** A socket on `sessionId`'s room, once connected. */
async function connect(url, sessionId) {
  const socket = io(url, { path: realtimeDefaults.path, auth: { sessionId }, transports: ["websocket"] });
  await once(socket, "connect");
  return socket;
}

/** p99 latency and req/s of client messages POSTed for `duration` s, spread over `sessionIds`. */
async function messageLoad(url, sessionIds, duration = 2) {
  let turn = 0;
  const result = await autocannon({
    url,
    connections: CONCURRENCY,
    duration,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body: "What are your opening hours?" }),
        setupRequest: (request) => {
          const sessionId = sessionIds[turn++ % sessionIds.length];
          return { ...request, path: operationRoutes.createClientMessage.path.replace("{sessionId}", sessionId) };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  return { p99: result.latency.p99, rps: result.requests.average };
}

/** One session's whole life: started, a socket connected, one message, closed by the client (the mock disconnects it). */
async function sessionLife(twin, url) {
  const { id } = await twin.startSession("demo-chat");
  const socket = await connect(url, id);
  await twin.sendMessage(id, { body: "Hello" });
  const gone = once(socket, "disconnect");
  await closeSession(twin, id);
  await gone;
  socket.disconnect(); // as an app would on `session:closed`: no reconnect to a closed session
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/**
 * The mock at scale, in its own process: p99 of client messages with 1,000 sessions and 200 sockets open, next to
 * the same load on the fresh mock a moment before; and its heap then.
 */
export const mockScaleSuite = {
  name: "mock-scale",
  async measure() {
    const host = await startMockHost();
    const twin = createTwinClient({ baseUrl: host.url });
    const sockets = [];
    try {
      await messageLoad(host.url, ["warm-up"], 1); // code compiled before anything is measured
      const fresh = await messageLoad(host.url, ["fresh-session"]);
      const freshHeap = await host.heap();
      const sessions = await inParallel(SESSIONS, () => twin.startSession("demo-chat"));
      const ids = sessions.map((s) => s.id);
      sockets.push(...(await inParallel(SOCKETS, (i) => connect(host.url, ids[i]))));
      const loaded = await messageLoad(host.url, ids.slice(0, SOCKETS));
      const heap = await host.heap();
      return [
        {
          id: "mock.scale.p99",
          benchmark: `mock server: p99 of client messages with ${SESSIONS} sessions and ${SOCKETS} sockets vs fresh`,
          value: loaded.p99 / fresh.p99,
          unit: "ratio",
          target: { op: "<=", value: 2 },
          measured: `${loaded.p99} vs ${fresh.p99} ms; ${Math.round(loaded.rps)} vs ${Math.round(fresh.rps)} req/s`,
        },
        {
          id: "mock.scale.heap",
          benchmark: `mock server: heap with ${SESSIONS} sessions and ${SOCKETS} sockets`,
          value: heap,
          unit: "B",
          target: { op: "<=", value: 128 * 2 ** 20 },
          measured: `fresh ${mib(freshHeap)}`,
        },
      ];
    } finally {
      for (const socket of sockets) socket.disconnect();
      host.close();
    }
  },
};

/**
 * Heap of the mock, in bytes per session, as whole sessions come and go: `first` lives, then `more` lives; what
 * the heap grew by over the `more` is divided by them. A mock that forgets closed sessions stays near 0.
 */
async function measureChurn(first, more) {
  const host = await startMockHost();
  try {
    const twin = createTwinClient({ baseUrl: host.url });
    await inParallel(first, () => sessionLife(twin, host.url));
    const before = await host.heap();
    await inParallel(more, () => sessionLife(twin, host.url));
    const after = await host.heap();
    return { before, after, perSession: (after - before) / more };
  } finally {
    host.close();
  }
}

/** The mock's churn row: heap per session come and gone, after the store is full. Slow, so one run. */
export const mockChurnSuite = {
  name: "mock-churn",
  runs: 1,
  async measure() {
    const { before, after, perSession } = await measureChurn(CYCLES, CYCLES);
    return [
      {
        id: "mock.churn.heapPerSession",
        benchmark: `mock server: heap growth per session come and gone (${CYCLES} then ${CYCLES} more)`,
        value: perSession,
        unit: "B",
        target: { op: "<=", value: 512 },
        measured: `${mib(before)} → ${mib(after)}`,
      },
    ];
  },
};
