#!/usr/bin/env node
// A seeded fault drill: a producer posts POSTS messages to the mock (each answered by the bot) while faults of
// several kinds break the realtime session's connection, through a TCP proxy. Prints one JSON line with the seed,
// the counts of lost, duplicated and out-of-order messages, and exits 0 when all are zero, with no error event.
// Run by test/integration/drill.test.ts; alone: `SEED=123 node test/drill/drill.mjs` after `pnpm build`.
import { startMockServer } from "@twin-chat/mock-server";
import { connectSession } from "@twin-chat/realtime";
import { startProxy } from "./proxy.mjs";

const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));
const POSTS = Number(process.env.DRILL_POSTS ?? 520); // each gives two messages: the client's and the bot's
const FAULTS = Number(process.env.DRILL_FAULTS ?? 36);
const SESSION = "drill";

/** mulberry32: a small seeded generator, so that a failing run replays from its seed. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const rand = random(seed);
const between = (min, max) => min + Math.floor(rand() * (max - min + 1));

let mock = await startMockServer({ port: 0, replyDelayMs: 0 });
const proxy = await startProxy(Number(new URL(mock.url).port));
const progress = { seed, posted: 0, received: 0, fault: "none", faults: {} };
process.on("SIGTERM", () => {
  console.log(JSON.stringify({ ...progress, stuck: true }));
  process.exit(1);
});

// What the app sees, across page reloads.
const received = [];
const errors = [];
const gaps = [];
function onMessage(message) {
  received.push(message);
  progress.received = received.length;
}
// The history, read through the proxy, with hooks a fault can use to break or slow a read.
const hooks = { beforeRead: undefined, afterRead: undefined };
async function history(sessionId, query) {
  await hooks.beforeRead?.();
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const response = await fetch(`${proxy.url}/api/v1/sessions/${sessionId}/messages?${params}`);
  if (!response.ok) throw new Error(`history answered ${response.status}`);
  const page = await response.json();
  await hooks.afterRead?.();
  return page;
}

/** Opens the session as an app does, from `since` after a reload. */
function open(since) {
  const session = connectSession({
    baseUrl: proxy.url,
    sessionId: SESSION,
    history,
    historyPageSize: 25,
    since,
    socket: { transports: ["websocket"], reconnectionDelay: 5, reconnectionDelayMax: 40 },
  });
  session.on("message", onMessage);
  session.on("error", (error) => errors.push(`${error.code}: ${error.message}`));
  session.on("gap", (gap) => gaps.push(gap));
  return session;
}

