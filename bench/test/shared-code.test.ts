import { describe, expect, it } from "vitest";
import { bundle } from "../src/size.mjs";

/**
 * What each mechanic the packages share (written once in `@twin-chat/api-types`) minifies to: text that nothing
 * else in an app's bundle has, so that counting it counts the copies of the mechanic.
 */
const MARKERS = {
  "the URL check (absoluteUrl)": "URL.canParse",
  "the exponential backoff": "*2**",
  "evict-oldest": ".keys().next().value",
  "the pager (allItems)": "yield*",
  "a listener's error thrown again (Emitter)": "queueMicrotask(()=>{throw",
};

/** How many times `marker` occurs in `code`. */
const count = (code: string, marker: string) => code.split(marker).length - 1;

describe("shared mechanics: one copy in an app's bundle", () => {
  it.each([
    ["chat, client and realtime", 'export * from "@twin-chat/chat";'],
    ["the widget with everything it needs", 'import "@twin-chat/widget";'],
  ])("%s bundle each mechanic once", async (_name, source) => {
    const code = await bundle(source, ["react", "react-dom"]);
    for (const [mechanic, marker] of Object.entries(MARKERS)) {
      expect(count(code, marker), `${mechanic} (${marker})`).toBe(1);
    }
  });
});
