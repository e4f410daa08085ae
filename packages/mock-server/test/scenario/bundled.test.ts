import { describe, expect, it } from "vitest";
import { BUNDLED_SCENARIOS, type MockServer, startMockServer } from "../../src/index.js";
import { by, type Listener, listen, request, say, startSession } from "../support/chat.js";
import { schemaErrors } from "../support/spec.js";

/**
 * Plays a bundled scenario on its own mock, 100 times faster (`timeScale`), with the greeting held for the socket;
 * `run` gets the mock, a started session and its socket.
 */
async function playing(
  name: (typeof BUNDLED_SCENARIOS)[number],
  run: (mock: MockServer, id: string, socket: Listener) => Promise<void>,
) {
  const mock = await startMockServer({ port: 0, scenario: name, replyDelayMs: 0, timeScale: 0.01, holdAnswers: true });
  try {
    const id = await startSession(mock);
    await run(mock, id, await listen(mock, id));
  } finally {
    await mock.close();
  }
}

/** The bodies of the messages the socket received from `authorType` after `from` of them. */
const bodies = (socket: Listener, authorType: string) =>
  socket.events.filter(([n, p]) => n === "message" && p.authorType === authorType).map(([, p]) => p.body);

describe("bundled scenarios, played through over HTTP and Socket.IO", () => {
  it("ships support-bot, handover and flaky-network", () => {
    expect(BUNDLED_SCENARIOS).toEqual(["support-bot", "handover", "flaky-network"]);
  });

  it("support-bot: quick replies, actions, an attachment, several and long messages, a slow answer, a close", () =>
    playing("support-bot", async (mock, id, socket) => {
      const greeting = await socket.waitFor("message", by("BOT"));
      expect(greeting.answers).toEqual([
        "Opening hours",
        "Pricing",
        "Send me the manual",
        "Tell me everything",
        "Slow answer",
        "Bye",
      ]);

      await say(mock, id, "Opening hours");
      await socket.waitFor("message", by("BOT", "We are open 9:00–18:00, Monday to Friday."));

      await say(mock, id, "Pricing");
      const pricing = await socket.waitFor("message", (p) => p.authorType === "BOT" && p.keyboard !== null);
      expect(pricing).toMatchObject({
        answers: ["Basic", "Pro"],
        keyboard: [{ type: "link", label: "Compare plans", url: "https://example.com/pricing" }],
      });

      await say(mock, id, "Send me the manual");
      const manual = await socket.waitFor("message", by("BOT", "Here is the manual."));
      const [attachment] = manual.attachments as { url: string; name: string }[];
      expect(attachment!.name).toBe("manual.txt");
      expect(await (await fetch(attachment!.url)).text()).toMatch(/^TWIN widget manual/);

      await say(mock, id, "Tell me everything");
      await socket.waitFor("message", by("BOT", "Part three: that is all."));
      const parts = bodies(socket, "BOT").slice(-4) as string[];
      expect(parts[0]).toBe("Sure, in three parts.");
      expect(parts[2]!.length).toBeGreaterThan(300);

      const typingBefore = socket.events.length;
      await say(mock, id, "Slow answer");
      await socket.waitFor("message", by("BOT", "Sorry for the wait, that took a while."));
      const slow = socket.events.slice(typingBefore).filter(([n, p]) => n === "typing" && p.authorType === "BOT");
      expect(slow.map(([, p]) => p.isTyping).slice(0, 2)).toEqual([true, false]);

      await say(mock, id, "something else");
      const fallback = await socket.waitFor("message", by("BOT", "I did not get “something else”. Try one of these:"));
      expect(fallback.answers).toEqual(["Opening hours", "Pricing", "Send me the manual"]);

      await say(mock, id, "Bye");
      await socket.waitFor("message", by("BOT", "Goodbye! Closing this chat."));
      expect(await socket.waitFor("session:closed")).toMatchObject({ sessionId: id, reason: "resolved" });
      for (const [name, payload] of socket.events) {
        if (name === "message") expect(schemaErrors("/components/schemas/ChatMessage", payload)).toEqual([]);
      }
    }));

  it("handover: the bot hands over to an operator, who answers with typing, then leaves it to the bot", () =>
    playing("handover", async (mock, id, socket) => {
      await socket.waitFor("message", by("BOT", "Hi! I am the bot. Ask for a human at any time."));
      await say(mock, id, "hello");
      await socket.waitFor("message", by("BOT", "I can help with simple questions, or you can ask for a human."));

      await say(mock, id, "Can I talk to a human?");
      const anna = await socket.waitFor("message", by("OPERATOR", "Hi, Anna here. How can I help?"));
      expect(anna).toMatchObject({ authorName: "Anna", answers: ["My order", "Something else"] });
      expect(socket.events.some(([n, p]) => n === "typing" && p.authorType === "OPERATOR" && p.isTyping)).toBe(true);
      expect(mock.control.sessions().find((s) => s.id === id)?.operator).toBe("Anna");

      await say(mock, id, "thanks!");
      await socket.waitFor("message", by("BOT", "The bot is back. Anything else?"));
      expect(bodies(socket, "OPERATOR")).toEqual([
        "Anna joined the chat",
        "Hi, Anna here. How can I help?",
        "You are welcome! I am leaving you with the bot now.",
        "Anna left the chat",
      ]);
      expect(mock.control.sessions().find((s) => s.id === id)?.operator).toBeNull();

      await say(mock, id, "what now");
      await socket.waitFor("message", by("BOT", "Noted: “what now”. Say “human” to talk to an operator."));
    }));

  it("flaky-network: a 429, two 500s, a late answer, a failing history read and a dropped connection, on cue", () =>
    playing("flaky-network", async (mock, id, socket) => {
      await socket.waitFor("message", by("BOT", "This chat fails on purpose. Send one of these:"));
      const armed = async (text: string, reply: string) => {
        await say(mock, id, text);
        await socket.waitFor("message", by("BOT", reply));
      };

      await armed("rate limit", "Your next message will get a 429.");
      const limited = await say(mock, id, "one");
      expect([limited.status, await limited.json()]).toEqual([429, { error: "Too many requests." }]);

      await armed("server error", "Your next two messages will get a 500.");
      for (const text of ["two", "three"]) {
        const failed = await say(mock, id, text);
        expect(failed.status).toBe(500);
        expect(schemaErrors("/components/schemas/ErrorBody", await failed.json())).toEqual([]);
      }

      await armed("slow", "Your next message will take 3 s to be answered.");
      expect(mock.control.faults()).toMatchObject([{ operation: "createClientMessage", delayMs: 30, remaining: 1 }]);
      expect((await say(mock, id, "four")).status).toBe(201);
      expect(mock.control.faults()).toEqual([]);

      await armed("history", "The next history read will get a 503.");
      const history = `/api/v1/sessions/${id}/messages`;
      expect((await request(mock, "GET", history)).status).toBe(503);
      expect((await request(mock, "GET", history)).status).toBe(200);

      const dropped = new Promise<string>((resolve) => socket.socket.once("disconnect", resolve));
      await say(mock, id, "drop");
      expect(await dropped).toBe("transport close");
      await new Promise<void>((resolve) => socket.socket.once("connect", () => resolve()));
      const page = (await (await request(mock, "GET", `${history}?limit=100`)).json()) as { items: { body: string }[] };
      expect(page.items.map((m) => m.body)).toContain("You are back, and you did not miss this message.");
    }));
});
