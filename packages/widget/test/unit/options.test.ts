import { TwinError } from "@twin-chat/chat";
import { describe, expect, it } from "vitest";
import { readConfig, readTheme, WidgetError } from "../../src/options.js";

const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("the element's attributes", () => {
  it("reads base-url, chat-id, storage and mode, with their defaults", () => {
    expect(readConfig(attributes({ "base-url": "https://api.example.com/", "chat-id": " support " }))).toEqual({
      baseUrl: "https://api.example.com",
      chatId: "support",
      storage: "session",
      mode: "launcher",
    });
    expect(
      readConfig(attributes({ "base-url": "http://127.0.0.1:4010", "chat-id": "x", storage: "none", mode: "inline" })),
    ).toMatchObject({ storage: "none", mode: "inline" });
  });

  it.each([
    [{ "chat-id": "x" }, "base-url", 'base-url must be an absolute http(s) URL, got ""'],
    [{ "base-url": "/api", "chat-id": "x" }, "base-url", 'base-url must be an absolute http(s) URL, got "/api"'],
    [{ "base-url": "javascript:alert(1)", "chat-id": "x" }, "base-url", "base-url must be an absolute http(s) URL"],
    [{ "base-url": "https://a.example" }, "chat-id", "chat-id must not be empty"],
    [{ "base-url": "https://a.example", "chat-id": "  " }, "chat-id", "chat-id must not be empty"],
    [{ "base-url": "https://a.example", "chat-id": "x", storage: "cookie" }, "storage", "storage must be one of"],
    [{ "base-url": "https://a.example", "chat-id": "x", mode: "popup" }, "mode", "mode must be one of"],
  ])("refuses %j with a WidgetError naming %s", (values, attribute, message) => {
    let error: unknown;
    try {
      readConfig(attributes(values));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WidgetError);
    expect(error).toBeInstanceOf(TwinError);
    expect(error).toMatchObject({ code: "invalid-attribute", attribute });
    expect((error as Error).message).toContain(message);
  });

  it("reads the theme: auto by default, and only light, dark or auto", () => {
    expect(readTheme(null)).toBe("auto");
    expect(readTheme("dark")).toBe("dark");
    expect(() => readTheme("blue")).toThrow('theme must be one of light, dark, auto, got "blue"');
  });
});
