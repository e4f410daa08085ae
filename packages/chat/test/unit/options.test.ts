import { describe, expect, it } from "vitest";
import { ChatError, openChat } from "../../src/index.js";
import { resolveChatOptions } from "../../src/options.js";

describe("options", () => {
  it.each([
    [undefined, "options must be an object"],
    [{}, "chatId or sessionId is required"],
    [{ chatId: "" }, "chatId must be a non-empty string"],
    [{ sessionId: 7 }, "sessionId must be a non-empty string"],
    [{ chatId: "c", storageKey: " " }, "storageKey must be a non-empty string"],
    [{ chatId: "c", storage: { getItem() {}, setItem() {} } }, "storage.removeItem must be a function"],
    [{ chatId: "c", realtimeUrl: "127.0.0.1:4010" }, "realtimeUrl must be an absolute http(s) or ws(s) URL"],
    [{ chatId: "c", baseUrl: "nope" }, "baseUrl must be an absolute"],
    [{ chatId: "c", shareConnection: "no" }, "shareConnection must be a boolean"],
  ])("%j is refused with a ChatError naming the field", (options, message) => {
    expect(() => openChat(options as never)).toThrow(ChatError);
    expect(() => openChat(options as never)).toThrow(message);
  });

  it("follows the client's base URL for realtime, and keys the stored session by chat", () => {
    expect(resolveChatOptions({ chatId: "c", baseUrl: "http://127.0.0.1:9" })).toMatchObject({
      realtimeUrl: "http://127.0.0.1:9",
      storageKey: "twin-chat:c",
    });
    expect(resolveChatOptions({ sessionId: "s", baseUrls: { chats: "https://chats.example" } }).realtimeUrl).toBe(
      "https://chats.example",
    );
    expect(resolveChatOptions({ chatId: "c" }).realtimeUrl).toBe("https://chats-api.twin24.ai");
    expect(resolveChatOptions({ chatId: "c", realtimeUrl: "ws://rt", baseUrl: "http://x" }).realtimeUrl).toBe(
      "ws://rt",
    );
  });
});

describe("bad input to the chat's methods", () => {
  it("send, retry: clear ChatErrors at once, before anything is shown", () => {
    const chat = openChat({ baseUrl: "http://127.0.0.1:1", chatId: "c", retry: false });
    expect(() => chat.send(5 as never)).toThrow("text must be a string");
    expect(() => chat.send("  ")).toThrow("text must not be empty without attachments");
    expect(() => chat.send("x", { attachments: "f" as never })).toThrow("attachments must be an array of files");
    expect(() => chat.retry("nope")).toThrow('key must be the key of a message of this chat, got "nope"');
    expect(chat.getSnapshot().messages).toEqual([]);
    chat.close();
    expect(() => chat.send("x")).toThrow(expect.objectContaining({ code: "closed" }));
  });
});
