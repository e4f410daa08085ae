import { describe, expect, it } from "vitest";
import { type Scenario, startMockServer } from "../../src/index.js";
import { by, listen, request, say, startSession } from "../support/chat.js";
import { schemaErrors } from "../support/spec.js";

/** A mock playing `rules` (keyword → steps), closed after `run`. */
async function withScenario(
  rules: Scenario["rules"],
  run: (mock: Awaited<ReturnType<typeof startMockServer>>) => Promise<void>,
) {
  const mock = await startMockServer({ port: 0, replyDelayMs: 0, scenario: { name: "test", rules } });
  try {
    await run(mock);
  } finally {
    await mock.close();
  }
}

describe("scenario steps, end to end over HTTP and Socket.IO", () => {
  it("say: a bot message with body, answers, actions and an attachment the mock serves", () =>
    withScenario(
      [
        {
          match: { keyword: "menu" },
          steps: [
            {
              say: {
                body: "You said {text}",
                answers: ["A", "B"],
                actions: [{ type: "link", url: "https://example.com" }],
                attachments: [{ name: "hello.txt", content: "hello file" }],
              },
            },
          ],
        },
      ],
      async (mock) => {
        const id = await startSession(mock);
        const socket = await listen(mock, id);
        await say(mock, id, "menu please");
        const message = await socket.waitFor("message", by("BOT"));
        expect(message).toMatchObject({
          body: "You said menu please",
          answers: ["A", "B"],
          keyboard: [{ type: "link", url: "https://example.com" }],
          attachments: [{ name: "hello.txt", extension: "txt", size: 10 }],
        });
        expect(schemaErrors("/components/schemas/ChatMessage", message)).toEqual([]);
        const file = await fetch((message.attachments as { url: string }[])[0]!.url);
        expect(file.headers.get("content-type")).toMatch(/^text\/plain/);
        expect(await file.text()).toBe("hello file");
      },
    ));

  it("typing and delay: typing on, then off, then the message, in that order", () =>
    withScenario(
      [{ match: { keyword: "slow" }, steps: [{ typing: 20 }, { delay: 10 }, { say: "done" }] }],
      async (mock) => {
        const id = await startSession(mock);
        const socket = await listen(mock, id);
        await say(mock, id, "slow please");
        await socket.waitFor("message", by("BOT", "done"));
        const bot = socket.events
          .filter(([, p]) => p.authorType === "BOT")
          .map(([n, p]) => (n === "typing" ? `typing:${p.isTyping}` : p.body));
        expect(bot).toEqual(["typing:true", "typing:false", "typing:true", "done", "typing:false"]);
      },
    ));

  it("operatorJoins, operatorSays, operatorLeaves: messages of authorType OPERATOR, typing as the operator", () =>
    withScenario(
      [
        {
          match: { keyword: "human" },
          steps: [{ operatorJoins: "Anna" }, { operatorSays: "Hi, Anna here" }, { operatorLeaves: true }],
        },
      ],
      async (mock) => {
        const id = await startSession(mock);
        const socket = await listen(mock, id);
        await say(mock, id, "a human please");
        const left = await socket.waitFor("message", (p) => p.type === "OPERATOR_LEFT");
        const operator = socket.events
          .filter(([n, p]) => n === "message" && p.authorType === "OPERATOR")
          .map(([, p]) => p);
        expect(operator.map((m) => [m.type, m.body, m.authorName])).toEqual([
          ["OPERATOR_JOINED", "Anna joined the chat", "Anna"],
          ["TEXT", "Hi, Anna here", "Anna"],
          ["OPERATOR_LEFT", "Anna left the chat", "Anna"],
        ]);
        expect(new Set(operator.map((m) => m.authorId)).size).toBe(1);
        expect(socket.events.some(([n, p]) => n === "typing" && p.authorType === "OPERATOR")).toBe(true);
        expect(left.authorType).toBe("OPERATOR");
        expect(mock.control.sessions().find((s) => s.id === id)?.operator).toBeNull();
      },
    ));

  it("close: session:closed with the reason, then the sockets are disconnected", () =>
    withScenario(
      [{ match: { keyword: "bye" }, steps: [{ say: "Bye!" }, { close: "resolved" }, { say: "never sent" }] }],
      async (mock) => {
        const id = await startSession(mock);
        const socket = await listen(mock, id);
        await say(mock, id, "bye");
        const closed = await socket.waitFor("session:closed");
        expect(closed).toMatchObject({ sessionId: id, reason: "resolved" });
        expect(schemaErrors("/components/schemas/SessionClosedEvent", closed)).toEqual([]);
        await new Promise<void>((resolve) =>
          socket.socket.disconnected ? resolve() : socket.socket.once("disconnect", () => resolve()),
        );
        expect(mock.control.conversation(id).map((m) => m.body)).toEqual(["bye", "Bye!"]);
      },
    ));

  it("fail: the next N calls of an operation in this session get the status and body; then they pass", () =>
    withScenario(
      [
        {
          match: { keyword: "break" },
          steps: [
            { fail: { operation: "createClientMessage", times: 2, status: 429, body: { error: "Slow down." } } },
            { say: "armed" },
          ],
        },
      ],
      async (mock) => {
        const id = await startSession(mock);
        const socket = await listen(mock, id);
        await say(mock, id, "break it");
        await socket.waitFor("message", by("BOT", "armed"));
        const other = await startSession(mock);
        expect((await say(mock, other, "other session")).status).toBe(201);
        for (let i = 0; i < 2; i++) {
          const failed = await say(mock, id, "hello?");
          expect(failed.status).toBe(429);
          expect(await failed.json()).toEqual({ error: "Slow down." });
        }
        expect((await say(mock, id, "hello?")).status).toBe(201);
      },
    ));

  it("fail with only a delay: the call answers normally, late", () =>
    withScenario(
      [
        {
          match: { keyword: "lag" },
          steps: [{ fail: { operation: "listSessionMessages", delayMs: 30 } }, { say: "armed" }],
        },
      ],
      async (mock) => {
        const id = await startSession(mock);
        const socket = await listen(mock, id);
        await say(mock, id, "lag");
        await socket.waitFor("message", by("BOT", "armed"));
        expect(mock.control.faults()).toMatchObject([
          { operation: "listSessionMessages", sessionId: id, remaining: 1 },
        ]);
        const history = await request(mock, "GET", `/api/v1/sessions/${id}/messages`);
        expect(history.status).toBe(200);
        expect(mock.control.faults()).toEqual([]);
      },
    ));

  it("drop: the session's sockets lose their transport without a goodbye, and reconnect", () =>
    withScenario([{ match: { keyword: "drop" }, steps: [{ drop: true }] }], async (mock) => {
      const id = await startSession(mock);
      const socket = await listen(mock, id);
      const reason = new Promise<string>((resolve) => socket.socket.once("disconnect", resolve));
      await say(mock, id, "drop me");
      expect(await reason).toBe("transport close");
      await new Promise<void>((resolve) => socket.socket.once("connect", () => resolve()));
      expect(socket.socket.connected).toBe(true);
    }));

  it("matches by regex, first and n-th message, in rule order, with the fallback last", async () => {
    const scenario: Scenario = {
      rules: [
        { match: { first: true }, steps: "first" },
        { match: { nth: 3 }, steps: "third" },
        { match: { regex: "^\\d+$" }, steps: "digits" },
      ],
      fallback: "fallback {text}",
    };
    const mock = await startMockServer({ port: 0, replyDelayMs: 0, scenario });
    try {
      const id = await startSession(mock);
      const socket = await listen(mock, id);
      for (const text of ["hello", "42", "x", "y"]) await say(mock, id, text);
      await socket.waitFor("message", by("BOT", "fallback y"));
      const bot = socket.events.filter(([n, p]) => n === "message" && p.authorType === "BOT").map(([, p]) => p.body);
      expect(bot).toEqual(["first", "digits", "third", "fallback y"]);
    } finally {
      await mock.close();
    }
  });
});
