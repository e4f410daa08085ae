import { startMockServer } from "@twin-chat/mock-server";
import { afterEach, describe, expect, it } from "vitest";
import { type Chat, openChat } from "../../src/index.js";
import { bodies, mockPerTest, until } from "../support.js";

const mock = mockPerTest();
const chats: Chat[] = [];
afterEach(() => {
  for (const chat of chats.splice(0)) chat.close();
});

/** The process's active handles and timers, by type (the terminal's own left out). */
const active = () => process.getActiveResourcesInfo().filter((type) => type !== "TTYWrap");

const open = (options: Partial<Parameters<typeof openChat>[0]> = {}) => {
  const chat = openChat({ baseUrl: mock.url, chatId: "demo-chat", ...options });
  chats.push(chat);
  return chat;
};

describe("typing, read receipts and attachments", () => {
  it("shows the bot typing, then its answer; and sends the user's typing to the session's other sockets", async () => {
    const chat = open();
    await chat.ready();
    const sawTyping = until(chat, (s) => s.typing.includes("BOT"));
    await chat.send("Hi");
    await sawTyping;
    const s = await until(chat, (s) => s.messages.length === 3 && s.typing.length === 0);
    expect(bodies(s).at(-1)).toBe("You said: Hi");

    const other = open({ chatId: undefined, sessionId: s.sessionId }); // the same session in another tab
    await other.ready();
    chat.setTyping(true);
    expect((await until(other, (o) => o.typing.length > 0)).typing).toEqual(["CLIENT"]);
    chat.setTyping(false);
    await until(other, (o) => o.typing.length === 0);
  });

  it("marks a message read and shows the server's receipt", async () => {
    const chat = open();
    const { messages } = await until(chat, (s) => s.messages.length === 1);
    expect(messages[0]!.readAt).toBeNull();
    chat.markRead(messages[0]!.id);
    const s = await until(chat, (s) => typeof s.messages[0]!.readAt === "string");
    expect(Date.parse(s.messages[0]!.readAt!)).not.toBeNaN();
    chat.markRead("local-not-on-the-server"); // ignored: not a message of the server
  });

  it("uploads attachments once and sends their ids with the message", async () => {
    const chat = open();
    await chat.ready();
    const sent = await chat.send("See the file", {
      attachments: [{ name: "note.txt", data: new TextEncoder().encode("hello"), type: "text/plain" }],
    });
    expect(sent).toMatchObject({ state: "sent", body: "See the file" });
  });
});

describe("status and lifecycle", () => {
  it("shows reconnecting while the server is down, then recovers and carries on", async () => {
    const chat = open();
    await until(chat, (s) => s.messages.length === 1 && s.caughtUp);
    const port = Number(new URL(mock.url).port);
    await mock.server.close();
    await until(chat, (s) => s.status === "reconnecting");
    mock.server = await startMockServer({ port, replyDelayMs: 1 });
    await until(chat, (s) => s.status === "connected" && s.caughtUp);
    await chat.send("Back?");
    const s = await until(chat, (s) => bodies(s).includes("You said: Back?"));
    expect(bodies(s).filter((b) => b === "Back?")).toHaveLength(1);
  });

  it("fails to open with the network error when the server cannot be reached; ready() rejects", async () => {
    const chat = open({ baseUrl: "http://127.0.0.1:1" });
    await expect(chat.ready()).rejects.toMatchObject({ code: "network" });
    expect(chat.getSnapshot()).toMatchObject({ status: "failed", error: { code: "network" } });
    expect(() => chat.send("x")).toThrow(expect.objectContaining({ code: "closed" }));
  });

  it("fails when the realtime server refuses the handshake", async () => {
    const chat = open({ realtime: { authKey: "not-the-session" } });
    await expect(chat.ready()).rejects.toMatchObject({ code: "handshake-refused" });
    expect(chat.getSnapshot().status).toBe("failed");
  });

  it("close() releases the socket and timers, rejects a pending ready() and stops telling listeners", async () => {
    const before = active().length;
    const chat = open();
    const ready = chat.ready();
    let calls = 0;
    chat.subscribe(() => calls++);
    chat.close();
    await expect(ready).rejects.toMatchObject({ code: "closed" });
    const after = calls;
    // Nothing of the chat's tells when its socket has really gone, so look again every 10 ms (no timer of the poll's
    // own is pending while it looks); after 3,000 looks, what is left has leaked.
    for (let look = 0; look < 3_000 && active().length > before; look++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(active().length, `active now: ${active().join(", ")}`).toBeLessThanOrEqual(before);
    expect(calls).toBe(after);
  });
});
