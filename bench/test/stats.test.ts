import { describe, expect, it } from "vitest";
import { median, status, summarize } from "../src/harness/stats.mjs";

const atLeast95 = { op: ">=", value: 0.95 } as const;

describe("a row's figures from its runs", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("says met or missed only when the median is clear of the target by more than the spread", () => {
    expect(status(0.99, 0.02, atLeast95)).toBe("met");
    expect(status(0.9, 0.02, atLeast95)).toBe("missed");
    expect(status(0.97, 0.05, atLeast95)).toBe("noisy");
    expect(status(0.93, 0.05, atLeast95)).toBe("noisy");
    expect(status(900, 50, { op: "<=", value: 1000 })).toBe("met");
    expect(status(1, 5, undefined)).toBe("info");
  });

  it("keeps every raw run, and the median run's words", () => {
    const sample = { id: "r", benchmark: "row", unit: "ratio", target: atLeast95 } as const;
    const row = summarize([
      { ...sample, value: 0.97, measured: "a" },
      { ...sample, value: 0.99, measured: "b" },
      { ...sample, value: 0.98, measured: "c" },
    ]);
    expect(row).toMatchObject({ runs: [0.97, 0.99, 0.98], median: 0.98, status: "met", measured: ["a", "b", "c"] });
    expect(row.spread).toBeCloseTo(0.02);
    expect(row.text).toEqual({ median: "98.0 %", spread: "2.0 %", target: "≥ 95 %", measured: "c" });
  });
});
