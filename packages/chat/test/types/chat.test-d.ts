import type { TwinError } from "@twin-chat/api-types";
import { describe, expectTypeOf, it } from "vitest";
import {
  type Chat,
  type ChatErrorCode,
  type ChatSnapshot,
  type ChatStatus,
  type ConversationMessage,
  type MessageState,
  openChat,
} from "../../src/index.js";

declare const chat: Chat;
/** React's signature, without React. */
declare function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T): T;

describe("the chat's types", () => {
  it("types the snapshot and its messages", () => {
    const s = chat.getSnapshot();
    expectTypeOf(s).toEqualTypeOf<ChatSnapshot>();
    expectTypeOf(s.status).toEqualTypeOf<ChatStatus>();
    expectTypeOf(s.messages).toEqualTypeOf<readonly ConversationMessage[]>();
    expectTypeOf(s.messages[0]!.state).toEqualTypeOf<MessageState>();
    expectTypeOf(s.messages[0]!.error).toEqualTypeOf<TwinError | undefined>();
    expectTypeOf(s.messages[0]!.id).toEqualTypeOf<string>();
    expectTypeOf(chat.send("hi")).toEqualTypeOf<Promise<ConversationMessage>>();
  });

  it("binds to useSyncExternalStore without this", () => {
    expectTypeOf(useSyncExternalStore(chat.subscribe, chat.getSnapshot)).toEqualTypeOf<ChatSnapshot>();
  });

  it("keeps snapshots and messages read-only", () => {
    const s = chat.getSnapshot();
    // @ts-expect-error the snapshot is immutable
    s.status = "closed";
    // @ts-expect-error the list is immutable
    s.messages.push(s.messages[0]!);
    // @ts-expect-error a message is immutable
    s.messages[0]!.body = "changed";
  });

  it("refuses wrong options and arguments", () => {
    openChat({ baseUrl: "http://127.0.0.1:4010", chatId: "c", storage: globalThis.localStorage });
    // @ts-expect-error chatId is a string
    openChat({ chatId: 1 });
    // @ts-expect-error a storage needs getItem, setItem and removeItem
    openChat({ chatId: "c", storage: { getItem: () => null } });
    // @ts-expect-error the realtime URL and session come from the chat itself
    openChat({ chatId: "c", realtime: { sessionId: "s" } });
    // @ts-expect-error text is a string
    void chat.send(42);
    // @ts-expect-error attachments are files, not ids
    void chat.send("x", { attachments: ["id"] });
  });

  it("types the outbox: queued messages, their count, and sharing the connection", () => {
    const s = chat.getSnapshot();
    expectTypeOf(s.queued).toEqualTypeOf<number>();
    expectTypeOf<MessageState>().toEqualTypeOf<"queued" | "sending" | "sent" | "failed">();
    expectTypeOf<ChatErrorCode>().toEqualTypeOf<"invalid-input" | "closed" | "storage" | "unexpected">();
    openChat({ chatId: "c", shareConnection: false });
    // @ts-expect-error shareConnection is a boolean
    openChat({ chatId: "c", shareConnection: "no" });
    // @ts-expect-error the count is read-only
    s.queued = 0;
  });
});
