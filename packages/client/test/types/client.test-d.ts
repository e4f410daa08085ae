import {
  type ChatSession,
  type CreatedMessage,
  createClientMessageRoute,
  getSessionRoute,
  startChatSessionRoute,
} from "@twin-chat/api-types";
import { describe, expectTypeOf, it } from "vitest";
import { createTwinClient } from "../../src/index.js";

const twin = createTwinClient();

describe("client types", () => {
  it("returns the spec's response types", () => {
    expectTypeOf(twin.startSession("c")).resolves.toEqualTypeOf<ChatSession>();
    expectTypeOf(twin.sendMessage("s", { body: "b" })).resolves.toEqualTypeOf<CreatedMessage>();
  });

  it("types the start body from the spec", () => {
    twin.startSession("c", { clientPhone: 75555673245, clientTimezone: 300, clientMetadata: { a: "b" } });
    twin.startSession("c", { clientPhone: "+75555673245" });
    // @ts-expect-error clientTimezone is an integer, not a string
    twin.startSession("c", { clientTimezone: "x" });
    // @ts-expect-error an unknown field does not compile
    twin.startSession("c", { sessionTTL: 60 });
    // @ts-expect-error clientMetadata values are strings
    twin.startSession("c", { clientMetadata: { a: 1 } });
  });

  it("requires the message body", () => {
    // @ts-expect-error body is required
    twin.sendMessage("s", { attachments: [] });
    // @ts-expect-error body is a string
    twin.sendMessage("s", { body: 42 });
    // @ts-expect-error sessionId is a string
    twin.sendMessage(42, { body: "b" });
  });

  it("types call() from the operation's table", async () => {
    const { data } = await twin.call(getSessionRoute, { params: { path: { sessionId: "s" } } });
    if (data) expectTypeOf(data.id).toEqualTypeOf<string>();
    // @ts-expect-error the path parameter is required
    twin.call(getSessionRoute, { params: { path: {} } });
    // @ts-expect-error sessionId is a string
    twin.call(getSessionRoute, { params: { path: { sessionId: 1 } } });
    // @ts-expect-error the message body is required
    twin.call(createClientMessageRoute, { params: { path: { sessionId: "s" } } });
    twin.call(startChatSessionRoute, { params: { path: { chatId: "c" } } }); // x_widget is the client's to add
    // @ts-expect-error not an operation's table
    twin.call({ id: "getSession" }, { params: { path: { sessionId: "s" } } });
  });

  it("keeps openapi-fetch's union: data or error", async () => {
    const result = await twin.call(getSessionRoute, { params: { path: { sessionId: "s" } } });
    if (result.error === undefined) expectTypeOf(result.data).not.toBeUndefined();
    else expectTypeOf(result.data).toBeUndefined();
  });
});
