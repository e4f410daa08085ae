import { describe, expect, it } from "vitest";
import { createTwinClient, TwinTimeoutError } from "../../src/index.js";
import { CREATED_MESSAGE, hang, json, stubFetch } from "../support/stub-fetch.js";

describe("timeouts", () => {
  it("rejects with TwinTimeoutError when no response arrives in timeoutMs", async () => {
    const twin = createTwinClient({ fetch: stubFetch(hang), timeoutMs: 30 });
    const started = performance.now();
    const error = await twin.sendMessage("s", { body: "b" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwinTimeoutError);
    expect(error).toMatchObject({ operation: "createClientMessage", timeoutMs: 30 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it("lets a call override the client's timeout", async () => {
    const twin = createTwinClient({ fetch: stubFetch(hang), timeoutMs: 60_000 });
    const error = await twin.sendMessage("s", { body: "b" }, { timeoutMs: 20 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinTimeoutError", timeoutMs: 20 });
  });

  it("starts the clock per request, not at client creation", async () => {
    const fetch = stubFetch(hang, json(201, CREATED_MESSAGE));
    const twin = createTwinClient({ fetch, timeoutMs: 20 });
    // The first call's timeout is the event that proves more than timeoutMs passed since the client was made.
    await expect(twin.sendMessage("s", { body: "b" })).rejects.toBeInstanceOf(TwinTimeoutError);
    await expect(twin.sendMessage("s", { body: "b" })).resolves.toEqual(CREATED_MESSAGE);
  });

  it("covers reading the body: a body that stalls times out", async () => {
    const stalled = (request: Request) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"id":'));
            request.signal.addEventListener("abort", () => controller.error(request.signal.reason)); // as fetch does
          },
        }),
        { status: 201 },
      );
    const twin = createTwinClient({ fetch: stubFetch(stalled), timeoutMs: 30 });
    await expect(twin.sendMessage("s", { body: "b" })).rejects.toBeInstanceOf(TwinTimeoutError);
  });

  it("validates a per-call timeout", async () => {
    const fetch = stubFetch(json(201, CREATED_MESSAGE));
    const error = await createTwinClient({ fetch })
      .sendMessage("s", { body: "b" }, { timeoutMs: -5 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinValidationError", field: "timeoutMs" });
    expect(fetch.sent).toHaveLength(0);
  });
});

describe("abort", () => {
  it("rejects with the signal's reason as soon as the caller aborts", async () => {
    const controller = new AbortController();
    const fetch = stubFetch((request) => {
      const answer = hang(request);
      controller.abort(); // the request is on its way
      return answer;
    });
    const call = createTwinClient({ fetch }).sendMessage("s", { body: "b" }, { signal: controller.signal });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(fetch.sent).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const fetch = stubFetch(json(201, CREATED_MESSAGE));
    const reason = new Error("user left");
    const call = createTwinClient({ fetch }).sendMessage("s", { body: "b" }, { signal: AbortSignal.abort(reason) });
    await expect(call).rejects.toBe(reason);
    expect(fetch.sent).toHaveLength(0);
  });
});
