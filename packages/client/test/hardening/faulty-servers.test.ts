import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTwinClient,
  type RetryOptions,
  TwinApiError,
  TwinNetworkError,
  TwinTimeoutError,
} from "../../src/index.js";
import { startFaultServer } from "../support/fault-server.js";

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const retryAll: RetryOptions = { nonIdempotent: true, attempts: 3, delayMs: 1 };
const send = (fault: string, retry: RetryOptions | false = false, timeoutMs = 300) =>
  createTwinClient({ baseUrl: server.url, retry, timeoutMs }).sendMessage(fault, { body: "b" });
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

describe("faulty servers", () => {
  it.each([
    ["reset-before-headers", TwinNetworkError, 3],
    ["reset-during-body", TwinNetworkError, 3],
    ["no-headers", TwinTimeoutError, 1],
    ["stalled-body", TwinTimeoutError, 1],
    ["truncated-json", TwinApiError, 1],
    ["html-502", TwinApiError, 1],
    ["empty-201", TwinApiError, 1],
    ["empty-204", TwinApiError, 1],
    ["503-always", TwinApiError, 3],
  ])("%s → %o after %i attempt(s) with retries on", async (fault, type, attempts) => {
    const { error } = (await outcome(send(fault, retryAll))) as { error: Error };
    expect(error).toBeInstanceOf(type);
    expect(error.message).toMatch(/^createClientMessage: /);
    expect(server.attempts.get(fault)).toBe(attempts);
  });

  it("keeps the HTML of a 502 page as the error body, not in the message", async () => {
    const { error } = (await outcome(send("html-502"))) as { error: TwinApiError };
    expect(error).toMatchObject({ status: 502, message: "createClientMessage: HTTP 502 — Bad Gateway" });
    expect(error.body).toContain("<h1>502 Bad Gateway</h1>");
  });

  it("sends a POST once when retries are left at their default", async () => {
    const twin = createTwinClient({ baseUrl: server.url });
    await expect(twin.sendMessage("reset-before-headers", { body: "b" })).rejects.toBeInstanceOf(TwinNetworkError);
    expect(server.attempts.get("reset-before-headers")).toBe(4); // 3 from the retry test above, 1 here
  });

  it("reads a 50 MB body", async () => {
    const created = (await send("body-50mb", false, 30_000)) as { padding?: string };
    expect(created.padding).toHaveLength(50 * 1024 * 1024);
  });

  it("honours Retry-After in seconds", async () => {
    const started = performance.now();
    await expect(send("429-seconds-then-ok", retryAll, 5_000)).resolves.toHaveProperty("id");
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.attempts.get("429-seconds-then-ok")).toBe(2);
  });

  it("honours Retry-After as an HTTP date", async () => {
    const started = performance.now();
    await expect(send("429-date-then-ok", retryAll, 5_000)).resolves.toHaveProperty("id");
    expect(performance.now() - started).toBeGreaterThanOrEqual(400); // the date has whole-second precision
    expect(server.attempts.get("429-date-then-ok")).toBe(2);
  });

  it("stops an aborted call at once and retries nothing", async () => {
    const controller = new AbortController();
    const twin = createTwinClient({ baseUrl: server.url, retry: retryAll, timeoutMs: 60_000 });
    const call = twin.sendMessage("no-headers", { body: "b" }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const before = server.attempts.get("no-headers") ?? 0;
    const started = performance.now();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(performance.now() - started).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.attempts.get("no-headers")).toBe(before + 1);
  });
});
