import { describe, expect, it } from "vitest";
import { evictOldest } from "../src/index.js";

describe("evictOldest", () => {
  it("forgets the oldest entry of a Set one past the capacity", () => {
    const ids = new Set(["a", "b", "c"]);
    evictOldest(ids, 2);
    expect([...ids]).toEqual(["b", "c"]);
  });

  it("called after each insertion, keeps a Map's newest entries within the capacity", () => {
    const map = new Map<number, string>();
    for (const [key, value] of [
      [1, "x"],
      [2, "y"],
      [3, "z"],
    ] as const) {
      map.set(key, value);
      evictOldest(map, 2);
    }
    expect([...map]).toEqual([
      [2, "y"],
      [3, "z"],
    ]);
  });

  it("leaves a collection at or under the capacity as it is", () => {
    const ids = new Set(["a", "b"]);
    evictOldest(ids, 2);
    expect([...ids]).toEqual(["a", "b"]);
    evictOldest(ids, 5);
    expect(ids.size).toBe(2);
  });
});
