import { describe, expect, it } from "vitest";
import type { TwinClientErrorCode } from "../../src/errors.js";
import {
  createTwinClient,
  TwinApiError,
  TwinError,
  TwinNetworkError,
  TwinTimeoutError,
  TwinValidationError,
} from "../../src/index.js";
import { hang, json, stubFetch } from "../support/stub-fetch.js";

/** A 422 as spec/openapi.yaml documents it: the `ErrorBody`, `details` naming each field. */
const invalid = {
  error: "The given data was invalid.",
  details: { sessionTtl: ["Request body property sessionTtl must be <= 43200"] },
};

async function failure(response: Response | Error, call = "send"): Promise<unknown> {
  const twin = createTwinClient({ fetch: stubFetch(response) });
  const promise = call === "send" ? twin.sendMessage("s", { body: "b" }) : twin.startSession("c");
  return promise.catch((e: unknown) => e);
}

describe("error responses", () => {
  it("turns the spec's 422 ErrorBody into a TwinApiError naming the field", async () => {
    const error = await failure(json(422, invalid), "start");
    expect(error).toBeInstanceOf(TwinApiError);
    expect(error).toBeInstanceOf(TwinError);
    expect(error).toMatchObject({ status: 422, operation: "startChatSession", body: invalid });
    expect((error as TwinApiError).problems).toEqual([
      { field: "sessionTtl", message: "Request body property sessionTtl must be <= 43200" },
    ]);
    expect((error as Error).message).toMatch(
      /^startChatSession: HTTP 422 — The given data was invalid\.: sessionTtl Request body/,
    );
  });

  it("reads nothing but the spec's ErrorBody: no Prism validation list, no sl-violations header", async () => {
    const prism = { title: "Invalid request", validation: [{ location: ["body", "sessionTtl"], message: "bad" }] };
    const violations = JSON.stringify([{ location: ["request", "body", "sessionTtl"], message: "bad" }]);
    const error = (await failure(json(422, prism, { "sl-violations": violations }), "start")) as TwinApiError;
    expect(error.problems).toEqual([]);
    expect(error.message).toBe("startChatSession: HTTP 422 — request failed");
  });

  it("reads the vendor's { error, details } shape, details by field", async () => {
    const body = { error: "Validation failed", details: { body: ["must not be blank"], attachments: "unknown file" } };
    const error = (await failure(json(400, body))) as TwinApiError;
    expect(error.problems).toEqual([
      { field: "body", message: "must not be blank" },
      { field: "attachments", message: "unknown file" },
    ]);
    expect(error.message).toBe(
      "createClientMessage: HTTP 400 — Validation failed: body must not be blank; attachments unknown file",
    );
  });

  it("reads details given as a list of { field, message }", async () => {
    const body = { error: "Bad", details: [{ field: "replyToMessageId", message: "not found" }] };
    const error = (await failure(json(404, body))) as TwinApiError;
    expect(error.problems).toEqual([{ field: "replyToMessageId", message: "not found" }]);
  });

  it("keeps a non-JSON error page as text and words the message from the status", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const error = (await failure(new Response(html, { status: 502, statusText: "Bad Gateway" }))) as TwinApiError;
    expect(error).toMatchObject({ status: 502, body: html, problems: [] });
    expect(error.message).toBe("createClientMessage: HTTP 502 — Bad Gateway");
  });

  it("reports an empty error body", async () => {
    const error = (await failure(new Response(null, { status: 500 }))) as TwinApiError;
    expect(error).toMatchObject({ status: 500, body: "" });
  });

  it("refuses a 201 with an empty body", async () => {
    const error = (await failure(new Response("", { status: 201 }))) as TwinApiError;
    expect(error).toBeInstanceOf(TwinApiError);
    expect(error.message).toBe("createClientMessage: HTTP 201 — the response body is empty, expected JSON");
  });

  it("refuses a 201 whose JSON body is null, which no documented answer is", async () => {
    const error = await failure(new Response("null", { status: 201, headers: { "content-type": "application/json" } }));
    expect(error).toMatchObject({ code: "api", status: 201 });
  });

  it("refuses a 201 whose body is not JSON", async () => {
    const error = (await failure(new Response("{truncated", { status: 201 }))) as TwinApiError;
    expect(error).toBeInstanceOf(TwinApiError);
    expect(error).toMatchObject({ status: 201 });
    expect(error.message).toBe("createClientMessage: HTTP 201 — the response body is not JSON");
  });

  it("wraps a fetch failure in TwinNetworkError with the cause kept", async () => {
    const cause = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") });
    const error = (await failure(cause)) as TwinNetworkError;
    expect(error).toBeInstanceOf(TwinNetworkError);
    expect(error.cause).toBe(cause);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("never puts the request body in an error message", async () => {
    const twin = createTwinClient({ fetch: stubFetch(json(422, invalid)) });
    const error = (await twin
      .startSession("c", { clientPhone: "79990001122", clientEmail: "a@b.c", messageBody: "secret" })
      .catch((e: unknown) => e)) as Error;
    expect(error.message).not.toMatch(/79990001122|a@b\.c|secret/);
  });
});

describe("one error family", () => {
  const send = (fetch: Parameters<typeof stubFetch>[0], id = "s") =>
    createTwinClient({ fetch: stubFetch(fetch), timeoutMs: 20 })
      .sendMessage(id, { body: "b" })
      .catch((e: unknown) => e);

  it.each<[TwinClientErrorCode, new (...args: never[]) => TwinError, () => Promise<unknown>]>([
    ["invalid-input", TwinValidationError, () => send(json(201, {}), " ")],
    ["api", TwinApiError, () => send(json(500, { error: "boom" }))],
    ["timeout", TwinTimeoutError, () => send(hang)],
    ["network", TwinNetworkError, () => send(new TypeError("fetch failed"))],
  ])("code %s: a %o, and a TwinError", async (code, type, fail) => {
    const error = await fail();
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(TwinError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code, name: type.name });
  });
});
