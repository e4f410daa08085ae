#!/usr/bin/env node
// `pnpm --filter @twin-chat/mock-server bench`: how long after a client message's POST a socket of its session
// receives the bot's typing event and its reply, on loopback, with the default reply delay and with none.
// Fails (exit 1) when the p99 of the reply exceeds BOUND_MS: a generous bound, kept out of the unit tests on purpose.
import { io } from "socket.io-client";
import { startMockServer } from "../dist/index.js";

const COUNT = 500;
const BOUND_MS = 100;

/** The p-th percentile (0–100) of `values`. */
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Next event `name` from the bot on `socket`. */
const nextFromBot = (socket, name) =>
  new Promise((resolve) => {
    const listener = (payload) => {
      if (payload.authorType !== "BOT") return;
      socket.off(name, listener);
      resolve();
    };
    socket.on(name, listener);
  });

/** POST → typing and POST → reply latencies over `COUNT` messages against a mock with `replyDelayMs`. */
async function measure(replyDelayMs) {
  const mock = await startMockServer({ port: 0, replyDelayMs });
  const socket = io(mock.socketUrl, { path: mock.socketPath, auth: { sessionId: "bench" }, transports: ["websocket"] });
  await new Promise((resolve) => socket.once("connect", resolve));
  const typing = [];
  const reply = [];
  try {
    for (let i = 0; i < COUNT; i++) {
      const typed = nextFromBot(socket, "typing");
      const replied = nextFromBot(socket, "message");
      const started = performance.now();
      const response = await fetch(`${mock.url}/api/v1/sessions/bench/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body: `m${i}` }),
      });
      if (response.status !== 201) throw new Error(`POST answered ${response.status}`);
      await typed;
      typing.push(performance.now() - started);
      await replied;
      reply.push(performance.now() - started);
    }
  } finally {
    socket.disconnect();
    await mock.close();
  }
  const row = (values) =>
    `p50 ${percentile(values, 50).toFixed(2)} ms, p99 ${percentile(values, 99).toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms`;
  console.log(`reply delay ${replyDelayMs} ms, ${COUNT} messages — typing: ${row(typing)}; reply: ${row(reply)}`);
  return percentile(reply, 99);
}

const worst = Math.max(await measure(25), await measure(0));
if (worst > BOUND_MS) {
  console.error(`FAIL: the bot's reply p99 is ${worst.toFixed(2)} ms, over the ${BOUND_MS} ms bound`);
  process.exit(1);
}
console.log(`OK: the bot's reply p99 is within ${BOUND_MS} ms`);
