import { afterEach, describe, expect, it, onTestFailed } from "vitest";
import { type Chat, openChat } from "../../src/index.js";
import { random } from "../random.js";
import { faultProxyPerTest, memoryStorage, mockPerTest, type SendFault, until } from "../support.js";

const mock = mockPerTest();
const proxies = faultProxyPerTest(mock);
let chat: Chat | undefined;
afterEach(() => {
  chat?.close();
});

const SEED = Number(process.env.SEED ?? Date.now() % 1_000_000);
const STEPS = 60;
const FAULTS: SendFault[] = ["reset-before-server", "reset-after-server", "fail-before-server", "fail-after-server"];

/**
 * A model of what the user and the network do, drawn from a seed: sends, offline spells (every connection through
 * the proxy reset, the realtime one included: it polls through the proxy), one-off server faults on a send (before
 * or after the server stored it), discards of queued messages, and reloads (the chat closed, a new one opened on
 * the same storage). The seed fixes the sequence; the pauses between steps are real, so the interleavings vary
 * from run to run, and the property must hold for every one of them.
 */
describe("the outbox, under a seeded model of offline spells, reloads, discards and server faults", () => {
  it(`every message typed and not discarded reaches the server exactly once, in typed order (SEED=${SEED})`, async () => {
    const next = random(SEED);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
    const storage = memoryStorage();
    const open = () =>
      openChat({
        baseUrl: proxies.current.url,
        chatId: "demo-chat",
        storage,
        retry: false,
        realtime: { socket: { transports: ["polling"], reconnectionDelay: 10, reconnectionDelayMax: 50 } },
      });
    chat = open();
    await chat.ready();
    const sessionId = chat.getSnapshot().sessionId;
    const typed: string[] = [];
    const discarded = new Set<string>();
    const steps: string[] = [];
    let offline = false;
    onTestFailed(() => {
      const states = chat?.getSnapshot().messages.map((m) => `${m.body}:${m.state}`);
      console.log(`SEED=${SEED} steps: ${steps.join(", ")}\nstatus ${chat?.getSnapshot().status}; list: ${states}`);
    });

    for (let step = 0; step < STEPS; step++) {
      const roll = next();
      if (roll < 0.4) {
        const text = `m${typed.length}`;
        typed.push(text);
        steps.push(`send ${text}`);
        if (chat.getSnapshot().status !== "failed") void chat.send(text);
        else typed.pop(); // a chat that could not open takes no message: the user sees it failed
      } else if (roll < 0.55) {
        offline = !offline;
        steps.push(offline ? "offline" : "online");
        proxies.current.setOffline(offline);
      } else if (roll < 0.7) {
        const fault = pick(FAULTS) ?? "none";
        steps.push(`fault ${fault}`);
        proxies.current.fail(fault);
      } else if (roll < 0.8) {
        const waiting = chat.getSnapshot().messages.filter((m) => m.state === "queued" || m.state === "failed");
        const victim = pick(waiting);
        if (victim && chat.discard(victim.key)) {
          steps.push(`discard ${victim.body}`);
          discarded.add(victim.body ?? "");
        }
      } else {
        steps.push("reload");
        chat.close();
        await proxies.current.idle(); // the next page loads after the server has dealt with what reached it
        chat = open();
      }
      await new Promise((resolve) => setTimeout(resolve, next() * 40));
    }

    steps.push("online, until every message is sent");
    proxies.current.setOffline(false);
    if (chat.getSnapshot().status === "failed") chat = open(); // it was reloaded while offline
    await chat.ready();
    for (;;) {
      const caughtUp = await until(chat, (s) => s.caughtUp);
      const unsent = caughtUp.messages.filter((m) => m.state !== "sent");
      if (unsent.length === 0) break;
      for (const message of unsent) if (message.state === "queued") void chat.resend(message.key); // skip the backoff
      const kicked = chat.getSnapshot();
      await until(chat, (s) => s !== kicked);
    }
    await proxies.current.idle();

    const onServer = mock.server.control
      .conversation(sessionId ?? "")
      .filter((m) => m.authorType === "CLIENT")
      .map((m) => m.body);
    // A discarded message is on the server only if an attempt reached it before the discard (the proxy saw it stored).
    const expected = typed.filter((text) => !discarded.has(text) || proxies.current.forwarded.includes(text));
    expect(onServer, `SEED=${SEED} steps: ${steps.join(", ")}`).toEqual(expected);
    expect(chat.getSnapshot().queued).toBe(0);
    const shown = chat
      .getSnapshot()
      .messages.filter((m) => m.authorType === "CLIENT")
      .map((m) => m.body);
    expect(shown).toEqual(expected);
  });
});
