import type { ChatMessage } from "@twin-chat/api-types";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { connectSession, type Gap } from "../../src/index.js";
import { connected, historyFrom, until } from "../support.js";

// Each gives two messages: the client's and the bot's reply. What the test proves comes from its 12 random transport
// drops and its server restart, each while messages flow, and from a catch-up over several history pages (of 50);
// 200 posts give all of that (was 500: more CPU work on a busy machine, nothing more proved).
const POSTS = 200;
let mock: MockServer;
afterAll(() => mock?.close());

/** A deterministic random generator, so a failing run can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe("lossless delivery", () => {
  it(`delivers ${POSTS * 2} messages exactly once and in order through random transport drops and a server restart`, async () => {
    const seed = Number(process.env.SEED ?? Date.now() % 100_000);
    const rand = random(seed);
    mock = await startMockServer({ port: 0, replyDelayMs: 0 });
    const port = Number(new URL(mock.url).port);
    const session = connectSession({
      baseUrl: mock.socketUrl,
      sessionId: "lossless",
      history: historyFrom(mock.url),
      historyPageSize: 50,
      socket: { reconnectionDelay: 20, reconnectionDelayMax: 100, transports: ["websocket"] },
    });
    const received: ChatMessage[] = [];
    const gaps: Gap[] = [];
    const recovered: boolean[] = [];
    session.on("message", (m) => received.push(m));
    session.on("gap", (g) => gaps.push(g));
    session.on("status", (s) => s === "connected" && recovered.push(session.socket.recovered));
    const trace: string[] = [];
    session.on("status", (s) => trace.push(`${received.length}:${s}`));
    session.socket.io.on("reconnect_attempt", (n) => trace.push(`${received.length}:attempt${n}`));
    session.socket.io.on("reconnect_error", (e) => trace.push(`${received.length}:rerr ${e.message}`));
    session.socket.on("disconnect", (r) => trace.push(`${received.length}:disc ${r}`));
    await connected(session);

    const drops = new Set(Array.from({ length: 12 }, () => Math.floor(rand() * POSTS)));
    const restartAt = Math.floor(POSTS / 3 + rand() * (POSTS / 3));
    onTestFailed(() => {
      const got = new Set(received.map((m) => `${m.authorType} ${m.body}`));
      const missing = Array.from({ length: POSTS }, (_, i) => [`CLIENT m${i}`, `BOT You said: m${i}`])
        .flat()
        .filter((x) => !got.has(x));
      console.log(
        JSON.stringify({
          seed,
          restartAt,
          drops: [...drops].sort((a, b) => a - b),
          recovered,
          gaps,
          got: received.length,
          missing: missing.slice(0, 20),
          trace,
          engine: session.socket.io.engine?.readyState,
          connected: session.socket.connected,
        }),
      );
    });
    for (let i = 0; i < POSTS; i++) {
      if (i === restartAt) {
        await until(() => received.length === i * 2); // what the old server sent has arrived
        await mock.close();
        mock = await startMockServer({ port, replyDelayMs: 0 });
      } else if (drops.has(i) && session.socket.io.engine?.readyState === "open") {
        // Drop the open transport, as a network failure would; Socket.IO reconnects and replays. (Closing an engine
        // that is still opening is not a network failure: it stalls socket.io-client's reconnection for good.)
        trace.push(`${received.length}:drop@${i}`);
        session.socket.io.engine.close();
      }
      const response = await fetch(`${mock.url}/api/v1/sessions/lossless/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ body: `m${i}` }),
      });
      expect(response.status, `POST ${i}`).toBe(201);
    }
    await until(() => received.length >= POSTS * 2);
    // Anything late or repeated would come before a last message sent now: wait for it, then set it aside.
    await session.ready();
    await fetch(`${mock.url}/api/v1/sessions/lossless/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: "end" }),
    });
    await until(() => received.at(-1)?.body === "You said: end");
    expect(received.splice(-2).map((m) => m.body)).toEqual(["end", "You said: end"]);

    const ids = received.map((m) => m.id);
    expect(new Set(ids).size, `seed ${seed}: duplicates`).toBe(ids.length);
    expect(received.length, `seed ${seed}`).toBe(POSTS * 2);
    // In order: as the server created them (createdAt never goes back), each author's messages in sending order,
    // and every reply after the message it answers.
    const times = received.map((m) => Date.parse(m.createdAt));
    expect(
      times.findIndex((t, i) => i > 0 && t < times[i - 1]!),
      `seed ${seed}: createdAt went back`,
    ).toBe(-1);
    const bodies = (author: string) => received.filter((m) => m.authorType === author).map((m) => m.body);
    const sent = Array.from({ length: POSTS }, (_, i) => `m${i}`);
    expect(bodies("CLIENT"), `seed ${seed}`).toEqual(sent);
    expect(bodies("BOT"), `seed ${seed}`).toEqual(sent.map((b) => `You said: ${b}`));
    const position = new Map(received.map((m, i) => [`${m.authorType} ${m.body}`, i]));
    expect(
      sent.filter((b) => position.get(`BOT You said: ${b}`)! < position.get(`CLIENT ${b}`)!),
      `seed ${seed}`,
    ).toEqual([]);
    expect(recovered.filter((r) => !r).length, "reconnects that needed the history").toBeGreaterThanOrEqual(1);
    expect(gaps).toEqual([]);
    session.close();
  });
});
