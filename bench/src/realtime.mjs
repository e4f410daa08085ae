import { realtimeDefaults, serverEvents } from "@twin-chat/api-types";
import { startMockServer } from "@twin-chat/mock-server";
import { connectSession } from "@twin-chat/realtime";
import { io } from "socket.io-client";

/** The p-th percentile (0–100) of sorted `values`. */
const percentile = (values, p) => values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Resolves with the next bot message that `subscribe` reports. */
function nextBotMessage(subscribe) {
  return new Promise((resolve) => {
    const off = subscribe((message) => {
      if (message.authorType !== "BOT") return;
      off();
      resolve(message);
    });
  });
}

/**
 * Message POST → bot reply in the app's callback, over `count` messages each, through @twin-chat/realtime and
 * through a bare socket.io-client socket on the same mock, alternating so both see the same conditions.
 */
export async function measureRealtime({ count = 1000 } = {}) {
  const mock = await startMockServer({ port: 0, replyDelayMs: 0 });
  const raw = io(mock.socketUrl, {
    path: realtimeDefaults.path,
    auth: { sessionId: "bench-raw" },
    transports: ["websocket"],
  });
  const ours = connectSession({
    baseUrl: mock.socketUrl,
    sessionId: "bench-ours",
    socket: { transports: ["websocket"] },
  });
  await Promise.all([
    new Promise((resolve) => raw.once("connect", resolve)),
    new Promise((resolve) => ours.once("status", resolve)),
  ]);
  const subscribers = {
    raw: (listener) => {
      raw.on(serverEvents.message, listener);
      return () => raw.off(serverEvents.message, listener);
    },
    ours: (listener) => ours.on("message", listener),
  };
  const latencies = { raw: [], ours: [] };
  try {
    for (let i = 0; i < count * 2; i++) {
      const kind = i % 2 ? "raw" : "ours";
      const reply = nextBotMessage(subscribers[kind]);
      const started = performance.now();
      await fetch(`${mock.url}/api/v1/sessions/bench-${kind}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body: `m${i}` }),
      });
      await reply;
      latencies[kind].push(performance.now() - started);
    }
  } finally {
    raw.disconnect();
    ours.close();
    await mock.close();
  }
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  const result = { count, ours: stats(latencies.ours), raw: stats(latencies.raw) };
  return { ...result, ratioP50: result.ours.p50 / result.raw.p50, ratioP99: result.ours.p99 / result.raw.p99 };
}

/** The realtime rows of `pnpm bench`: POST → bot reply latency through our client as a share of bare socket.io-client's. */
export const realtimeSuite = {
  name: "realtime",
  async measure() {
    const r = await measureRealtime();
    return ["p50", "p99"].map((p) => ({
      id: `realtime.${p}`,
      benchmark: `realtime: POST → bot reply in the callback, ${p}, vs socket.io-client`,
      value: r[`ratio${p.toUpperCase()}`],
      unit: "ratio",
      target: { op: "<=", value: 1.05 },
      measured: `${r.ours[p].toFixed(2)} vs ${r.raw[p].toFixed(2)} ms over ${r.count} messages each`,
    }));
  },
};
