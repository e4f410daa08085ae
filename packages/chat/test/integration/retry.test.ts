import { createTwinClient } from "@twin-chat/client";
import { afterEach, describe, expect, it } from "vitest";
import { type Chat, openChat } from "../../src/index.js";
import { faultProxyPerTest, mockPerTest, until } from "../support.js";

const mock = mockPerTest();
const proxies = faultProxyPerTest(mock);
let chat: Chat | undefined;
afterEach(() => {
  chat?.close();
});

/** How many client messages with `text` the server holds for the chat's session. */
async function onServer(text: string): Promise<number> {
  const page = await createTwinClient({ baseUrl: mock.url }).listMessages(chat!.getSnapshot().sessionId!);
  return page.items.filter((m) => m.authorType === "CLIENT" && m.body === text).length;
}

/**
 * A chat whose HTTP goes through the fault proxies.current. With `live: false` it does not hear the `message` event, so what
 * the server got is learnt only from the history: the retry's look-up is then the only way not to send twice.
 */
async function open(live: boolean): Promise<Chat> {
  chat = openChat({
    baseUrl: proxies.current.url,
    chatId: "demo-chat",
    retry: false,
    realtime: { baseUrl: mock.url, ...(live ? {} : { events: { message: "not-listened-to" } }) },
  });
  await chat.ready();
  return chat;
}

describe("a send that cannot reach the server waits in the outbox, then goes out once", () => {
  it("reset after the server stored it: queued (network), then sent by itself, found in the history, not resent", async () => {
    const chat = await open(false);
    proxies.current.fail("reset-after-server");
    const queued = await chat.send("Are you there?");
    expect(queued).toMatchObject({ state: "queued", error: { code: "network" } });
    expect(chat.getSnapshot().queued).toBe(1);
    expect(chat.getSnapshot().messages.filter((m) => m.body === "Are you there?")).toHaveLength(1);

    const s = await until(chat, (s) => s.messages.some((m) => m.key === queued.key && m.state === "sent"));
    expect(s.queued).toBe(0);
    expect(s.messages.find((m) => m.key === queued.key)?.id).not.toBe(queued.key);
    expect(proxies.current.sends).toBe(1);
    expect(await onServer("Are you there?")).toBe(1);
    expect(s.messages.filter((m) => m.body === "Are you there?")).toHaveLength(1);
  });

  it("reset before it reached the server: resend() sends it at once; the look-up finds nothing and it goes once", async () => {
    const chat = await open(false);
    proxies.current.fail("reset-before-server");
    const queued = await chat.send("Hello?");
    expect(queued).toMatchObject({ state: "queued", error: { code: "network" } });
    expect(await onServer("Hello?")).toBe(0);
    const sent = await chat.resend(queued.key);
    expect(sent).toMatchObject({ key: queued.key, state: "sent" });
    expect(proxies.current.sends).toBe(2);
    expect(await onServer("Hello?")).toBe(1);
  });

  it("with the live echo on, a reset after the server stored it ends as one sent message, whichever comes first", async () => {
    const chat = await open(true);
    proxies.current.fail("reset-after-server");
    const first = await chat.send("Once only");
    await until(chat, (s) => s.messages.some((m) => m.key === first.key && m.state === "sent"));
    await until(chat, (s) => s.messages.some((m) => m.body === "You said: Once only"));
    expect(chat.getSnapshot().messages.filter((m) => m.body === "Once only")).toHaveLength(1);
    expect(await onServer("Once only")).toBe(1);
    expect(proxies.current.sends).toBe(1);
  });

  it("a message the server refuses fails, and the next one still goes; queued and failed ones can be discarded", async () => {
    const chat = await open(true);
    mock.server.control.fail({ operation: "createClientMessage", status: 400 });
    const refused = await chat.send("Not this");
    expect(refused).toMatchObject({ state: "failed", error: { code: "api", status: 400 } });
    expect(await chat.send("But this")).toMatchObject({ state: "sent" });
    expect(chat.discard(refused.key)).toBe(true);
    proxies.current.fail("reset-before-server");
    const queued = await chat.send("Never mind");
    expect(queued.state).toBe("queued");
    expect(chat.discard(queued.key)).toBe(true);
    expect(chat.getSnapshot()).toMatchObject({ queued: 0 });
    expect(chat.getSnapshot().messages.some((m) => m.key === queued.key || m.key === refused.key)).toBe(false);
    const sent = await chat.send("Kept");
    expect(chat.discard(sent.key)).toBe(false);
    expect(chat.discard("no-such-key")).toBe(false);
    expect(await onServer("Never mind")).toBe(0);
  });
});
