import type { ChatMessage, MessageReadEvent, SessionClosedEvent, TypingEvent } from "@twin-chat/api-types";
import { describe, expectTypeOf, it } from "vitest";
import { connectSession, type Gap, type RealtimeError, type SessionStatus } from "../../src/index.js";

const session = connectSession({ baseUrl: "http://127.0.0.1:4010", sessionId: "s" });

describe("event types", () => {
  it("types each event's payload from the spec", () => {
    session.on("message", (m) => expectTypeOf(m).toEqualTypeOf<ChatMessage>());
    session.on("typing", (t) => expectTypeOf(t).toEqualTypeOf<TypingEvent>());
    session.on("read", (r) => expectTypeOf(r).toEqualTypeOf<MessageReadEvent>());
    session.on("closed", (c) => expectTypeOf(c).toEqualTypeOf<SessionClosedEvent>());
    session.on("status", (s) => expectTypeOf(s).toEqualTypeOf<SessionStatus>());
    session.on("gap", (g) => expectTypeOf(g).toEqualTypeOf<Gap>());
    session.on("error", (e) =>
      expectTypeOf(e).toEqualTypeOf<RealtimeError<"handshake-refused" | "listener" | "history">>(),
    );
    expectTypeOf(session.messages()).toEqualTypeOf<AsyncIterableIterator<ChatMessage>>();
  });

  it("refuses unknown events, wrong payloads and wrong overrides", () => {
    // @ts-expect-error not an event of the session
    session.on("mesage", () => {});
    // @ts-expect-error a message is not a string
    session.on("message", (m: string) => m);
    // @ts-expect-error typing takes a boolean
    session.setTyping("yes");
    // @ts-expect-error not an event of the spec
    connectSession({ baseUrl: "http://x", sessionId: "s", events: { newMessage: "msg" } });
    connectSession({ baseUrl: "http://x", sessionId: "s", events: { message: "chat:message", clientRead: "read" } });
  });
});
