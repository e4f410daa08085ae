import { describe, expect, inject, it } from "vitest";
import { createTwinClient, type StartChatSessionRequest, TwinApiError } from "../../src/index.js";

/** The vendor page's request example, verbatim. */
const pageExample: StartChatSessionRequest = {
  name: "string",
  botId: "bce7d22e-dde6-4427-b391-ebbdfda44de6",
  sessionId: "bce7d22e-dde6-4427-b391-ebbdfda44de6",
  sessionTtl: 3600,
  messengerType: "WHATSAPP",
  messengerUserId: "string",
  messageBody: "string",
  messageAttachments: ["bce7d22e-dde6-4427-b391-ebbdfda44de6"],
  clientNameForOperator: "string",
  clientId: "bce7d22e-dde6-4427-b391-ebbdfda44de6",
  clientExternalId: "string",
  clientPhone: 75555673245,
  clientEmail: "string",
  clientDeviceId: "string",
  clientTimezone: 300,
  clientMetadata: { var1: "val1", var2: "val2", var3: "val3" },
  returnAnswerAsync: true,
};

const twin = () => createTwinClient({ baseUrl: inject("mockUrl") });

async function rejection(promise: Promise<unknown>): Promise<TwinApiError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TwinApiError);
  return error as TwinApiError;
}

describe("against the mock server (Prism on spec/openapi.yaml)", () => {
  it("starts a session with the vendor page's example: 201, its session id, answers left to realtime", async () => {
    const session = await twin().startSession("demo-chat", pageExample);
    expect(session.id).toBe("bce7d22e-dde6-4427-b391-ebbdfda44de6");
    expect(session.messages).toEqual([]);
  });

  it("returns the page's inline answer, misspelt sugestedExtension included, without returnAnswerAsync", async () => {
    const session = await twin().startSession("demo-chat", {
      ...pageExample,
      sessionId: undefined,
      returnAnswerAsync: false,
    });
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(session.messages?.[0]?.attachments?.[0]?.sugestedExtension).toBe("png");
  });

  it("sends a client message: 201 with id and createdAt", async () => {
    const created = await twin().sendMessage("any-session", { body: "Hello" });
    expect(Object.keys(created).sort()).toEqual(["createdAt", "id"]);
  });

  it("surfaces the 422 for sessionTtl above 43200, naming the field", async () => {
    const error = await rejection(twin().startSession("demo-chat", { sessionTtl: 99999 }));
    expect(error.status).toBe(422);
    expect(error.problems.map((p) => p.field)).toEqual(["sessionTtl"]);
    expect(error.message).toContain("sessionTtl");
  });

  it("surfaces the 422 for a non-integer clientTimezone, naming the field", async () => {
    const body = { clientTimezone: "x" } as unknown as StartChatSessionRequest;
    const error = await rejection(twin().startSession("demo-chat", body));
    expect(error.status).toBe(422);
    expect(error.problems.map((p) => p.field)).toContain("clientTimezone");
  });

  it("surfaces the 422 for a message without body and with an unknown field", async () => {
    const body = { text: "hi" } as unknown as { body: string };
    const error = await rejection(twin().sendMessage("s", body));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/body/);
  });

  it("reaches the server with an encoded path parameter", async () => {
    await expect(twin().sendMessage("../x?y#z", { body: "b" })).resolves.toHaveProperty("id");
  });
});
