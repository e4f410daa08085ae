import { createTwinClient } from "@twin-chat/client";
import { closeSession } from "@twin-chat/client/sessions";
import { type MockServer, startMockServer } from "@twin-chat/mock-server";
import { beforeAll, describe, expect, it } from "vitest";
import { connectSession, type SessionStatus } from "../../src/index.js";
import { connected, historyFrom, until } from "../support.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, replyDelayMs: 5 });
  return () => mock.close();
});

describe("delivery against the mock server", () => {
  it("delivers the bot's reply to a message sent with the client", async () => {
    const twin = createTwinClient({ baseUrl: mock.url });
    const { id } = await twin.startSession("demo-chat", { returnAnswerAsync: true });
    const session = connectSession({ baseUrl: mock.socketUrl, sessionId: id, history: historyFrom(mock.url) });
    const statuses: SessionStatus[] = [];
    session.on("status", (s) => statuses.push(s));
    const bodies: string[] = [];
    session.on("message", (m) => bodies.push(`${m.authorType}: ${m.body}`));
    const typing: boolean[] = [];
    session.on("typing", (t) => typing.push(t.isTyping));
    await connected(session);
    await until(() => bodies.length === 1); // the greeting, caught up from the history if it came first
    await twin.sendMessage(id, { body: "Hello" });
    await until(() => bodies.length === 3);
    expect(bodies).toEqual([
      "BOT: Hello! I am the TWIN mock bot. Ask me anything.",
      "CLIENT: Hello",
      "BOT: You said: Hello",
    ]);
    expect(typing.slice(-2)).toEqual([true, false]); // the greeting's typing came before the socket, or not
    session.close();
    expect(statuses).toEqual(["connected", "closed"]);
  });

  it("iterates messages with for await, ending when the session closes", async () => {
    const twin = createTwinClient({ baseUrl: mock.url });
    const session = connectSession({ baseUrl: mock.socketUrl, sessionId: "iterate" });
    await connected(session);
    const seen: string[] = [];
    const loop = (async () => {
      for await (const message of session.messages()) {
        seen.push(message.body ?? "");
        if (seen.length === 2) session.close();
      }
    })();
    await twin.sendMessage("iterate", { body: "one" });
    await loop;
    expect(seen).toEqual(["one", "You said: one"]);
    expect(session.status).toBe("closed");
  });

  it("keeps delivering when a listener throws, and reports the error", async () => {
    const twin = createTwinClient({ baseUrl: mock.url });
    const session = connectSession({ baseUrl: mock.socketUrl, sessionId: "throws" });
    const errors: string[] = [];
    session.on("error", (e) => errors.push(e.code));
    session.on("message", () => {
      throw new Error("app bug");
    });
    const bodies: string[] = [];
    session.on("message", (m) => bodies.push(m.body ?? ""));
    await connected(session);
    await twin.sendMessage("throws", { body: "a" });
    await twin.sendMessage("throws", { body: "b" });
    await until(() => bodies.length === 4);
    expect(errors).toEqual(["listener", "listener", "listener", "listener"]);
    expect(session.status).toBe("connected");
    session.close();
  });

  it("sends typing and read, which the session's other sockets receive", async () => {
    const reader = connectSession({ baseUrl: mock.socketUrl, sessionId: "both-ways" });
    const other = connectSession({ baseUrl: mock.socketUrl, sessionId: "both-ways", socket: { forceNew: true } });
    const typing: unknown[] = [];
    const reads: unknown[] = [];
    other.on("typing", (t) => typing.push(t));
    other.on("read", (r) => reads.push(r));
    await Promise.all([connected(reader), connected(other)]);
    reader.setTyping(true);
    reader.markRead("m-1");
    await until(() => typing.length === 1 && reads.length === 1);
    expect(typing[0]).toEqual({ sessionId: "both-ways", authorType: "CLIENT", isTyping: true });
    expect(reads[0]).toMatchObject({ sessionId: "both-ways", messageId: "m-1" });
    reader.close();
    other.close();
  });
});

describe("closing", () => {
  it("emits closed and ends the session when it is closed over HTTP", async () => {
    const twin = createTwinClient({ baseUrl: mock.url });
    const session = connectSession({ baseUrl: mock.socketUrl, sessionId: "closing" });
    const closed: unknown[] = [];
    session.on("closed", (c) => closed.push(c));
    await connected(session);
    await closeSession(twin, "closing", { result: "resolved" });
    await until(() => session.status === "closed");
    expect(closed).toEqual([expect.objectContaining({ sessionId: "closing", reason: "resolved" })]);
  });
});

describe("failures", () => {
  it("closes with a handshake-refused error when the server refuses the session", async () => {
    const session = connectSession({ baseUrl: mock.socketUrl, sessionId: "s", authKey: "notTheSessionKey" });
    const errors: { code: string; message: string }[] = [];
    session.on("error", (e) => errors.push(e));
    await until(() => session.status === "closed");
    expect(errors[0]).toMatchObject({ code: "handshake-refused" });
    expect(errors[0]!.message).toContain("auth.sessionId is required");
  });

  it("keeps reconnecting without an error or rejection while the server is down", async () => {
    const down = `http://127.0.0.1:1`;
    const session = connectSession({
      baseUrl: down,
      sessionId: "s",
      socket: { reconnectionDelay: 10, reconnectionDelayMax: 20 },
    });
    const errors: unknown[] = [];
    session.on("error", (e) => errors.push(e));
    // Three failed attempts in a row, counted from socket.io's own events (no clock).
    await new Promise<void>((resolve) => session.socket.io.on("reconnect_attempt", (n) => n === 3 && resolve()));
    expect(session.status).toBe("connecting");
    expect(errors).toEqual([]);
    session.close();
    expect(session.status).toBe("closed");
  });
});
