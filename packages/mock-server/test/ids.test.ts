import { io } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { useMockServer } from "./support/server.js";
import { spec } from "./support/spec.js";

const server = useMockServer({ replyDelayMs: 0 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The id of the spec's own session example, which Prism would hand to every session. */
const EXAMPLE_ID =
  spec.paths["/api/chats/v1/chats/{chatId}/sessions"].post.responses["201"].content["application/json"].examples
    .vendorPage.value.id;

const call = (method: string, path: string, body: unknown) =>
  fetch(`${server.current.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
const sessions = "/api/chats/v1/chats/demo/sessions?x_widget=1";

describe("ids", () => {
  it("gives every started session a fresh UUID instead of the example's", async () => {
    const ids = await Promise.all(
      [1, 2, 3].map(() => call("POST", sessions, { returnAnswerAsync: true }).then((r) => r.body.id as string)),
    );
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set([...ids, EXAMPLE_ID]).size).toBe(4);
  });

  it("keeps the session id a start or a continue names", async () => {
    const sessionId = "6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e";
    expect((await call("POST", sessions, { sessionId })).body.id).toBe(sessionId);
    const continued = await call("PUT", sessions, { sessionId, recreateOnExists: true, returnAnswerAsync: true });
    expect(continued).toMatchObject({ status: 200, body: { id: sessionId } });
    const fresh = await call("PUT", sessions, { recreateOnExists: true });
    expect(fresh.body.id).toMatch(UUID);
    expect(fresh.body.id).not.toBe(EXAMPLE_ID);
  });

  it("gives every created message a fresh UUID and the time it was created", async () => {
    const before = Date.now();
    const created = await Promise.all(
      [1, 2, 3].map((i) => call("POST", "/api/v1/sessions/ids/messages", { body: `m${i}` }).then((r) => r.body)),
    );
    expect(new Set(created.map((m) => m.id)).size).toBe(3);
    for (const m of created) {
      expect(m.id).toMatch(UUID);
      expect(Date.parse(m.createdAt)).toBeGreaterThanOrEqual(before - 1_000);
    }
  });
});

describe("a session's first answer", () => {
  it("is not sent over realtime when it came inline", async () => {
    const started = await call("POST", sessions, { messageBody: "hi", returnAnswerAsync: false });
    expect(started.body.messages.length).toBeGreaterThan(0);
    const events: string[] = [];
    const socket = io(server.current.socketUrl, {
      path: server.current.socketPath,
      auth: { sessionId: started.body.id },
      transports: ["websocket"],
    });
    // The bot stops typing after its reply to "next": the last event that message causes.
    const answered = new Promise<void>((resolve) =>
      socket.onAny((name: string, payload: { authorType?: string; isTyping?: boolean }) => {
        events.push(`${name}:${payload.authorType}`);
        if (name === "typing" && payload.isTyping === false) resolve();
      }),
    );
    try {
      await new Promise<void>((resolve) => socket.once("connect", resolve));
      await call("POST", `/api/v1/sessions/${started.body.id}/messages`, { body: "next" });
      await answered;
      // Only what the next message caused: a held answer would have come first, on joining.
      expect(events).toEqual(["message:CLIENT", "typing:BOT", "message:BOT", "typing:BOT"]);
    } finally {
      socket.disconnect();
    }
  });
});
