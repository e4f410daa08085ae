import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChatMessage, MessagePage } from "@twin-chat/api-types";
import { createTwinClient } from "@twin-chat/client";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { Server } from "socket.io";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectSession, type HistoryReader, type RealtimeSession } from "../../src/index.js";
import { historyFrom, until } from "../support.js";

let mock: MockServer;
const sessions: RealtimeSession[] = [];
beforeEach(async () => {
  mock = await startMockServer({ port: 0, replyDelayMs: 0 });
});
afterEach(async () => {
  for (const session of sessions.splice(0)) session.close();
  await mock.close();
});

/** Connects to the mock, to be closed after the test. */
function connect(options: Partial<Parameters<typeof connectSession>[0]> & { sessionId: string }): RealtimeSession {
  const session = connectSession({ baseUrl: mock.socketUrl, socket: { transports: ["websocket"] }, ...options });
  sessions.push(session);
  return session;
}

/** Records what the app receives, as `AUTHOR:body`. */
function record(session: RealtimeSession): string[] {
  const bodies: string[] = [];
  session.on("message", (m) => bodies.push(`${m.authorType}:${m.body}`));
  return bodies;
}

/** Calls `read` again until `done` holds for its result: each call is a real round trip, so no sleep is needed. */
async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 1_000; i++) {
    const value = await read();
    if (done(value)) return value;
  }
  throw new Error("never held");
}

/** Sends `body` to the session and waits until the bot's reply is in the session's history. */
async function sendAndWaitForReply(sessionId: string, body: string): Promise<void> {
  const twin = createTwinClient({ baseUrl: mock.url });
  await twin.sendMessage(sessionId, { body });
  await readUntil(
    () => twin.listMessages(sessionId, { limit: 1000 }),
    (page) => page.items.some((m) => m.body === `You said: ${body}`),
  );
}

/** Drops the session's transport as a network failure would, and resolves once the session knows. */
function drop(session: RealtimeSession): Promise<void> {
  const disconnected = new Promise<void>((resolve) => session.socket.once("disconnect", () => resolve()));
  session.socket.io.engine.close();
  return disconnected;
}

/** Reconnects a session whose automatic reconnection is off, and resolves once it is connected. */
function reconnect(session: RealtimeSession): Promise<void> {
  const connected = new Promise<void>((resolve) => session.socket.once("connect", () => resolve()));
  session.socket.connect();
  return connected;
}

describe("catch-up on connect", () => {
  it("delivers the messages already in the history on the first connect, once each and in order", async () => {
    const twin = createTwinClient({ baseUrl: mock.url });
    const { id } = await twin.startSession("demo-chat", { returnAnswerAsync: true });
    for (const body of ["one", "two", "three", "four"]) await sendAndWaitForReply(id, body);
    const session = connect({ sessionId: id, history: historyFrom(mock.url), historyPageSize: 3 });
    const bodies = record(session);
    await session.ready();
    expect(bodies).toEqual([
      "BOT:Hello! I am the TWIN mock bot. Ask me anything.",
      ...["one", "two", "three", "four"].flatMap((b) => [`CLIENT:${b}`, `BOT:You said: ${b}`]),
    ]);
    await sendAndWaitForReply(id, "five");
    await until(() => bodies.length === 11);
    expect(bodies.slice(9)).toEqual(["CLIENT:five", "BOT:You said: five"]);
  });

  it("starts after the cursor the app passes in `since`", async () => {
    for (const body of ["one", "two"]) await sendAndWaitForReply("since", body);
    const page = await createTwinClient({ baseUrl: mock.url }).listMessages("since");
    const session = connect({ sessionId: "since", history: historyFrom(mock.url), since: page.items[1] });
    const bodies = record(session);
    await session.ready();
    expect(bodies).toEqual(["CLIENT:two", "BOT:You said: two"]);
  });

  it("loses nothing when a second outage opens a gap while a slow history read fills the first", async () => {
    const read = historyFrom(mock.url);
    /** While armed, the next read fetches its page, then waits for `release` before answering: a slow read. */
    let slow: { entered: () => void; released: Promise<void> } | undefined;
    const history: HistoryReader = async (sessionId, query) => {
      const page = await read(sessionId, query);
      const gate = slow;
      slow = undefined;
      gate?.entered();
      await gate?.released;
      return page;
    };
    const session = connect({ sessionId: "two-outages", history, socket: { reconnection: false } });
    const bodies = record(session);
    const arrived: string[] = []; // what reached the socket, delivered to the app or not
    session.socket.on("message", (m) => arrived.push(m.body ?? ""));
    await session.ready();
    await sendAndWaitForReply("two-outages", "a");
    await until(() => bodies.length === 2);

    await drop(session); // outage 1
    await sendAndWaitForReply("two-outages", "b");
    let release!: () => void;
    const entered = new Promise<void>((resolve) => {
      slow = { entered: resolve, released: new Promise((r) => (release = r)) };
    });
    await reconnect(session);
    await entered; // the read for outage 1 has its page (…b) and is slow to answer
    await sendAndWaitForReply("two-outages", "c"); // live while reading: held
    await until(() => arrived.includes("You said: c"));
    await drop(session); // outage 2, during the read
    await sendAndWaitForReply("two-outages", "d"); // missed by the socket
    await reconnect(session);
    await sendAndWaitForReply("two-outages", "e"); // live again: held
    await until(() => arrived.includes("You said: e"));
    release();
    await session.ready();
    expect(bodies).toEqual(["a", "b", "c", "d", "e"].flatMap((b) => [`CLIENT:${b}`, `BOT:You said: ${b}`]));
  });
});

