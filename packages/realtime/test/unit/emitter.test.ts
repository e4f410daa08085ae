import { describe, expect, it } from "vitest";
import { SafeEmitter } from "../../src/emitter.js";
import type { RealtimeError } from "../../src/errors.js";
import { RecentIds } from "../../src/recent-ids.js";

describe("SafeEmitter", () => {
  it("runs every listener in order even when one throws, and reports the error", () => {
    const errors: RealtimeError[] = [];
    const emitter = new SafeEmitter<{ tick: number }>((e) => errors.push(e));
    const calls: string[] = [];
    emitter.on("tick", (n) => calls.push(`a${n}`));
    emitter.on("tick", () => {
      throw new Error("boom");
    });
    emitter.on("tick", (n) => calls.push(`c${n}`));
    emitter.emit("tick", 1);
    expect(calls).toEqual(["a1", "c1"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "listener", message: 'a "tick" listener threw: boom' });
  });

  it("removes a listener through the returned function and with off()", () => {
    const emitter = new SafeEmitter<{ tick: number }>(() => {});
    const calls: number[] = [];
    const listener = (n: number) => calls.push(n);
    const off = emitter.on("tick", listener);
    emitter.emit("tick", 1);
    off();
    emitter.emit("tick", 2);
    emitter.on("tick", listener);
    emitter.off("tick", listener);
    emitter.emit("tick", 3);
    expect(calls).toEqual([1]);
  });
});

describe("RecentIds", () => {
  it("spots a repeated id and forgets the oldest past its capacity", () => {
    const ids = new RecentIds(2);
    expect([ids.add("a"), ids.add("a"), ids.add("b"), ids.add("c"), ids.add("a"), ids.add("c")]).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
    ]);
  });
});
