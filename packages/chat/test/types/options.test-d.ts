import type { TwinClient, TwinClientOptions } from "@twin-chat/client";
import type { ConnectOptions } from "@twin-chat/realtime";
import { describe, expectTypeOf, it } from "vitest";
import type { ChatOptions } from "../../src/index.js";
import { type ChatOwnOptions, clientOptions } from "../../src/options.js";

describe("the chat's options", () => {
  it("passes every option of the client on to it: what is not the chat's own is exactly TwinClientOptions", () => {
    expectTypeOf(clientOptions).returns.toEqualTypeOf<TwinClientOptions>();
    expectTypeOf<Required<ReturnType<typeof clientOptions>>>().toEqualTypeOf<Required<TwinClientOptions>>();
  });

  it("takes every client option, with the client's types", () => {
    expectTypeOf<Pick<ChatOptions, keyof TwinClientOptions>>().toEqualTypeOf<TwinClientOptions>();
  });

  it("names none of its own options like a client option, so none shadows one", () => {
    expectTypeOf<keyof ChatOwnOptions & keyof TwinClientOptions>().toEqualTypeOf<never>();
  });

  it("takes a ready client, and realtime's own options with its origin optional", () => {
    expectTypeOf<ChatOptions["client"]>().toEqualTypeOf<TwinClient | undefined>();
    expectTypeOf<NonNullable<ChatOptions["realtime"]>["baseUrl"]>().toEqualTypeOf<
      ConnectOptions["baseUrl"] | undefined
    >();
  });
});
