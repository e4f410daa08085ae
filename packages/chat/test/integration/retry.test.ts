import { createTwinClient } from "@twin-chat/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Chat, openChat } from "../../src/index.js";
import { mockPerTest, startFaultProxy, until } from "../support.js";

const mock = mockPerTest();
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
let chat: Chat | undefined;
beforeEach(async () => {
  proxy = await startFaultProxy(mock.url);
});
afterEach(async () => {
  chat?.close();
  await proxy.close();
});

/** How many client messages with `text` the server holds for the chat's session. */
async function onServer(text: string): Promise<number> {
  const page = await createTwinClient({ baseUrl: mock.url }).listMessages(chat!.getSnapshot().sessionId!);
  return page.items.filter((m) => m.authorType === "CLIENT" && m.body === text).length;
}

/**
 * A chat whose HTTP goes through the fault proxy. With `live: false` it does not hear the `message` event, so what
 * the server got is learnt only from the history: the retry's look-up is then the only way not to send twice.
 */
async function open(live: boolean): Promise<Chat> {
  chat = openChat({
    baseUrl: proxy.url,
    realtimeUrl: mock.url,
    chatId: "demo-chat",
    retry: false,
    ...(live ? {} : { realtime: { events: { message: "not-listened-to" } } }),
  });
  await chat.ready();
  return chat;
}

describe("a send that fails, then its retry", () => {
  it("reset after the server stored it: failed (network), and the retry finds it in the history instead of resending", async () => {
    const chat = await open(false);
    proxy.fail("reset-after-server");
    const failed = await chat.send("Are you there?");
    expect(failed).toMatchObject({ state: "failed", error: { code: "network" } });
    expect(chat.getSnapshot().messages.filter((m) => m.body === "Are you there?")).toHaveLength(1);

    const sent = await chat.retry(failed.key);
    expect(sent).toMatchObject({ key: failed.key, state: "sent", body: "Are you there?" });
    expect(sent.id).not.toBe(failed.key);
    expect(proxy.sends).toBe(1);
    expect(await onServer("Are you there?")).toBe(1);
    expect(chat.getSnapshot().messages.filter((m) => m.body === "Are you there?")).toHaveLength(1);
  });

  it("reset before it reached the server: the retry looks, finds nothing, and sends it once", async () => {
    const chat = await open(false);
    proxy.fail("reset-before-server");
    const failed = await chat.send("Hello?");
    expect(failed).toMatchObject({ state: "failed", error: { code: "network" } });
    expect(await onServer("Hello?")).toBe(0);
    const sent = await chat.retry(failed.key);
    expect(sent).toMatchObject({ key: failed.key, state: "sent" });
    expect(proxy.sends).toBe(2);
    expect(await onServer("Hello?")).toBe(1);
  });

  it("with the live echo on, a reset after the server stored it ends as one sent message, whichever comes first", async () => {
    const chat = await open(true);
    proxy.fail("reset-after-server");
    const first = await chat.send("Once only");
    const settled = first.state === "failed" ? await chat.retry(first.key) : first;
    expect(settled).toMatchObject({ key: first.key, state: "sent" });
    await until(chat, (s) => s.messages.some((m) => m.body === "You said: Once only"));
    expect(chat.getSnapshot().messages.filter((m) => m.body === "Once only")).toHaveLength(1);
    expect(await onServer("Once only")).toBe(1);
    expect(proxy.sends).toBe(1);
  });

  it("a failed message can be discarded; a sent one cannot", async () => {
    const chat = await open(true);
    proxy.fail("reset-before-server");
    const failed = await chat.send("Never mind");
    expect(failed.state).toBe("failed");
    expect(chat.discard(failed.key)).toBe(true);
    expect(chat.getSnapshot().messages.some((m) => m.key === failed.key)).toBe(false);
    const sent = await chat.send("Kept");
    expect(chat.discard(sent.key)).toBe(false);
    expect(chat.discard("no-such-key")).toBe(false);
  });
});