let posted = 0;
/** Posts the next message straight to the mock (the producer is not behind the proxy). */
async function post() {
  const i = posted++;
  progress.posted = posted;
  const response = await fetch(`${mock.url}/api/v1/sessions/${SESSION}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body: `m${i}` }),
  });
  if (response.status !== 201) throw new Error(`POST m${i} answered ${response.status}`);
}
/** Posts up to `n` messages, fewer when the drill is nearly done. */
async function postSome(n) {
  for (let i = 0; i < n && posted < POSTS; i++) await post();
}
/** Resolves once the bot's reply to the last message posted is in the mock's history (asked directly, not via the proxy). */
async function replied() {
  const last = `You said: m${posted - 1}`;
  for (;;) {
    const response = await fetch(`${mock.url}/api/v1/sessions/${SESSION}/messages?sort=-createdAt&limit=1`);
    if ((await response.json()).items[0]?.body === last) return;
  }
}
/** Breaks the connection and waits for the catch-up that follows: everything the server holds is delivered then. */
async function settle() {
  if (session.status === "connected") {
    const dropped = status(session, "reconnecting");
    proxy.reset();
    await dropped;
  }
  await session.ready();
}
/** Arms a one-shot hook; resolves when it ran. */
function arm(name, run = () => {}) {
  return new Promise((resolve) => {
    hooks[name] = async () => {
      hooks[name] = undefined;
      resolve();
      await run();
    };
  });
}
/** Resolves when the session reports `status`. */
const status = (session, wanted) =>
  new Promise((resolve) => {
    const off = session.on("status", (s) => {
      if (s !== wanted) return;
      off();
      resolve();
    });
  });

const started = performance.now();
let session = open();
await session.ready();

/** Each fault breaks the connection one way, posts meanwhile, and waits for events, never for a clock. */
const faults = {
  /** The page is reloaded: the session is closed and opened again from the last message shown. */
  async "client close"() {
    session.close();
    await postSome(between(1, 6));
    const last = received.at(-1);
    session = open(last && { id: last.id, createdAt: last.createdAt });
  },
  /** The TCP connection is reset without a close frame. */
  async "tcp reset"() {
    proxy.reset();
    await postSome(between(1, 6));
  },
  /** The server closes the connection (FIN), then takes it again at once. */
  async "server close"() {
    proxy.end();
    await postSome(between(1, 6));
  },
  /** An outage longer than any replay window: the mock replays nothing, and the client is refused meanwhile. */
  async outage() {
    proxy.down();
    await postSome(between(2, 10));
    await proxy.nextRefused();
    proxy.up();
  },
  /** The server comes up and goes down again several times. */
  async "flapping server"() {
    for (let n = between(2, 5); n > 0; n--) {
      proxy.down();
      await postSome(1);
      await proxy.nextRefused();
      proxy.up();
      await proxy.nextAccepted();
    }
  },
  /** The connection drops while the history is being read, so the read fails. */
  async "outage during a history read"() {
    const started = arm("beforeRead", () => proxy.down());
    proxy.reset();
    await started;
    await postSome(between(1, 6));
    await proxy.nextRefused();
    proxy.up();
  },
  /** A second drop while a slow history read is filling the first gap. */
  async "second outage during a slow history read"() {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const entered = arm("afterRead", () => released);
    proxy.reset();
    await entered; // the read has its page and is slow to answer
    await postSome(between(1, 4)); // live while reading: held
    proxy.down(); // the second drop
    await postSome(between(1, 4)); // missed by the socket
    await proxy.nextRefused();
    const back = status(session, "connected");
    proxy.up();
    await back; // reconnected while the first read is still out
    await postSome(between(0, 3)); // live again: held
    release();
  },
  /** The server process restarts: a new mock, with an empty history, takes over behind the proxy. */
  async "server restart"() {
    await replied();
    await settle(); // what the old server holds has arrived; the new one starts empty
    proxy.down();
    await mock.close();
    mock = await startMockServer({ port: 0, replyDelayMs: 0 });
    proxy.retarget(Number(new URL(mock.url).port));
    await postSome(between(1, 6));
    proxy.up();
  },
};

// Every kind at least twice, the rest at random, at random points of the run, in a seeded order.
const kinds = Object.keys(faults);
const plan = [
  ...kinds,
  ...kinds,
  ...Array.from({ length: FAULTS - kinds.length * 2 }, () => kinds[between(0, kinds.length - 1)]),
];
const at = plan.map(() => between(1, POSTS - 1)).sort((a, b) => a - b);
for (const [i, kind] of plan.entries()) {
  await postSome(at[i] - posted);
  progress.fault = kind;
  progress.faults[kind] = (progress.faults[kind] ?? 0) + 1;
  await faults[kind]();
}
progress.fault = "none";
await postSome(POSTS - posted);
await replied();
await settle(); // one more catch-up: anything missing, late or repeated shows now
session.close();
await proxy.close();
await mock.close();

// The verdict: every message once, in the order the server created them.
const key = (m) => `${m.authorType} ${m.body}`;
const expected = Array.from({ length: POSTS }, (_, i) => [`CLIENT m${i}`, `BOT You said: m${i}`]).flat();
const got = new Set(received.map(key));
const lost = expected.filter((k) => !got.has(k));
const duplicated = received.length - new Set(received.map((m) => m.id)).size;
const position = new Map(received.map((m, i) => [key(m), i]));
const byAuthor = (author) => received.filter((m) => m.authorType === author).map((m) => m.body);
const sent = Array.from({ length: POSTS }, (_, i) => `m${i}`);
const outOfOrder =
  received.filter((m, i) => i > 0 && Date.parse(m.createdAt) < Date.parse(received[i - 1].createdAt)).length +
  byAuthor("CLIENT").filter((body, i) => body !== sent[i]).length +
  byAuthor("BOT").filter((body, i) => body !== `You said: ${sent[i]}`).length +
  sent.filter((b) => position.get(`BOT You said: ${b}`) < position.get(`CLIENT ${b}`)).length;
const verdict = {
  seed,
  messages: received.length,
  faults: plan.length,
  kinds: progress.faults,
  lost: lost.length,
  duplicated,
  outOfOrder,
  errors,
  gaps: gaps.length,
  firstLost: lost.slice(0, 5),
};
verdict.ms = Math.round(performance.now() - started);
console.log(JSON.stringify(verdict));
process.exitCode = lost.length + duplicated + outOfOrder + errors.length + gaps.length === 0 ? 0 : 1;
// No process.exit(): the process ends by itself once close() released every socket and timer.
