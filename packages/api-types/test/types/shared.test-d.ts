import { describe, expectTypeOf, it } from "vitest";
import { Emitter, throwLater } from "../../src/index.js";

describe("Emitter", () => {
  it("types each event's payload", () => {
    const emitter = new Emitter<{ tick: number; status: "up" | "down" }>(throwLater);
    emitter.on("tick", (n) => expectTypeOf(n).toEqualTypeOf<number>());
    emitter.on("status", (s) => expectTypeOf(s).toEqualTypeOf<"up" | "down">());
    emitter.emit("status", "up");
    // @ts-expect-error: not a status
    emitter.emit("status", "sideways");
    // @ts-expect-error: not an event
    emitter.on("tock", () => {});
    // @ts-expect-error: a tick is a number
    emitter.emit("tick", "1");
    expectTypeOf(emitter.on("tick", () => {})).toEqualTypeOf<() => void>();
  });
});
