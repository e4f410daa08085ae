import { describe, expect, it } from "vitest";

describe("imported in Node (server rendering)", () => {
  it("touches no window, defines nothing and throws nothing", async () => {
    expect(globalThis.window).toBeUndefined();
    const widget = await import("../../src/index.js");
    expect(typeof widget.TwinChatElement).toBe("function");
    expect(() => widget.defineTwinChat()).not.toThrow();
    expect(globalThis.customElements).toBeUndefined();
    expect(globalThis.window).toBeUndefined();
  });
});
