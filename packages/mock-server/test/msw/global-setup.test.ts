import { afterEach, describe, expect, it } from "vitest";
import { setup } from "../../src/adapters/global-setup.js";

describe("the vitest global setup", () => {
  afterEach(() => {
    delete process.env.TWIN_MOCK_URL;
  });

  it("starts the mock on a free port, hands its URL to the tests, and stops it on teardown", {
    timeout: 60_000,
  }, async () => {
    const provided = new Map<string, unknown>();
    const teardown = await setup({ provide: (key, value) => provided.set(key, value) });
    const url = provided.get("twinMockUrl") as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env.TWIN_MOCK_URL).toBe(url);
    const started = await fetch(`${url}/api/chats/v1/chats/demo/sessions?x_widget=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(started.status).toBe(201);
    await teardown();
    await expect(fetch(`${url}/api/v1/sessions/s-1`)).rejects.toThrow();
  });
});
