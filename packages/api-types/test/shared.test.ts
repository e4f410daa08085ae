import { describe, expect, it } from "vitest";
import { absoluteUrl, allItems, backoff, Emitter, type Page, throwLater } from "../src/index.js";

describe("Emitter", () => {
  it("calls every listener of an event in order, even when one throws, and hands the error to onError", () => {
    const errors: [unknown, string][] = [];
    const emitter = new Emitter<{ tick: number; tock: string }>((error, event) => errors.push([error, event]));
    const calls: string[] = [];
    emitter.on("tick", (n) => calls.push(`a${n}`));
    emitter.on("tick", () => {
      throw new Error("boom");
    });
    emitter.on("tick", (n) => calls.push(`c${n}`));
    emitter.on("tock", (s) => calls.push(s));
    emitter.emit("tick", 1);
    expect(calls).toEqual(["a1", "c1"]);
    expect(errors).toEqual([[new Error("boom"), "tick"]]);
  });

  it("removes a listener through the returned function, with off() and with clear()", () => {
    const emitter = new Emitter<{ tick: number }>(throwLater);
    const calls: number[] = [];
    const listener = (n: number) => calls.push(n);
    const off = emitter.on("tick", listener);
    emitter.emit("tick", 1);
    off();
    emitter.emit("tick", 2);
    emitter.on("tick", listener);
    emitter.off("tick", listener);
    emitter.emit("tick", 3);
    emitter.on("tick", listener);
    emitter.clear();
    emitter.emit("tick", 4);
    expect(calls).toEqual([1]);
  });

  it("lets a listener remove itself or a later one while called", () => {
    const emitter = new Emitter<{ tick: number }>(throwLater);
    const calls: string[] = [];
    const offA = emitter.on("tick", () => {
      calls.push("a");
      offA();
      offB();
    });
    const offB = emitter.on("tick", () => calls.push("b"));
    emitter.emit("tick", 1); // a snapshot of the listeners: b still runs this time
    emitter.emit("tick", 2);
    expect(calls).toEqual(["a", "b"]);
  });

  it("with throwLater, throws a listener's error again in a microtask, after the other listeners ran", async () => {
    const emitter = new Emitter<{ tick: undefined }>(throwLater);
    const calls: string[] = [];
    const thrown = new Promise<unknown>((resolve) => {
      const original = globalThis.queueMicrotask;
      globalThis.queueMicrotask = (task) =>
        original(() => {
          globalThis.queueMicrotask = original;
          try {
            task();
          } catch (error) {
            resolve(error);
          }
        });
    });
    emitter.on("tick", () => {
      throw new Error("app bug");
    });
    emitter.on("tick", () => calls.push("after"));
    emitter.emit("tick", undefined);
    expect(calls).toEqual(["after"]);
    expect(await thrown).toEqual(new Error("app bug"));
  });
});

describe("allItems", () => {
  /** A list of `total` numbers read a page at a time, recording each read. */
  const list = (total: number, count = total) => {
    const reads: [number, number][] = [];
    const read = async (offset: number, limit: number): Promise<Page<number>> => {
      reads.push([offset, limit]);
      return {
        items: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i),
        count,
      };
    };
    return { reads, read };
  };
  const collect = async <T>(items: AsyncIterable<T>) => {
    const all: T[] = [];
    for await (const item of items) all.push(item);
    return all;
  };

  it("reads page after page until the count is reached", async () => {
    const { reads, read } = list(5);
    expect(await collect(allItems(read, 2))).toEqual([0, 1, 2, 3, 4]);
    expect(reads).toEqual([
      [0, 2],
      [2, 2],
      [4, 2],
    ]);
  });

  it("stops on a full last page by the count, without an empty read", async () => {
    const { reads, read } = list(4);
    expect(await collect(allItems(read, 2))).toEqual([0, 1, 2, 3]);
    expect(reads).toHaveLength(2);
  });

  it("stops on a short page even when the count says more (the list shrank meanwhile)", async () => {
    const { reads, read } = list(3, 10);
    expect(await collect(allItems(read, 2, 1))).toEqual([1, 2]);
    expect(reads).toEqual([
      [1, 2],
      [3, 2],
    ]);
  });

  it("reads lazily: nothing before the first next(), no more pages after a break", async () => {
    const { reads, read } = list(10);
    const items = allItems(read, 2);
    expect(reads).toHaveLength(0);
    for await (const item of items) if (item === 1) break;
    expect(reads).toHaveLength(1);
  });
});

describe("backoff", () => {
  it("doubles from the first wait up to the longest", () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => backoff(retry, 1_000, 10_000))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });
});

describe("absoluteUrl", () => {
  it("parses an absolute URL of an allowed scheme, and nothing else", () => {
    expect(absoluteUrl("http://127.0.0.1:4010/proxy/?a=1")?.href).toBe("http://127.0.0.1:4010/proxy/?a=1");
    expect(absoluteUrl("https://chats-api.twin24.ai")?.host).toBe("chats-api.twin24.ai");
    for (const value of ["/relative", "127.0.0.1:4010", "ftp://host", "ws://host", "", undefined, 42, {}]) {
      expect(absoluteUrl(value)).toBeUndefined();
    }
    expect(absoluteUrl("wss://host/", /^(http|ws)s?:$/)?.protocol).toBe("wss:");
  });
});