describe("another session's events", () => {
  it("are ignored", async () => {
    const http = createServer();
    const io = new Server(http);
    const message = (sessionId: string, body: string): ChatMessage => ({
      id: `${sessionId}-${body}`,
      sessionId,
      authorId: null,
      authorType: "BOT",
      authorName: null,
      type: "TEXT",
      body,
      answers: [],
      keyboard: null,
      attachments: [],
      replyTo: null,
      readAt: null,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    });
    io.on("connection", (socket) => {
      socket.emit("typing", { sessionId: "other", authorType: "BOT", isTyping: true });
      socket.emit("message", message("other", "not yours"));
      socket.emit("message:read", { sessionId: "other", messageId: "other-x", readAt: new Date().toISOString() });
      socket.emit("session:closed", { sessionId: "other", closedAt: new Date().toISOString() });
      socket.emit("message", message("mine", "yours"));
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    const session = connectSession({
      baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
      sessionId: "mine",
    });
    const events: string[] = [];
    for (const name of ["message", "typing", "read", "closed"] as const) session.on(name, () => events.push(name));
    const bodies = record(session);
    try {
      await until(() => bodies.length === 1);
      expect(bodies).toEqual(["BOT:yours"]);
      expect(events).toEqual(["message"]);
      expect(session.status).toBe("connected");
    } finally {
      session.close();
      await new Promise((resolve) => io.close(resolve));
    }
  });
});

describe("messages()", () => {
  it("settles every concurrent next(), in call order, and close() settles the pending ones", async () => {
    const session = connect({ sessionId: "iterate" });
    await session.ready();
    const iterator = session.messages();
    const first = [iterator.next(), iterator.next()];
    const settled: boolean[] = [false, false];
    for (const [i, p] of first.entries()) void p.then(() => (settled[i] = true));
    await sendAndWaitForReply("iterate", "hi");
    await until(() => settled.every(Boolean));
    expect((await Promise.all(first)).map((r) => r.value?.body)).toEqual(["hi", "You said: hi"]);
    const pending = [iterator.next(), iterator.next()];
    session.close();
    expect(await Promise.all(pending)).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
  });
});

describe("ready()", () => {
  it("rejects with handshake-refused when the server refuses the session", async () => {
    const session = connect({ sessionId: "s", authKey: "notTheSessionKey" });
    session.on("error", () => {});
    await expect(session.ready()).rejects.toMatchObject({ name: "RealtimeError", code: "handshake-refused" });
  });

  it("rejects with closed when the session is closed first", async () => {
    const session = connectSession({ baseUrl: "http://127.0.0.1:1", sessionId: "s" });
    const ready = session.ready();
    session.close();
    await expect(ready).rejects.toMatchObject({ code: "closed" });
    await expect(session.ready()).rejects.toMatchObject({ code: "closed" });
  });
});

describe("a history that keeps failing", () => {
  it("is retried, then reported with a history error and a gap, and live messages flow again", async () => {
    let calls = 0;
    const history: HistoryReader = async () => {
      calls++;
      throw new Error("history down");
    };
    const session = connect({ sessionId: "failing", history, socket: { reconnectionDelay: 1 } });
    const errors: string[] = [];
    const gaps: unknown[] = [];
    session.on("error", (e) => errors.push(e.code));
    session.on("gap", (g) => gaps.push(g));
    await session.ready();
    expect(calls).toBe(4);
    expect(errors).toEqual(["history"]);
    expect(gaps).toEqual([{ lastMessageId: undefined, lastCreatedAt: undefined }]);
    const bodies = record(session);
    await sendAndWaitForReply("failing", "still here");
    await until(() => bodies.length === 2);
  });

  it("gives each connect its own retries: failures spread over reconnects never add up to an error", async () => {
    const read = historyFrom(mock.url);
    let attempts = 0;
    // Each of four connects: a read fails while the socket still looks connected (retried), then its retry finds
    // the connection gone. Four failures in all, one more than a single catch-up retries; the fifth connect reads.
    const history: HistoryReader = async (sessionId, query): Promise<MessagePage> => {
      attempts++;
      if (attempts > 8) return read(sessionId, query);
      if (attempts % 2 === 1) throw new Error("history down");
      await drop(session);
      throw new Error("connection reset");
    };
    await sendAndWaitForReply("spread", "x");
    const session = connect({ sessionId: "spread", history, socket: { reconnectionDelay: 1 } });
    const errors: unknown[] = [];
    const gaps: unknown[] = [];
    session.on("error", (e) => errors.push(e));
    session.on("gap", (g) => gaps.push(g));
    const bodies = record(session);
    await session.ready();
    expect(bodies).toEqual(["CLIENT:x", "BOT:You said: x"]);
    expect({ errors, gaps }).toEqual({ errors: [], gaps: [] });
  });

  it("is not an error when the read fails because the connection dropped: the next connect reads again", async () => {
    let fail = true;
    const read = historyFrom(mock.url);
    const history: HistoryReader = async (sessionId, query): Promise<MessagePage> => {
      if (!fail) return read(sessionId, query);
      fail = false;
      await drop(session);
      throw new Error("connection reset");
    };
    await sendAndWaitForReply("dropped-read", "x");
    const session = connect({ sessionId: "dropped-read", history, socket: { reconnectionDelay: 1 } });
    const errors: unknown[] = [];
    session.on("error", (e) => errors.push(e));
    const bodies = record(session);
    await session.ready();
    expect(bodies).toEqual(["CLIENT:x", "BOT:You said: x"]);
    expect(errors).toEqual([]);
  });
});
