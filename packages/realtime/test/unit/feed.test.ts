import type { ChatMessage } from "@twin-chat/api-types";
import { describe, expect, it } from "vitest";
import { MessageFeed } from "../../src/feed.js";

const at = (id: string, createdAt: string) => ({ id, createdAt, sessionId: "s" }) as ChatMessage;
const T1 = "2026-01-01T00:00:01.000Z";
const T2 = "2026-01-01T00:00:02.000Z";

/** A feed and the ids it delivered. */
function feed(since?: ConstructorParameters<typeof MessageFeed>[1]) {
  const ids: string[] = [];
  return { feed: new MessageFeed((m) => ids.push(m.id), since), ids };
}

describe("MessageFeed", () => {
  it("delivers history before the live messages held while it was read, each once", () => {
    const { feed: f, ids } = feed();
    f.hold();
    f.live(at("c", T2));
    f.live(at("d", T2));
    f.caughtUp([at("b", T1), at("a", T1), at("c", T2)].reverse());
    expect(ids).toEqual(["a", "b", "c"]);
    f.release();
    f.live(at("c", T2));
    expect(ids).toEqual(["a", "b", "c", "d"]);
  });

  it("starts after the `since` message, skipping what shares its millisecond but came before it", () => {
    const { feed: f, ids } = feed(at("b", T1));
    f.caughtUp([at("a", T1), at("b", T1), at("c", T1), at("d", T2)]);
    expect(ids).toEqual(["c", "d"]);
    expect(f.cursor?.id).toBe("d");
  });

  it("delivers everything from a `since` time, and from the cursor's time when its message is gone", () => {
    const { feed: f, ids } = feed(T1);
    f.caughtUp([at("a", T1), at("b", T2)]);
    expect(ids).toEqual(["a", "b"]);
    const { feed: g, ids: gIds } = feed(at("gone", T1));
    g.caughtUp([at("a", T1)]);
    expect(gIds).toEqual(["a"]);
  });

  it("ignores a message without a string id or createdAt", () => {
    const { feed: f, ids } = feed();
    f.live({ id: 1 } as unknown as ChatMessage);
    f.live({ id: "x" } as unknown as ChatMessage);
    f.live(undefined as unknown as ChatMessage);
    expect(ids).toEqual([]);
  });
});
