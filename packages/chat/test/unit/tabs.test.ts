import type { RealtimeSession, SessionEvents } from "@twin-chat/realtime";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Link, shareConnection } from "../../src/tabs.js";

/**
 * Web Locks as a browser grants them, in memory: one holder per name, the others queued in order; a request's
 * signal takes it out of the queue. Node has `BroadcastChannel` (in-process), so the tabs here talk for real.
 */
function fakeLocks() {
  const queues = new Map<string, { grant: () => void; signal?: AbortSignal }[]>();
  const held = new Set<string>();
  const next = (name: string) => {
    const waiter = queues.get(name)?.shift();
    if (waiter) waiter.grant();
    else held.delete(name);
  };
  return {
    held,
    request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>): Promise<void> {
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.add(name);
          void callback().finally(() => {
            resolve();
            next(name);
          });
        };
        const queue = queues.get(name) ?? [];
        queues.set(name, queue);
        options.signal?.addEventListener("abort", () => {
          const at = queue.findIndex((w) => w.grant === grant);
          if (at >= 0) queue.splice(at, 1);
          reject(new DOMException("aborted", "AbortError"));
        });
        if (held.has(name)) queue.push({ grant });
        else grant();
      });
    },
  };
}

/** A realtime session of our own making: a test plays its events; it records what the chat sent on it. */
function fakeSession() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const sent: unknown[] = [];
  const session = {
    status: "connecting",
    sent,
    closed: false,
    on(event: string, listener: (payload: unknown) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => set.delete(listener);
    },
    play<E extends keyof SessionEvents>(event: E, payload: SessionEvents[E]) {
      if (event === "status") session.status = String(payload);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
    ready: () => Promise.resolve(),
    setTyping: (isTyping: boolean) => void sent.push({ typing: isTyping }),
    markRead: (id: string) => void sent.push({ read: id }),
    close() {
      session.closed = true;
    },
  };
  return session;
}
type FakeSession = ReturnType<typeof fakeSession>;

/** A tab: its link, what it heard, and the sessions it connected (one at most while it holds the lock). */
function openTab(name: string, sessionId = "s-1") {
  const heard: [string, unknown][] = [];
  const sessions: FakeSession[] = [];
  const catchUps: number[] = [];
  const connect = () => {
    const session = fakeSession();
    sessions.push(session);
    return session as unknown as RealtimeSession; // a stand-in: only the members Link uses are real
  };
  const link: Link = shareConnection(sessionId, connect, async () => void catchUps.push(1), name);
  for (const event of ["status", "message", "typing", "read", "closed"] as const) {
    link.on(event, (payload) => heard.push([event, payload]));
  }
  return { link, heard, sessions, catchUps };
}

/**
 * Resolves once `check` holds: the channel delivers in a later task, so look again after each one. No clock of its
 * own: a condition that never holds ends with the test's timeout.
 */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}
const heardIt = (heard: [string, unknown][], entry: [string, unknown]) =>
  heard.some((h) => JSON.stringify(h) === JSON.stringify(entry));

const message = (id: string) => ({
  id,
  sessionId: "s-1",
  authorType: "BOT" as const,
  body: id,
  createdAt: "2026-12-03T10:00:00.000Z",
});

let locks: ReturnType<typeof fakeLocks>;
const tabs: { link: Link }[] = [];
beforeEach(() => {
  locks = fakeLocks();
  vi.stubGlobal("navigator", { locks });
});
afterEach(() => {
  for (const tab of tabs.splice(0)) tab.link.close();
  vi.unstubAllGlobals();
});
const tab = (name: string, sessionId?: string) => {
  const opened = openTab(name, sessionId);
  tabs.push(opened);
  return opened;
};

describe("tabs that share one realtime connection", () => {
  it("the first tab connects; the second hears its status and messages and reads its own history", async () => {
    const first = tab("a");
    const second = tab("b");
    await until(() => first.sessions.length === 1);
    first.sessions[0]!.play("status", "connected");
    await until(() => second.link.status === "connected");
    expect(second.sessions).toHaveLength(0);
    await second.link.ready();
    expect(second.catchUps).toHaveLength(1);
    first.sessions[0]!.play("message", message("m-1"));
    await until(() => heardIt(second.heard, ["message", message("m-1")]));
    expect(first.heard).toContainEqual(["message", message("m-1")]);
  });

  it("a tab that opens later asks the holder's status and gets it", async () => {
    const first = tab("a");
    await until(() => first.sessions.length === 1);
    first.sessions[0]!.play("status", "connected");
    const late = tab("b");
    expect(late.link.status).toBe("connecting");
    await until(() => late.link.status === "connected");
  });

  it("typing and reads of another tab go out on the holder's socket; the others show it as CLIENT typing", async () => {
    const first = tab("a");
    const second = tab("b");
    const third = tab("c");
    await until(() => first.sessions.length === 1);
    second.link.setTyping(true);
    second.link.markRead("m-1");
    const clientTyping: [string, unknown] = ["typing", { sessionId: "s-1", authorType: "CLIENT", isTyping: true }];
    await until(() => first.sessions[0]!.sent.length === 2 && heardIt(third.heard, clientTyping));
    expect(first.sessions[0]!.sent).toEqual([{ typing: true }, { read: "m-1" }]);
    expect(first.heard).toContainEqual(clientTyping);
    expect(heardIt(second.heard, clientTyping)).toBe(false); // its own typing is not "elsewhere"
    first.link.setTyping(false);
    await until(() => heardIt(second.heard, ["typing", { sessionId: "s-1", authorType: "CLIENT", isTyping: false }]));
  });

  it("the holder closes: the next tab connects, and the others follow it; nothing is relayed after close", async () => {
    const first = tab("a");
    const second = tab("b");
    const third = tab("c");
    await until(() => first.sessions.length === 1);
    const old = first.sessions[0]!;
    first.link.close();
    expect(old.closed).toBe(true);
    await until(() => second.sessions.length === 1);
    expect(third.sessions).toHaveLength(0);
    old.play("message", message("late")); // a straggler of the closed connection
    second.sessions[0]!.play("status", "connected");
    second.sessions[0]!.play("message", message("m-2"));
    await until(() => heardIt(third.heard, ["message", message("m-2")]));
    expect(third.link.status).toBe("connected");
    expect(heardIt(third.heard, ["message", message("late")])).toBe(false);
    expect(heardIt(second.heard, ["message", message("late")])).toBe(false);
  });

  it("a waiting tab that closes leaves the queue: it never connects", async () => {
    const first = tab("a");
    const second = tab("b");
    await until(() => first.sessions.length === 1);
    second.link.close();
    first.link.close();
    await until(() => locks.held.size === 0);
    expect(second.sessions).toHaveLength(0);
  });

  it("tabs of another session keep their own connection", async () => {
    const first = tab("a", "s-1");
    const other = tab("b", "s-2");
    await until(() => first.sessions.length === 1 && other.sessions.length === 1);
  });

  it("without Web Locks, or with sharing off, each tab connects by itself", async () => {
    vi.stubGlobal("navigator", {});
    const alone = openTab("a");
    const also = openTab("b");
    expect([alone.sessions.length, also.sessions.length]).toEqual([1, 1]);
    vi.stubGlobal("navigator", { locks });
    const off = shareConnection(
      "s-1",
      () => fakeSession() as unknown as RealtimeSession,
      async () => {},
      "c",
      false,
    );
    expect(off.status).toBe("connecting");
    for (const link of [alone.link, also.link, off]) link.close();
  });
});
