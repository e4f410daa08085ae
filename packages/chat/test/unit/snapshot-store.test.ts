import { describe, expect, it, vi } from "vitest";
import { SnapshotStore } from "../../src/store.js";

describe("SnapshotStore", () => {
  it("keeps the snapshot's identity until a field changes, and tells listeners only then", () => {
    const list: readonly number[] = [1];
    const store = new SnapshotStore({ status: "a", list });
    const listener = vi.fn();
    store.subscribe(listener);
    const first = store.get();
    store.set({ status: "a", list });
    expect(store.get()).toBe(first);
    expect(listener).not.toHaveBeenCalled();
    store.set({ status: "b" });
    expect(store.get()).not.toBe(first);
    expect(store.get()).toEqual({ status: "b", list });
    expect(store.get().list).toBe(list);
    expect(Object.isFrozen(store.get())).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("stops calling a listener once unsubscribed or cleared", () => {
    const store = new SnapshotStore({ n: 0 });
    const a = vi.fn();
    const b = vi.fn();
    const stop = store.subscribe(a);
    store.subscribe(b);
    stop();
    store.set({ n: 1 });
    store.clear();
    store.set({ n: 2 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledTimes(1);
  });

  it("still tells the other listeners when one throws, and surfaces the error", async () => {
    const store = new SnapshotStore({ n: 0 });
    const thrown = new Promise((resolve) => process.once("uncaughtException", resolve));
    const after = vi.fn();
    store.subscribe(() => {
      throw new Error("app bug");
    });
    store.subscribe(after);
    store.set({ n: 1 });
    expect(after).toHaveBeenCalledTimes(1);
    expect(await thrown).toMatchObject({ message: "app bug" });
  });
});
