import { createTwinClient, TwinValidationError } from "@twin-chat/client";
import { describe, expect, it } from "vitest";
import { ChatError, type ChatOptions, openChat } from "../../src/index.js";
import { clientOptions, resolveChatOptions } from "../../src/options.js";

describe("options", () => {
  it.each([
    [undefined, "options must be an object"],
    [{}, "chatId or sessionId is required"],
    [{ chatId: "" }, "chatId must be a non-empty string"],
    [{ sessionId: 7 }, "sessionId must be a non-empty string"],
    [{ chatId: "c", storageKey: " " }, "storageKey must be a non-empty string"],
    [{ chatId: "c", storage: { getItem() {}, setItem() {} } }, "storage.removeItem must be a function"],
    [{ chatId: "c", shareConnection: "no" }, "shareConnection must be a boolean"],
    [{ chatId: "c", client: createTwinClient(), timeoutMs: 5 }, "timeoutMs must be left out: the client has its own"],
  ])("%j is refused with a ChatError naming the field", (options, message) => {
    expect(() => openChat(options as never)).toThrow(ChatError);
    expect(() => openChat(options as never)).toThrow(message);
  });

  it("leaves the client's options to the client, which names the field", () => {
    expect(() => openChat({ chatId: "c", baseUrl: "nope" })).toThrow(TwinValidationError);
    expect(() => openChat({ chatId: "c", baseUrl: "nope" })).toThrow("baseUrl must be an absolute http(s) URL");
  });

  it("passes every key that is not the chat's to the client, as given", () => {
    const fetch = async () => new Response();
    const http = { baseUrl: "http://x", headers: { a: "1" }, timeoutMs: 5, retry: false, token: "t", fetch };
    expect(clientOptions({ chatId: "c", storageKey: "k", realtime: {}, shareConnection: false, ...http })).toEqual(
      http,
    );
  });

  it("takes the realtime origin from the client's resolved hosts unless given, and keys the stored session by chat", () => {
    const realtimeOf = (options: ChatOptions) => resolveChatOptions(options).realtime.baseUrl;
    expect(resolveChatOptions({ chatId: "c", baseUrl: "http://127.0.0.1:9/" })).toMatchObject({
      realtime: { baseUrl: "http://127.0.0.1:9" },
      storageKey: "twin-chat:c",
    });
    expect(realtimeOf({ sessionId: "s", baseUrls: { chats: "https://chats.example" } })).toBe("https://chats.example");
    expect(realtimeOf({ chatId: "c" })).toBe("https://chats-api.twin24.ai");
    expect(realtimeOf({ chatId: "c", client: createTwinClient({ baseUrl: "http://ready" }) })).toBe("http://ready");
    expect(realtimeOf({ chatId: "c", realtime: { baseUrl: "ws://rt" }, baseUrl: "http://x" })).toBe("ws://rt");
  });

  it("fails the chat with realtime's error when the realtime origin is bad", async () => {
    const chat = openChat({ sessionId: "s", realtime: { baseUrl: "127.0.0.1:4010" }, shareConnection: false });
    await expect(chat.ready()).rejects.toThrow("baseUrl must be an absolute http(s) or ws(s) URL");
    expect(chat.getSnapshot()).toMatchObject({ status: "failed", error: { code: "invalid-input" } });
  });
});

describe("bad input to the chat's methods", () => {
  it("send, resend: clear ChatErrors at once, before anything is shown", () => {
    const chat = openChat({ baseUrl: "http://127.0.0.1:1", chatId: "c", retry: false });
    expect(() => chat.send(5 as never)).toThrow("text must be a string");
    expect(() => chat.send("  ")).toThrow("text must not be empty without attachments");
    expect(() => chat.send("x", { attachments: "f" as never })).toThrow("attachments must be an array of files");
    expect(() => chat.resend("nope")).toThrow('key must be the key of a message of this chat, got "nope"');
    expect(chat.getSnapshot().messages).toEqual([]);
    chat.close();
    expect(() => chat.send("x")).toThrow(expect.objectContaining({ code: "closed" }));
  });
});
