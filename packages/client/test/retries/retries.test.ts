import { afterEach, describe, expect, it, vi } from "vitest";
import { createTwinClient, TwinApiError, TwinNetworkError } from "../../src/index.js";
import { CREATED_MESSAGE, json, stubFetch } from "../support/stub-fetch.js";

const unavailable = () => json(503, { error: "busy" });
const fast = { nonIdempotent: true, delayMs: 1 };

afterEach(() => {
  vi.useRealTimers();
});

describe("retries", () => {
  it("never retries a POST by default", async () => {
    const fetch = stubFetch(unavailable(), json(201, CREATED_MESSAGE));
    const error = await createTwinClient({ fetch })
      .sendMessage("s", { body: "b" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinApiError", status: 503 });
    expect(fetch.sent).toHaveLength(1);
  });

  it("retries 503 then succeeds when non-idempotent retries are enabled", async () => {
    const fetch = stubFetch(unavailable(), unavailable(), json(201, CREATED_MESSAGE));
    const twin = createTwinClient({ fetch, retry: fast });
    await expect(twin.sendMessage("s", { body: "b" })).resolves.toEqual(CREATED_MESSAGE);
    expect(fetch.sent).toHaveLength(3);
  });

  it("stops after the configured attempts and throws the last error", async () => {
    const fetch = stubFetch(unavailable());
    const error = await createTwinClient({ fetch, retry: { ...fast, attempts: 4 } })
      .sendMessage("s", { body: "b" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwinApiError);
    expect(fetch.sent).toHaveLength(4);
  });

  it("retries network errors", async () => {
    const fetch = stubFetch(new TypeError("fetch failed"), json(201, CREATED_MESSAGE));
    await createTwinClient({ fetch, retry: fast }).sendMessage("s", { body: "b" });
    expect(fetch.sent).toHaveLength(2);
  });

  it.each([400, 404, 422, 500, 502])("does not retry status %i", async (status) => {
    const fetch = stubFetch(json(status, { error: "no" }), json(201, CREATED_MESSAGE));
    await expect(createTwinClient({ fetch, retry: fast }).sendMessage("s", { body: "b" })).rejects.toMatchObject({
      status,
    });
    expect(fetch.sent).toHaveLength(1);
  });

  it.each([
    ["in seconds", "2"],
    ["as an HTTP date", "Thu, 01 Jan 2026 00:00:02 GMT"],
  ])("waits as long as Retry-After says, %s", async (_how, retryAfter) => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.parse("2026-01-01T00:00:00Z") });
    const fetch = stubFetch(json(429, {}, { "retry-after": retryAfter }), json(201, CREATED_MESSAGE));
    const call = createTwinClient({ fetch, retry: fast }).sendMessage("s", { body: "b" });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetch.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual(CREATED_MESSAGE);
    expect(fetch.sent).toHaveLength(2);
  });

  it("gives up when Retry-After asks for longer than maxDelayMs", async () => {
    const fetch = stubFetch(json(429, {}, { "retry-after": "120" }), json(201, CREATED_MESSAGE));
    const twin = createTwinClient({ fetch, retry: { ...fast, maxDelayMs: 1000 } });
    await expect(twin.sendMessage("s", { body: "b" })).rejects.toMatchObject({ status: 429 });
    expect(fetch.sent).toHaveLength(1);
  });

  it("lets a call turn retries on or off", async () => {
    const off = stubFetch(unavailable(), json(201, CREATED_MESSAGE));
    await expect(
      createTwinClient({ fetch: off, retry: fast }).sendMessage("s", { body: "b" }, { retry: false }),
    ).rejects.toBeInstanceOf(TwinApiError);
    expect(off.sent).toHaveLength(1);
    const on = stubFetch(unavailable(), json(201, CREATED_MESSAGE));
    await createTwinClient({ fetch: on }).sendMessage("s", { body: "b" }, { retry: fast });
    expect(on.sent).toHaveLength(2);
  });

  it("stops at once when aborted during the backoff, without another attempt", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const fetch = stubFetch(new TypeError("fetch failed"));
    const controller = new AbortController();
    const twin = createTwinClient({ fetch, retry: { nonIdempotent: true, delayMs: 5_000 } });
    const call = twin.sendMessage("s", { body: "b" }, { signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1_000); // into the backoff of 2 500 … 5 000 ms
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(fetch.sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not retry a timeout", async () => {
    const fetch = stubFetch(
      (req) => new Promise((_, reject) => req.signal.addEventListener("abort", () => reject(req.signal.reason))),
    );
    const twin = createTwinClient({ fetch, retry: fast, timeoutMs: 10 });
    await expect(twin.sendMessage("s", { body: "b" })).rejects.toMatchObject({ name: "TwinTimeoutError" });
    expect(fetch.sent).toHaveLength(1);
  });

  it("keeps the network error type after the last attempt", async () => {
    const fetch = stubFetch(new TypeError("fetch failed"));
    await expect(
      createTwinClient({ fetch, retry: { ...fast, attempts: 2 } }).sendMessage("s", { body: "b" }),
    ).rejects.toBeInstanceOf(TwinNetworkError);
    expect(fetch.sent).toHaveLength(2);
  });
});
