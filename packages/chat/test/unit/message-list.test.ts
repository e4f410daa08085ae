import type { ChatMessage } from "@twin-chat/api-types";
import { TwinApiError, TwinNetworkError, TwinTimeoutError } from "@twin-chat/client";
import { describe, expect, it } from "vitest";
import { invalidInput } from "../../src/errors.js";
import { MessageList, mayHaveReachedServer } from "../../src/messages.js";
import { random } from "../random.js";

const reset = () => new TwinNetworkError("createClientMessage", new Error("reset"));

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
const msg = (id: string, second: number, body = id, authorType = "BOT"): ChatMessage => ({
  id,
  sessionId: "s",
  authorType,
  body,
  createdAt: at(second),
});
const local = (body: string) => ({ sessionId: "s", authorType: "CLIENT", body, createdAt: at(99) });
const ids = (list: MessageList) => list.view().map((m) => m.id);

describe("merging by id", () => {
  it("keeps one copy per id, in createdAt order, whatever order history and live arrive in", () => {
    const seed = Number(process.env.SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const messages = Array.from({ length: 50 }, (_, i) => msg(`m${i}`, i));
    for (let round = 0; round < 20; round++) {
      const list = new MessageList();
      const arrivals = [...messages, ...messages.filter(() => next() < 0.5)].sort(() => next() - 0.5);
      for (const m of arrivals) list.merge(m);
      expect(ids(list), `seed ${seed} (set SEED to replay)`).toEqual(messages.map((m) => m.id));
    }
  });

  it("stays in order through edits that move a message, removals, sends and read receipts, in any order", () => {
    const seed = Number(process.env.SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
    const list = new MessageList();
    // The model: every server message by id, with its time and when it first arrived.
    const model = new Map<string, { second: number; arrival: number; body: string }>();
    let arrivals = 0;
    for (let step = 0; step < 2_000; step++) {
      const known = [...model.keys()];
      const roll = next();
      if (roll < 0.5 || known.length === 0) {
        const id = `m${step}`;
        const second = Math.floor(next() * 40);
        model.set(id, { second, arrival: arrivals++, body: id });
        list.merge(msg(id, second));
      } else if (roll < 0.7) {
        const id = pick(known);
        const entry = model.get(id)!;
        entry.second = Math.floor(next() * 40); // the server's copy moves: it keeps its place among ties
        entry.body = `${id}@${step}`;
        list.merge(msg(id, entry.second, entry.body));
      } else if (roll < 0.8) {
        const id = pick(known);
        model.delete(id);
        list.remove(id);
      } else if (roll < 0.9) {
        list.markRead(pick(known), at(step));
      } else {
        const key = `local-${step}`;
        list.addLocal(key, local(key));
        list.remove(key);
      }
    }
    const expected = [...model.entries()]
      .sort(([, a], [, b]) => a.second - b.second || a.arrival - b.arrival)
      .map(([id, m]) => `${id}:${m.body}`);
    expect(
      list.view().map((m) => `${m.id}:${m.body}`),
      `seed ${seed} (set SEED to replay)`,
    ).toEqual(expected);
    expect(list.cursor()).toBe(expected.length ? at(model.get(expected.at(-1)!.split(":")[0]!)!.second) : undefined);
  });

  it("breaks createdAt ties by arrival, and places unsent messages after the server's", () => {
    const list = new MessageList();
    list.merge(msg("b", 1));
    list.addLocal("local-1", local("mine"));
    list.merge(msg("a", 1));
    list.merge(msg("c", 0));
    expect(ids(list)).toEqual(["c", "b", "a", "local-1"]);
  });

  it("returns the same view and the same message objects until something changes", () => {
    const list = new MessageList();
    list.merge(msg("a", 1));
    const view = list.view();
    const a = view[0];
    expect(list.merge(msg("a", 1))).toBe(false);
    expect(list.view()).toBe(view);
    list.merge(msg("b", 2));
    expect(list.view()).not.toBe(view);
    expect(list.view()[0]).toBe(a);
    expect(Object.isFrozen(list.view())).toBe(true);
  });

  it("updates a known message in place when the server's copy changes", () => {
    const list = new MessageList();
    list.merge(msg("a", 1, "old"));
    expect(list.merge(msg("a", 1, "edited"))).toBe(true);
    expect(list.view().map((m) => m.body)).toEqual(["edited"]);
  });

  it("records read receipts once", () => {
    const list = new MessageList();
    list.merge(msg("a", 1));
    expect(list.markRead("a", at(5))).toBe(true);
    expect(list.markRead("a", at(5))).toBe(false);
    expect(list.merge({ ...msg("a", 1), readAt: at(5) }), "the receipt is already in").toBe(false);
    expect(list.get("a")?.readAt).toBe(at(5));
    expect(list.markRead("unknown", at(5))).toBe(false);
  });

  it("gives the cursor of the latest server message, ignoring unsent ones", () => {
    const list = new MessageList();
    expect(list.cursor()).toBeUndefined();
    list.merge(msg("a", 3));
    list.merge(msg("b", 1));
    list.addLocal("local-1", local("x"));
    expect(list.cursor()).toBe(at(3));
  });
});

describe("reconciling a send with the server", () => {
  it("echo first, then the answer: one message, keeping its local key", () => {
    const list = new MessageList();
    list.addLocal("local-1", local("hi"));
    list.merge(msg("srv-1", 5, "hi", "CLIENT"));
    expect(list.view()).toMatchObject([{ id: "srv-1", key: "local-1", state: "sent" }]);
    expect(list.confirm("local-1", { id: "srv-1", createdAt: at(5) })).toMatchObject({ id: "srv-1" });
    expect(list.view()).toHaveLength(1);
  });

  it("answer first, then the echo: one message", () => {
    const list = new MessageList();
    list.addLocal("local-1", local("hi"));
    list.confirm("local-1", { id: "srv-1", createdAt: at(5) });
    list.merge(msg("srv-1", 5, "hi", "CLIENT"));
    expect(list.view()).toMatchObject([{ id: "srv-1", key: "local-1", state: "sent", createdAt: at(5) }]);
  });

  it("two sends of the same text: each echo claims one, and nothing is shown twice", () => {
    const list = new MessageList();
    list.addLocal("local-1", local("ok"));
    list.addLocal("local-2", local("ok"));
    list.merge(msg("srv-1", 5, "ok", "CLIENT"));
    list.confirm("local-2", { id: "srv-2", createdAt: at(6) });
    list.confirm("local-1", { id: "srv-1", createdAt: at(5) });
    list.merge(msg("srv-2", 6, "ok", "CLIENT"));
    expect(list.view().map((m) => [m.key, m.id])).toEqual([
      ["local-1", "srv-1"],
      ["local-2", "srv-2"],
    ]);
  });

  it("an answer naming a message already shown drops the local copy", () => {
    const list = new MessageList();
    list.merge(msg("srv-1", 5, "changed by the server", "CLIENT"));
    list.addLocal("local-1", local("hi"));
    expect(list.confirm("local-1", { id: "srv-1", createdAt: at(5) })).toMatchObject({ key: "srv-1" });
    expect(ids(list)).toEqual(["srv-1"]);
  });

  it("an echo claims a failed send only when the failure may have reached the server", () => {
    const list = new MessageList();
    list.addLocal("local-1", local("a"));
    list.setState("local-1", "failed", invalidInput("text", "bad"));
    list.addLocal("local-2", local("b"));
    list.setState("local-2", "failed", reset());
    list.merge(msg("srv-a", 5, "a", "CLIENT"));
    list.merge(msg("srv-b", 6, "b", "CLIENT"));
    expect(list.view().map((m) => [m.key, m.state])).toEqual([
      ["srv-a", "sent"],
      ["local-2", "sent"],
      ["local-1", "failed"],
    ]);
  });

  it("never claims the bot's message, and never changes a sent message's state", () => {
    const list = new MessageList();
    list.addLocal("local-1", local("hi"));
    list.merge(msg("bot", 5, "hi"));
    expect(list.get("local-1")?.state).toBe("sending");
    list.confirm("local-1", { id: "srv", createdAt: at(6) });
    list.setState("local-1", "failed", reset());
    expect(list.get("local-1")?.state).toBe("sent");
    expect(list.remove("nothing")).toBe(false);
  });
});

describe("mayHaveReachedServer", () => {
  it("is true for timeouts, network errors and 5xx answers only", () => {
    const api = (status: number) => new TwinApiError("createClientMessage", status, "", new Response(null, { status }));
    expect(mayHaveReachedServer(new TwinTimeoutError("createClientMessage", 10))).toBe(true);
    expect(mayHaveReachedServer(reset())).toBe(true);
    expect(mayHaveReachedServer(api(502))).toBe(true);
    expect(mayHaveReachedServer(api(422))).toBe(false);
    expect(mayHaveReachedServer(invalidInput("text", "x"))).toBe(false);
    expect(mayHaveReachedServer(undefined)).toBe(false);
  });
});
