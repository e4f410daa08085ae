import { describe, expect, it } from "vitest";
import { MAX_MESSAGES, MAX_SESSIONS, newMessage, SessionStore } from "../src/state/session-store.js";

describe("session store", () => {
  it("pages by offset and limit, newest first with -createdAt, and filters by time", () => {
    const store = new SessionStore();
    const times = ["2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "2026-01-01T00:02:00Z"];
    for (const [i, t] of times.entries()) store.add({ ...newMessage("s", "CLIENT", `m${i}`), createdAt: t });
    expect(store.page("s", { limit: 2 }).items.map((m) => m.body)).toEqual(["m0", "m1"]);
    expect(store.page("s", { offset: 2 })).toMatchObject({ count: 3, items: [{ body: "m2" }] });
    expect(store.page("s", { sort: "-createdAt", limit: 1 }).items[0]!.body).toBe("m2");
    expect(store.page("s", { from: times[1], to: times[1] }).items.map((m) => m.body)).toEqual(["m1"]);
  });

  it("stays bounded: oldest messages and least recently active sessions are forgotten", () => {
    const store = new SessionStore();
    for (let i = 0; i < MAX_MESSAGES + 5; i++) store.add(newMessage("busy", "CLIENT", `m${i}`));
    expect(store.page("busy", { limit: 1 }).items[0]!.body).toBe("m5");
    expect(store.page("busy", {}).count).toBe(MAX_MESSAGES);
    for (let i = 0; i < MAX_SESSIONS; i++) store.add(newMessage(`s${i}`, "CLIENT", "x"));
    expect(store.page("busy", {}).count).toBe(0);
    expect(store.page(`s${MAX_SESSIONS - 1}`, {}).count).toBe(1);
  });
});
