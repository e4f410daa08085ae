import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.js";
import { useMockServer } from "./support/server.js";
import { schemaErrors } from "./support/spec.js";

const server = useMockServer({ replyDelayMs: 5 });
const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});

/** The checks of pending {@link until} calls, run again on every event and disconnect of a test socket. */
const waiting = new Set<() => void>();
const recheck = () => {
  for (const check of waiting) check();
};

/** Resolves once `done` holds: no clock, the test's own timeout bounds the wait. */
const until = (done: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (!done()) return;
      waiting.delete(check);
      resolve();
    };
    waiting.add(check);
    check();
  });

/** A socket.io-client connected the way the banner says, recording every event it receives. */
async function connect(sessionId: string, url = server.current.socketUrl) {
  const events: [string, unknown][] = [];
  /** How many arguments each event had: the spec says one, its payload. */
  const arities: number[] = [];
  const socket = io(url, { path: server.current.socketPath, auth: { sessionId }, transports: ["websocket"] });
  sockets.push(socket);
  socket.onAny((name: string, ...args: unknown[]) => {
    events.push([name, args[0]]);
    arities.push(args.length);
    recheck();
  });
  socket.on("disconnect", recheck);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return { socket, events, arities };
}

const sendMessage = (sessionId: string, body: string) =>
  fetch(`${server.current.url}/api/v1/sessions/${encodeURIComponent(sessionId)}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body }),
  });

/** Starts a session with `returnAnswerAsync`, as a widget does. */
const startSession = async (url: string) =>
  (await (
    await fetch(`${url}/api/chats/v1/chats/demo/sessions?x_widget=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ returnAnswerAsync: true }),
    })
  ).json()) as { id: string; messages: unknown[] };

/** The first page of a session's HTTP history, from `from` on if given. */
const historyOf = async (url: string, sessionId: string, from?: string) => {
  const query = from ? `?from=${encodeURIComponent(from)}` : "";
  const response = await fetch(`${url}/api/v1/sessions/${encodeURIComponent(sessionId)}/messages${query}`);
  return (await response.json()) as { count: number; items: { body: string }[] };
};

/** Calls `read` again until `done` holds for its result: each call is a real round trip, so no sleep is needed. */
async function readUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, tries = 1_000): Promise<T> {
  for (let i = 1; ; i++) {
    const value = await read();
    if (done(value) || i === tries) return value;
  }
}

