import { markMessageReadRoute } from "@twin-chat/api-types";
import { describe, expect, it } from "vitest";
import { createTwinClient, TwinValidationError } from "../../src/index.js";
import { CREATED_MESSAGE, json, stubFetch } from "../support/stub-fetch.js";

describe("path parameters", () => {
  it("percent-encodes reserved characters so the id stays one segment", async () => {
    const fetch = stubFetch(json(201, CREATED_MESSAGE));
    await createTwinClient({ fetch, baseUrl: "http://127.0.0.1:1" }).sendMessage("../x?y#z", { body: "b" });
    expect(fetch.sent[0]!.url.pathname).toBe("/api/v1/sessions/..%2Fx%3Fy%23z/messages");
    expect(fetch.sent[0]!.url.search).toBe("");
  });

  it("encodes unicode, spaces and percent signs", async () => {
    const fetch = stubFetch(json(201, { id: "s" }));
    await createTwinClient({ fetch, baseUrl: "http://127.0.0.1:1" }).startSession("чат 💬 %2F");
    const segment = fetch.sent[0]!.url.pathname.split("/")[5]!;
    expect(decodeURIComponent(segment)).toBe("чат 💬 %2F");
  });

  it.each([
    ["", "must be a non-empty string"],
    ["   ", "must be a non-empty string"],
    [".", 'must not be "." or ".."'],
    ["..", 'must not be "." or ".."'],
    ["\uD800", "must be well-formed Unicode"],
  ])("refuses %j before sending anything", async (id, rule) => {
    const fetch = stubFetch(json(201, CREATED_MESSAGE));
    const error = await createTwinClient({ fetch })
      .sendMessage(id, { body: "b" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TwinValidationError);
    expect(error).toMatchObject({ field: "sessionId" });
    expect((error as Error).message).toContain(rule);
    expect(fetch.sent).toHaveLength(0);
  });

  it("checks the path parameters of any operation sent through call(), by their name in the spec", async () => {
    const fetch = stubFetch(json(200, {}));
    const error = await createTwinClient({ fetch })
      .call(markMessageReadRoute, { params: { path: { messageId: ".." } } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinValidationError", field: "messageId" });
    expect(fetch.sent).toHaveLength(0);
  });

  it("refuses a non-string id passed around the types", async () => {
    const fetch = stubFetch(json(201, { id: "s" }));
    const error = await createTwinClient({ fetch })
      .startSession(42 as unknown as string)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinValidationError", field: "chatId" });
  });
});
