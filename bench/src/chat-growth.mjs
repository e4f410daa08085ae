import { openChat } from "@twin-chat/chat";
import { botMessage } from "./fixtures/messages.mjs";
import { startFloodServer } from "./realtime-growth.mjs";

/** Conversation sizes at which the cost of one more message is read. */
const SIZES = [1_000, 10_000];
/** Live messages appended around each size; the time per message is their mean. */
const WINDOW = 500;
/** Gives up when the live messages have not all come this long after they were sent: broken, not slow. */
const STALL_MS = 30_000;

/**
 * A `fetch` for the chat's HTTP side, answering its history reads from `history` by offset and limit, as the
 * API pages it.
 */
function historyFetch(history) {
  return async (request) => {
    const query = new URL(request.url).searchParams;
    const offset = Number(query.get("offset") ?? 0);
    const items = history.slice(offset, offset + Number(query.get("limit") ?? 100));
    return new Response(JSON.stringify({ count: history.length, items }), {
      headers: { "content-type": "application/json" },
    });
  };
}

let conversations = 0;

/**
 * Time per appended message when the conversation holds about `size` messages, and of the first `getSnapshot()`
 * after each change, through the chat's public API: `openChat` with a history of `size − window / 2` messages
 * (read at open), then `window` live messages over a real Socket.IO connection (the flood server, in a child
 * process).
 */
async function appendCost(server, size, window) {
  const sessionId = `chat-growth-${size}-${++conversations}`;
  const preloaded = size - window / 2;
  const history = Array.from({ length: preloaded }, (_, i) => botMessage(sessionId, i));
  const chat = openChat({
    baseUrl: server.url,
    sessionId,
    fetch: historyFetch(history),
    realtime: { socket: { transports: ["websocket"] } },
  });
  try {
    await chat.ready();
    let first = 0;
    let last = 0;
    let snapshotMs = 0;
    let changes = 0;
    chat.subscribe(() => {
      const now = performance.now();
      const count = chat.getSnapshot().messages.length;
      snapshotMs += performance.now() - now;
      changes++;
      if (count === preloaded + 1) first = now;
      if (count === preloaded + window) last = now;
    });
    await server.flood(sessionId, preloaded, window);
    const deadline = performance.now() + STALL_MS;
    await new Promise((resolve, reject) => {
      const check = () => {
        if (last > 0) return resolve();
        if (performance.now() > deadline) return reject(new Error(`${sessionId}: the live messages stopped coming`));
        setTimeout(check, 5);
      };
      check();
    });
    return { perMessage: (last - first) / (window - 1), snapshot: snapshotMs / changes };
  } finally {
    chat.close();
  }
}

/**
 * The cost of one appended message at 1,000 and at 10,000 messages, each the fastest of `repeats` measurements
 * made in turn (a burst of load on the machine only ever adds time, so the fastest is the cost), and the growth.
 */
export async function appendGrowth(server, { window = WINDOW, repeats = 1 } = {}) {
  const best = SIZES.map(() => ({ perMessage: Infinity, snapshot: Infinity }));
  for (let r = 0; r < repeats; r++) {
    for (const [i, size] of SIZES.entries()) {
      const cost = await appendCost(server, size, window);
      best[i] = {
        perMessage: Math.min(best[i].perMessage, cost.perMessage),
        snapshot: Math.min(best[i].snapshot, cost.snapshot),
      };
    }
  }
  const [small, large] = best;
  return { small, large, growth: large.perMessage / small.perMessage };
}

/**
 * The chat's growth rows: time per appended message at 1,000 and at 10,000 messages in one conversation, the
 * growth between them (≤ 2×), and one `getSnapshot()` after a change at 10,000.
 */
export const chatGrowthSuite = {
  name: "chat-growth",
  async measure() {
    const server = await startFloodServer();
    try {
      const { small, large, growth } = await appendGrowth(server, { repeats: 3 });
      const µs = (ms) => `${(ms * 1000).toFixed(1)} µs`;
      return [
        {
          id: "chat.appendGrowth",
          benchmark: "chat: time per appended message, from 1,000 to 10,000 messages in the conversation",
          value: growth,
          unit: "x",
          target: { op: "<=", value: 2 },
          measured: `${µs(small.perMessage)} → ${µs(large.perMessage)} (live, over a real socket)`,
        },
        ...[small, large].map((cost, i) => ({
          id: `chat.appendAt${SIZES[i] / 1000}k`,
          benchmark: `chat: time per appended message at ${SIZES[i].toLocaleString("en-US")} messages`,
          value: cost.perMessage,
          unit: "ms",
          target: { op: "<=", value: 1 }, // a thousand messages a second, however long the conversation
          measured: `${WINDOW} live messages averaged`,
        })),
        {
          id: "chat.getSnapshot",
          benchmark: "chat: one getSnapshot() after a change, at 10,000 messages",
          value: large.snapshot,
          unit: "ms",
          target: { op: "<=", value: 0.01 }, // a field read: the list is built when it changes, not when read
          measured: `at 1,000: ${µs(small.snapshot)}`,
        },
      ];
    } finally {
      server.close();
    }
  },
};
