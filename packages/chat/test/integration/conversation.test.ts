import { describe, expect, it } from "vitest";
import { openChat } from "../../src/index.js";
import { bodies, memoryStorage, mockPerTest, until } from "../support.js";

const GREETING = "Hello! I am the TWIN mock bot. Ask me anything.";
const mock = mockPerTest();

describe("a conversation over real HTTP and Socket.IO", () => {
  it("opens by chatId: the greeting, the user's message once, the bot's answer, in order", async () => {
    const chat = openChat({ baseUrl: mock.url, chatId: "demo-chat" });
    await chat.ready();
    await until(chat, (s) => s.messages.length === 1);
    const sent = await chat.send("Hi there");
    expect(sent).toMatchObject({ state: "sent", body: "Hi there", authorType: "CLIENT" });
    const s = await until(chat, (s) => s.messages.length === 3);
    expect(bodies(s)).toEqual([GREETING, "Hi there", "You said: Hi there"]);
    expect(s.messages.map((m) => m.state)).toEqual(["sent", "sent", "sent"]);
    expect(new Set(s.messages.map((m) => m.id)).size).toBe(3);
    chat.close();
    expect(chat.getSnapshot().status).toBe("closed");
  });

  it("resumes the stored session after a reload: the conversation comes back whole, each message once", async () => {
    const storage = memoryStorage();
    const first = openChat({ baseUrl: mock.url, chatId: "demo-chat", storage });
    await until(first, (s) => s.messages.length === 1);
    await first.send("one");
    await until(first, (s) => s.messages.length === 3);
    const sessionId = first.getSnapshot().sessionId;
    first.close();

    const second = openChat({ baseUrl: mock.url, chatId: "demo-chat", storage });
    const s = await second.ready();
    expect(s.sessionId).toBe(sessionId);
    expect(bodies(s)).toEqual([GREETING, "one", "You said: one"]);
    second.close();
  });
});
