import { afterEach, describe, expect, it } from "vitest";
import { type Chat, type ChatOptions, openChat } from "../../src/index.js";
import { bodies, faultProxyPerTest, memoryStorage, mockPerTest, until } from "../support.js";

const mock = mockPerTest();
const proxies = faultProxyPerTest(mock);
const chats: Chat[] = [];
afterEach(() => {
  for (const chat of chats.splice(0)) chat.close();
});

/** A chat whose HTTP and realtime traffic (polling) goes through the proxy, so that the proxy can take it offline. */
function open(options: Partial<ChatOptions> = {}): Chat {
  const chat = openChat({
    baseUrl: proxies.current.url,
    chatId: "demo-chat",
    retry: false,
    realtime: { socket: { transports: ["polling"], reconnectionDelay: 10, reconnectionDelayMax: 50 } },
    ...options,
  });
  chats.push(chat);
  return chat;
}

/** {@link open}, then cut off by the proxy once ready: the chat is `reconnecting`. */
async function openOffline(options: Partial<ChatOptions> = {}): Promise<Chat> {
  const chat = open(options);
  await chat.ready();
  proxies.current.setOffline(true);
  await until(chat, (s) => s.status === "reconnecting");
  return chat;
}

const OUTBOX = "twin-chat:demo-chat:outbox";
const clientBodies = (chat: Chat) =>
  mock.server.control
    .conversation(chat.getSnapshot().sessionId ?? "")
    .filter((m) => m.authorType === "CLIENT")
    .map((m) => m.body);

describe("the outbox", () => {
  it("a message sent while the connection is down shows queued at once, is kept, and goes out when it is back", async () => {
    const storage = memoryStorage();
    const chat = await openOffline({ storage });
    const queued = await chat.send("Sent while offline");
    expect(queued).toMatchObject({ state: "queued" });
    expect(chat.getSnapshot().queued).toBe(1);
    expect(JSON.parse(storage.items.get(OUTBOX) ?? "[]")).toMatchObject([
      { key: queued.key, text: "Sent while offline" },
    ]);
    expect(proxies.current.sends).toBe(0);

    proxies.current.setOffline(false);
    const s = await until(chat, (s) => bodies(s).includes("You said: Sent while offline"));
    expect(s.queued).toBe(0);
    expect(s.messages.find((m) => m.key === queued.key)?.state).toBe("sent");
    expect(clientBodies(chat)).toEqual(["Sent while offline"]);
    expect(storage.items.has(OUTBOX)).toBe(false);
  });

  it("a reload keeps what was queued: the next chat shows it queued and sends it once, in the order typed", async () => {
    const storage = memoryStorage();
    const first = await openOffline({ storage });
    for (const text of ["one", "two", "three"]) await first.send(text);
    first.close();

    proxies.current.setOffline(false);
    const next = open({ storage });
    const typedSince = next.send("four"); // typed before the kept messages are read back: it still goes last
    const restored = await until(next, (s) => s.queued === 3);
    expect(restored.messages.filter((m) => m.state === "queued").map((m) => m.body)).toEqual(["one", "two", "three"]);
    expect(await typedSince).toMatchObject({ body: "four", state: "sent" });
    await until(next, (s) => s.caughtUp && s.queued === 0 && s.messages.every((m) => m.state === "sent"));
    expect(clientBodies(next)).toEqual(["one", "two", "three", "four"]);
    expect(proxies.current.sends).toBe(4);
  });

  it("attachments queue too, and are uploaded once", async () => {
    const chat = await openOffline();
    const file = { name: "note.txt", data: new TextEncoder().encode("hello"), type: "text/plain" };
    const queued = await chat.send("With a file", { attachments: [file] });
    expect(queued).toMatchObject({ state: "queued", attachments: [{ name: "note.txt" }] });
    proxies.current.setOffline(false);
    await until(chat, (s) => s.messages.some((m) => m.key === queued.key && m.state === "sent"));
    expect(proxies.current.uploads).toBe(1);
    expect(proxies.current.stored).toEqual([{ body: "With a file", attachments: [expect.any(String)] }]);
  });

  it("a queued message can be discarded: it never goes out", async () => {
    const chat = await openOffline();
    const gone = await chat.send("Never mind");
    await chat.send("Keep this");
    expect(chat.discard(gone.key)).toBe(true);
    expect(chat.getSnapshot().queued).toBe(1);
    proxies.current.setOffline(false);
    await until(chat, (s) => bodies(s).includes("You said: Keep this"));
    expect(clientBodies(chat)).toEqual(["Keep this"]);
  });
});

describe("storage that fails never breaks the chat", () => {
  it("storage that throws (quota, private mode): the snapshot says so, and the chat goes on without keeping", async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const chat = await openOffline({ storage });
    await chat.send("Still works");
    expect(chat.getSnapshot().error).toMatchObject({ code: "storage", name: "ChatError" });
    proxies.current.setOffline(false);
    await until(chat, (s) => bodies(s).includes("You said: Still works"));
  });

  it("storage holding garbage where the outbox goes: the snapshot says so, and the chat opens and sends", async () => {
    const storage = memoryStorage();
    storage.items.set(OUTBOX, "{not json");
    const chat = open({ storage });
    await until(chat, (s) => s.error?.code === "storage");
    await chat.ready();
    expect(await chat.send("Hello")).toMatchObject({ state: "sent" });
    expect(chat.getSnapshot().messages.filter((m) => m.authorType === "CLIENT")).toHaveLength(1);
  });

  it("entries of the wrong shape count as garbage too", async () => {
    const storage = memoryStorage();
    storage.items.set(OUTBOX, JSON.stringify([{ key: 1, text: null }]));
    const chat = open({ storage });
    await until(chat, (s) => s.error?.code === "storage");
    expect(chat.getSnapshot().queued).toBe(0);
  });
});
