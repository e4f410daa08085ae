import { describe, expectTypeOf, it } from "vitest";
import { type OperationOverride, overrideOperation, twinHandlers } from "../../src/adapters/msw/index.js";

describe("overrides are typed per operation from the spec", () => {
  it("accepts documented statuses with their bodies", () => {
    overrideOperation("createClientMessage", { error: 500, times: 2 });
    overrideOperation("createClientMessage", {
      respond: { status: 422, body: { error: "The given data was invalid." } },
    });
    overrideOperation("closeSession", { respond: { status: 204 } });
    overrideOperation("getSession", { delayMs: 3_000 });
    twinHandlers({ overrides: { startChatSession: { error: 404 }, uploadFiles: { error: 503 } } });
    expectTypeOf<OperationOverride<"closeSession">["error"]>().toEqualTypeOf<
      400 | 401 | 404 | 422 | 500 | 501 | 502 | 503 | 504 | undefined
    >();
  });

  it("rejects what the spec does not document", () => {
    // @ts-expect-error createClientMessage documents no 401
    overrideOperation("createClientMessage", { error: 401 });
    // @ts-expect-error a success is not an error
    overrideOperation("createClientMessage", { error: 201 });
    // @ts-expect-error the 201 body is a CreatedMessage, not an ErrorBody
    overrideOperation("createClientMessage", { respond: { status: 201, body: { error: "x" } } });
    // @ts-expect-error a 204 has no body
    overrideOperation("closeSession", { respond: { status: 204, body: { id: "x" } } });
    // @ts-expect-error no such operation
    overrideOperation("sendMessage", { error: 500 });
    // @ts-expect-error overrides are keyed by operationId
    twinHandlers({ overrides: { sendMessage: { error: 500 } } });
    // @ts-expect-error getSession documents no 400
    twinHandlers({ overrides: { getSession: { respond: { status: 400, body: { error: "x" } } } } });
  });
});