describe("realtime", () => {
  it("sends the client's message, typing, then the bot's reply, to the session's room only", async () => {
    const a = await connect("session-a");
    const b = await connect("session-b");
    const response = await sendMessage("session-a", "Hello bot");
    expect(response.status).toBe(201);
    const created = await response.json();
    await until(() => a.events.length === 4);
    expect(a.events.map(([name]) => name)).toEqual(["message", "typing", "message", "typing"]);
    expect(a.events[0]![1]).toMatchObject({ id: created.id, authorType: "CLIENT", body: "Hello bot" });
    expect(a.events[1]![1]).toEqual({ sessionId: "session-a", authorType: "BOT", isTyping: true });
    expect(a.events[3]![1]).toEqual({ sessionId: "session-a", authorType: "BOT", isTyping: false });
    const message = a.events[2]![1] as { body: string; sessionId: string; authorType: string };
    expect(schemaErrors("/components/schemas/ChatMessage", message)).toEqual([]);
    expect(message).toMatchObject({ sessionId: "session-a", authorType: "BOT", body: "You said: Hello bot" });
    // b's own message comes after anything of a's that reached b: b's first event must be its own.
    await sendMessage("session-b", "Hello from b");
    await until(() => b.events.length > 0);
    expect(b.events[0]).toEqual(["message", expect.objectContaining({ sessionId: "session-b", body: "Hello from b" })]);
  });

  it("keeps the bot's reply in the session's HTTP history after the client's message", async () => {
    const a = await connect("history");
    await sendMessage("history", "first");
    await until(() => a.events.filter(([name]) => name === "message").length === 2);
    const page = await (await fetch(`${server.current.url}/api/v1/sessions/history/messages`)).json();
    expect(page.items.map((m: { authorType: string; body: string }) => `${m.authorType}:${m.body}`)).toEqual([
      "CLIENT:first",
      "BOT:You said: first",
    ]);
    expect(schemaErrors("/components/schemas/MessagePage", page)).toEqual([]);
  });

  it("sends each event's payload as its only argument; a client catches up on what it missed from the history", async () => {
    const a = await connect("one-argument");
    a.socket.io.reconnection(false);
    await sendMessage("one-argument", "before");
    await until(() => a.events.length === 4);
    const disconnected = new Promise((resolve) => a.socket.once("disconnect", resolve));
    a.socket.io.engine.close(); // the transport drops, as on a network failure
    await disconnected;
    expect((await sendMessage("one-argument", "while away")).status).toBe(201);
    const since = (a.events[2]![1] as { createdAt: string }).createdAt; // the bot's reply to "before"
    const missed = await readUntil(
      () => historyOf(server.current.url, "one-argument", since),
      (page) => page.count === 3,
    );
    expect(missed.items.map((m) => m.body)).toEqual(["You said: before", "while away", "You said: while away"]);
    a.socket.connect();
    await new Promise<void>((resolve) => a.socket.once("connect", resolve));
    expect(a.socket.recovered).not.toBe(true); // no connection-state recovery, which would add an offset argument
    await sendMessage("one-argument", "after");
    await until(() => a.events.length === 8);
    expect(a.events.slice(4).map(([name]) => name)).toEqual(["message", "typing", "message", "typing"]);
    expect(a.arities).toEqual(Array(8).fill(1));
  });

  it("refuses a handshake without a session id, with a clear error", async () => {
    for (const auth of [{}, { sessionId: "  " }, { sessionId: 42 }]) {
      const socket = io(server.current.socketUrl, {
        path: server.current.socketPath,
        auth,
        transports: ["websocket"],
        reconnection: false,
      });
      sockets.push(socket);
      const error = await new Promise<Error>((resolve) => socket.once("connect_error", resolve));
      expect(error.message).toBe("auth.sessionId is required: pass the chat session id in the handshake");
    }
  });

  it("greets a session started without a message at once, into the session's own history", async () => {
    const session = await startSession(server.current.url);
    expect(session.messages).toEqual([]);
    const history = await readUntil(
      () => historyOf(server.current.url, session.id),
      (page) => page.count > 0,
    );
    expect(history.items.map((m) => m.body)).toEqual(["Hello! I am the TWIN mock bot. Ask me anything."]);
  });

  it("holds a new session's first answer until its socket joins only with holdAnswers", async () => {
    const mock = await startMockServer({ port: 0, replyDelayMs: 0, holdAnswers: true });
    try {
      const session = await startSession(mock.url);
      const a = await connect(session.id, mock.socketUrl);
      await until(() => a.events.some(([name]) => name === "message"));
      expect((a.events.find(([n]) => n === "message")![1] as { body: string }).body).toMatch(/^Hello!/);
    } finally {
      await mock.close();
    }
  });

  it("answers the history of a session it has never seen with an empty page, not the spec's example", async () => {
    expect(await historyOf(server.current.url, "never-seen")).toEqual({ count: 0, items: [] });
  });

  it("tells the room when the client reads a message", async () => {
    const a = await connect("reads");
    const other = await connect("reads");
    a.socket.emit("message:read", { messageId: "m-1" });
    await until(() => other.events.some(([name]) => name === "message:read"));
    const read = other.events.find(([n]) => n === "message:read")![1];
    expect(read).toMatchObject({ sessionId: "reads", messageId: "m-1" });
    expect(schemaErrors("/components/schemas/MessageReadEvent", read)).toEqual([]);
  });

  it("answers from a scenario file", async () => {
    const file = join(tmpdir(), `scenario-${process.pid}.yaml`);
    await writeFile(
      file,
      "rules:\n  - match: { keyword: hours }\n    steps: We are open 9 to 18.\nfallback: Sorry, I did not get that.\n",
    );
    const mock = await startMockServer({ port: 0, scenario: file, replyDelayMs: 0 });
    try {
      const a = await connect("scn", mock.socketUrl);
      for (const text of ["What are your HOURS?", "weather?"]) {
        await fetch(`${mock.url}/api/v1/sessions/scn/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ body: text }),
        });
      }
      const bot = () =>
        a.events.filter(([n, m]) => n === "message" && (m as { authorType: string }).authorType === "BOT");
      await until(() => bot().length === 2);
      expect(bot().map(([, m]) => (m as { body: string }).body)).toEqual([
        "We are open 9 to 18.",
        "Sorry, I did not get that.",
      ]);
    } finally {
      await mock.close();
    }
  });
});

describe("examples", () => {
  it("stay intact for the next request when an answer is changed for one session", async () => {
    const start = (returnAnswerAsync: boolean) =>
      fetch(`${server.current.url}/api/chats/v1/chats/demo/sessions?x_widget=1`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ returnAnswerAsync }),
      }).then((r) => r.json());
    expect((await start(true)).messages).toEqual([]);
    expect((await start(false)).messages).toHaveLength(1);
  });
});

describe("closing a session", () => {
  it("tells the session's sockets, with the result as reason, and disconnects them", async () => {
    const a = await connect("to-close");
    const response = await fetch(`${server.current.url}/api/v1/sessions/to-close`, {
      method: "DELETE",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ result: "resolved" }),
    });
    expect(response.status).toBe(204);
    await until(() => a.socket.disconnected);
    const closed = a.events.find(([n]) => n === "session:closed")?.[1];
    expect(closed).toMatchObject({ sessionId: "to-close", reason: "resolved" });
    expect(schemaErrors("/components/schemas/SessionClosedEvent", closed)).toEqual([]);
  });
});
