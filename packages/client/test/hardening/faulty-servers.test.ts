import { describe, expect } from "vitest";
import {
  createTwinClient,
  type RetryOptions,
  TwinApiError,
  TwinNetworkError,
  TwinTimeoutError,
} from "../../src/index.js";
import { type FaultServer, test } from "../support/fault-server.js";

const retryAll: RetryOptions = { nonIdempotent: true, attempts: 3, delayMs: 0 };
/**
 * A fault that the server causes is given a minute: only the fault can end the call, so a busy machine cannot turn
 * it into a timeout. A server that never answers gets 200 ms: there the timeout is the only thing that can happen.
 */
const send = (server: FaultServer, fault: string, retry: RetryOptions | false = false, timeoutMs = 60_000) =>
  createTwinClient({ baseUrl: server.url, retry, timeoutMs }).sendMessage(fault, { body: "b" });

describe("faulty servers", () => {
  test.for([
    ["reset-before-headers", TwinNetworkError, 3],
    ["reset-during-body", TwinNetworkError, 3],
    ["truncated-json", TwinApiError, 1],
    ["html-502", TwinApiError, 1],
    ["empty-201", TwinApiError, 1],
    ["empty-204", TwinApiError, 1],
    ["503-always", TwinApiError, 3],
  ] as const)("%s → %o after %i attempt(s) with retries on", async ([fault, type, attempts], { server }) => {
    const error = await send(server, fault, retryAll).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(/^createClientMessage: /);
    expect(server.attempts.get(fault)).toBe(attempts);
  });

  test.for(["no-headers", "stalled-body"])("%s → TwinTimeoutError after one attempt", async (fault, { server }) => {
    const error = await send(server, fault, retryAll, 200).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinTimeoutError", timeoutMs: 200 });
    expect(error).toBeInstanceOf(TwinTimeoutError);
    // On a busy machine the deadline may pass before the request is even out; either way it is not retried.
    expect(server.attempts.get(fault) ?? 0).toBeLessThanOrEqual(1);
  });

  test("keeps the HTML of a 502 page as the error body, not in the message", async ({ server }) => {
    const error = (await send(server, "html-502").catch((e: unknown) => e)) as TwinApiError;
    expect(error).toMatchObject({ status: 502, message: "createClientMessage: HTTP 502 — Bad Gateway" });
    expect(error.body).toContain("<h1>502 Bad Gateway</h1>");
  });

  test("sends a POST once when retries are left at their default", async ({ server }) => {
    const twin = createTwinClient({ baseUrl: server.url });
    await expect(twin.sendMessage("reset-before-headers", { body: "b" })).rejects.toBeInstanceOf(TwinNetworkError);
    expect(server.attempts.get("reset-before-headers")).toBe(1);
  });

  test("reads a body that arrives in many chunks", async ({ server }) => {
    const created = (await send(server, "body-chunked-1mib")) as { padding?: string };
    expect(created.padding).toHaveLength(1024 * 1024);
  });

  test("retries a 429 after its Retry-After over real HTTP", async ({ server }) => {
    await expect(send(server, "429-then-ok", retryAll)).resolves.toHaveProperty("id");
    expect(server.attempts.get("429-then-ok")).toBe(2);
  });

  test("stops an aborted call at once and retries nothing", async ({ server }) => {
    const controller = new AbortController();
    const twin = createTwinClient({ baseUrl: server.url, retry: retryAll, timeoutMs: 60_000 });
    const arrived = server.nextRequest("no-headers");
    const call = twin.sendMessage("no-headers", { body: "b" }, { signal: controller.signal });
    await arrived;
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(server.attempts.get("no-headers")).toBe(1);
  });
});
