import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, inject, it } from "vitest";
import { forwardTo, overrideOperation, twinHandlers } from "../../../src/adapters/msw/index.js";

/**
 * The testing guide's recipe as its reader runs it, in whichever environment the calling file sets: the mock runs
 * in vitest's `globalSetup` (the main process), MSW forwards each call to it, and the app's page (another origin in
 * jsdom and happy-dom) calls the API with `fetch`, preflights included.
 */
export function testRecipe() {
  const url = inject("twinMockUrl");
  const msw = setupServer(...twinHandlers({ mock: forwardTo(url), baseUrl: url }));
  beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
  afterEach(() => msw.resetHandlers());
  afterAll(() => msw.close());

  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("starts a session and sends a message through the handlers", async () => {
    const started = await post("/api/chats/v1/chats/demo-chat/sessions?x_widget=1", { messageBody: "Hello" });
    expect(started.status).toBe(201);
    const { id } = (await started.json()) as { id: string };
    const sent = await post(`/api/v1/sessions/${id}/messages`, { body: "Hi" });
    expect(sent.status).toBe(201);
  });

  it("answers an override, CORS headers and all", async () => {
    msw.use(overrideOperation("startChatSession", { error: 500, times: 1 }, { baseUrl: url }));
    const failed = await post("/api/chats/v1/chats/demo-chat/sessions?x_widget=1", {});
    expect(failed.status).toBe(500);
    const next = await post("/api/chats/v1/chats/demo-chat/sessions?x_widget=1", {});
    expect(next.status).toBe(201);
  });
}
