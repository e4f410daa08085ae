import type { ChatSession, CreatedMessage } from "@twin-chat/api-types";
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

  it("types the raw client by path", () => {
    // @ts-expect-error not a path of the spec
    twin.raw.GET("/api/v1/nope");
    expectTypeOf(twin.raw.POST).toBeFunction();
  });
});
