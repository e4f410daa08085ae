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

/** A socket.io-client connected the way the banner says, recording every event it receives. */
async function connect(sessionId: string, url = server.current.socketUrl) {
  const events: [string, unknown][] = [];
  const socket = io(url, { path: server.current.socketPath, auth: { sessionId }, transports: ["websocket"] });
  sockets.push(socket);
  socket.onAny((name: string, payload: unknown) => events.push([name, payload]));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return { socket, events };
}

const until = async (check: () => boolean, ms = 2_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 2));
  }
};

const sendMessage = (sessionId: string, body: string) =>
  fetch(`${server.current.url}/api/v1/sessions/${encodeURIComponent(sessionId)}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body }),
  });

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
    await new Promise((r) => setTimeout(r, 50));
    expect(b.events).toEqual([]);
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

  it("replays what a briefly dropped client missed (connection-state recovery)", async () => {
    const a = await connect("recover");
    a.socket.io.reconnectionDelay(100).reconnectionDelayMax(100);
    await sendMessage("recover", "before");
    await until(() => a.events.length === 4);
    a.socket.io.engine.close(); // the transport drops, as on a network failure; the client reconnects by itself
    expect((await sendMessage("recover", "while away")).status).toBe(201);
    await until(() => a.socket.connected && a.events.length === 8);
    expect(a.socket.recovered).toBe(true);
    expect(a.events.slice(4).map(([name, m]) => `${name}:${(m as { body?: string }).body ?? ""}`)).toEqual([
      "message:while away",
      "typing:",
      "message:You said: while away",
      "typing:",
    ]);
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

  it("holds the answer of a session started with returnAnswerAsync until its socket joins", async () => {
    const response = await fetch(`${server.current.url}/api/chats/v1/chats/demo/sessions?x_widget=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ returnAnswerAsync: true }),
    });
    const session = await response.json();
    expect(session.messages).toEqual([]);
    const a = await connect(session.id);
    await until(() => a.events.some(([name]) => name === "message"));
    expect((a.events.find(([n]) => n === "message")![1] as { body: string }).body).toMatch(/^Hello!/);
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
    await writeFile(file, "hours: We are open 9 to 18.\n'*': Sorry, I did not get that.\n");
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
