import { describe, expect, inject, it } from "vitest";
import {
  createTwinClient,
  type StartChatSessionRequest,
  TwinApiError,
  type TwinClient,
  TwinValidationError,
} from "../../src/index.js";
import { allMessages } from "../../src/paging.js";
import { closeSession, continueSession, getSession, markRead } from "../../src/sessions.js";
import { json, stubFetch } from "../support/stub-fetch.js";

/** Every public method that takes an id, called with `id`. */
const calls: [string, string, (twin: TwinClient, id: string) => Promise<unknown>][] = [
  ["startSession", "chatId", (t, id) => t.startSession(id)],
  ["continueSession", "chatId", (t, id) => continueSession(t, id)],
  ["sendMessage", "sessionId", (t, id) => t.sendMessage(id, { body: "b" })],
  ["getSession", "sessionId", (t, id) => getSession(t, id)],
  ["closeSession", "sessionId", (t, id) => closeSession(t, id)],
  ["listMessages", "sessionId", (t, id) => t.listMessages(id)],
  ["allMessages", "sessionId", (t, id) => allMessages(t, id).next()],
  ["markRead", "messageId", (t, id) => markRead(t, id)],
];

describe("bad ids, every method", () => {
  it.each(
    calls.flatMap(([method, field, call]) =>
      ["", " \t", ".", ".."].map((id) => [method, JSON.stringify(id), field, call, id] as const),
    ),
  )(
    "%s(%s) rejects with a TwinValidationError naming %s, sending nothing",
    async (_method, _shown, field, call, id) => {
      const fetch = stubFetch(json(200, {}));
      const error = await call(createTwinClient({ fetch }), id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TwinValidationError);
      expect(error).toMatchObject({ field });
      expect(fetch.sent).toHaveLength(0);
    },
  );
});

describe("bad bodies against the mock server", () => {
  const twin = () => createTwinClient({ baseUrl: inject("mockUrl") });

  it("surfaces a non-string clientMetadata value as a 422 naming the field", async () => {
    const body = { clientMetadata: { plan: 3 } } as unknown as StartChatSessionRequest;
    const error = (await twin()
      .startSession("demo-chat", body)
      .catch((e: unknown) => e)) as TwinApiError;
    expect(error).toBeInstanceOf(TwinApiError);
    expect(error.problems.map((p) => p.field)).toEqual(["clientMetadata.plan"]);
  });

  it("surfaces an unknown field and a wrong type together", async () => {
    const body = { sessionTTL: 60, returnAnswerAsync: "yes" } as unknown as StartChatSessionRequest;
    const error = (await twin()
      .startSession("demo-chat", body)
      .catch((e: unknown) => e)) as TwinApiError;
    expect(error.status).toBe(422);
    expect(error.problems.map((p) => p.field)).toContain("returnAnswerAsync");
    expect(error.message).toMatch(/returnAnswerAsync/);
  });

  it("sends a 1 MB message body, which the spec does not limit", async () => {
    await expect(twin().sendMessage("big", { body: "я".repeat(512 * 1024) })).resolves.toHaveProperty("id");
  });
});

describe("call() in its 0.x form", () => {
  it("rejects an operationId and a send function with a TwinValidationError, sending nothing", async () => {
    const fetch = stubFetch(json(200, {}));
    const twin = createTwinClient({ fetch });
    const error = await Reflect.apply(twin.call, twin, ["getSession", () => undefined]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinValidationError", field: "request" });
    expect(fetch.sent).toHaveLength(0);
  });
});
