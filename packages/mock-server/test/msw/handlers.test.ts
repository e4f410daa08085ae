import { setupServer } from "msw/node";
import { io } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { forwardTo, overrideOperation, twinHandlers } from "../../src/adapters/msw/index.js";
import { createMockCore } from "../../src/index.js";
import { cases } from "../support/cases.js";
import { useMockServer } from "../support/server.js";
import { schemaErrors } from "../support/spec.js";

/** The base URL the app under test calls: nothing listens there, MSW answers. */
const API = "http://twin.test";
/** The mock's engine in-process, with no server: what the handlers answer from by default. */
const core = createMockCore({ replyDelayMs: 5 });
const msw = setupServer();
const handlers = () => twinHandlers({ mock: core, baseUrl: API });
beforeAll(() => msw.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  msw.resetHandlers(...handlers());
  msw.events.removeAllListeners();
});
afterAll(() => {
  msw.close();
  core.close();
});
beforeAll(() => msw.resetHandlers(...handlers()));

const errorBody = "/components/schemas/ErrorBody";

describe("twinHandlers answer from the mock's own engine, with no server", () => {
  it.each(cases().map((c) => [c.operationId, c] as const))(
    "%s: its documented status with a schema-valid body",
    async (_id, c) => {
      const response = await fetch(`${API}${c.url}`, c.init);
      expect(response.status).toBe(Number(c.status));
      if (c.schemaPointer) expect(schemaErrors(c.schemaPointer, await response.json())).toEqual([]);
    },
  );

  it("checks requests against the spec as the mock does: 422 naming the field", async () => {
    const response = await fetch(`${API}/api/v1/sessions/s-1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: 42 }),
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(Object.keys(body.details)).toContain("body");
    expect(schemaErrors(errorBody, body)).toEqual([]);
  });

  it("keeps sessions in the mock's store: a message sent through the handlers is in the conversation", async () => {
    const started = await fetch(`${API}/api/chats/v1/chats/demo/sessions?x_widget=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ returnAnswerAsync: true }),
    });
    const { id } = await started.json();
    await send("Hello", id);
    expect(core.control.conversation(id).map((m) => m.body)).toContain("Hello");
  });
});

describe("twinHandlers in front of a running mock server", () => {
  const server = useMockServer({ replyDelayMs: 5 });

  it("realtime: a message sent through the handlers (in-process) brings the bot's answer on the server's socket", async () => {
    msw.resetHandlers(...twinHandlers({ mock: server.current })); // the app's base URL is the server's
    const app = server.current.url;
    const socket = io(server.current.socketUrl, {
      path: server.current.socketPath,
      auth: { sessionId: "s-rt" },
      transports: ["websocket"],
    });
    const answer = new Promise((resolve) =>
      socket.on("message", (m: { authorType: string }) => m.authorType === "BOT" && resolve(m)),
    );
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    const mocked: string[] = [];
    msw.events.on("response:mocked", ({ request }) =>
      mocked.push(`${request.method} ${new URL(request.url).pathname}`),
    );
    await fetch(`${app}/api/v1/sessions/s-rt/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body: "Hello" }),
    });
    expect(mocked).toEqual(["POST /api/v1/sessions/s-rt/messages"]);
    await expect(answer).resolves.toMatchObject({ sessionId: "s-rt", body: "You said: Hello" });
    socket.disconnect();
  });

  it("forwardTo: answers through a mock in another process, by its URL", async () => {
    msw.resetHandlers(...twinHandlers({ mock: forwardTo(server.current.url), baseUrl: API }));
    expect((await send("Hi", "s-fwd")).status).toBe(201);
    expect(server.current.control.conversation("s-fwd")[0]).toMatchObject({ authorType: "CLIENT", body: "Hi" });
  });
});

const send = (body = "Hi", sessionId = "s-1") =>
  fetch(`${API}/api/v1/sessions/${sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ body }),
  });

describe("overrides", () => {
  it("error: the spec's example body for that status, for `times` calls, then the mock again", async () => {
    msw.use(overrideOperation("createClientMessage", { error: 503, times: 2 }, { baseUrl: API }));
    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await send();
      statuses.push(response.status);
      if (response.status === 503) {
        const body = await response.json();
        expect(body).toEqual({ error: "Server error." });
        expect(schemaErrors(errorBody, body)).toEqual([]);
      }
    }
    expect(statuses).toEqual([503, 503, 201]);
  });

  it("respond: a fixed answer, given per operation to twinHandlers", async () => {
    msw.resetHandlers(
      ...twinHandlers({
        mock: core,
        baseUrl: API,
        overrides: { getSession: { respond: { status: 404, body: { error: "Not found." } } } },
      }),
    );
    const response = await fetch(`${API}/api/v1/sessions/s-1`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Not found." });
    expect((await send()).status).toBe(201);
  });

  it("delayMs: the answer comes after the delay, not before", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    try {
      const body = { error: "Not found." };
      msw.use(overrideOperation("getSession", { delayMs: 5_000, respond: { status: 404, body } }, { baseUrl: API }));
      let settled = false;
      const response = fetch(`${API}/api/v1/sessions/s-1`).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(4_999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await response).status).toBe(404);
    } finally {
      vi.useRealTimers();
    }
  });

  it("respond: a documented answer without a body", async () => {
    msw.use(overrideOperation("closeSession", { respond: { status: 204 } }, { baseUrl: API }));
    const response = await fetch(`${API}/api/v1/sessions/s-1`, { method: "DELETE" });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});
