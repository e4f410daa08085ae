import { uploadFilesRoute } from "@twin-chat/api-types";
import { describe, expect, inject, it } from "vitest";
import { type ChatMessage, createTwinClient, TwinApiError } from "../../src/index.js";
import { allMessages } from "../../src/paging.js";
import { closeSession, continueSession, getSession, markRead } from "../../src/sessions.js";
import { uploadFiles } from "../../src/uploads.js";

const twin = () => createTwinClient({ baseUrl: inject("mockUrl"), token: "test-token" });

describe("the session lifecycle against the mock server", () => {
  it("continues a session", async () => {
    const session = await continueSession(twin(), "demo-chat", { recreateOnExists: true, clientName: "Ann" });
    expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reads a session's details", async () => {
    const details = await getSession(twin(), "bce7d22e-dde6-4427-b391-ebbdfda44de6");
    expect(details.id).toBeTypeOf("string");
  });

  it("closes a session, with and without a result", async () => {
    await expect(closeSession(twin(), "s-1", { result: "resolved" })).resolves.toBeUndefined();
    await expect(closeSession(twin(), "s-1")).resolves.toBeUndefined();
  });

  it("marks a message read", async () => {
    await expect(markRead(twin(), "m-1")).resolves.toBeUndefined();
  });

  it("lists a page and iterates every message over several pages", async () => {
    const client = twin();
    const sessionId = `paging-${crypto.randomUUID()}`;
    for (let i = 0; i < 60; i++) await client.sendMessage(sessionId, { body: `m${i}` });
    // The bot's replies land after its reply delay: look again until all are there. Each look is a round trip, so
    // no sleep is needed, and no clock but the test's timeout (a hang guard) ends it.
    let page = await client.listMessages(sessionId, { limit: 25 });
    while (page.count < 120) page = await client.listMessages(sessionId, { limit: 25 });
    expect(page.count).toBe(120);
    expect(page.items).toHaveLength(25);
    const all: ChatMessage[] = [];
    for await (const message of allMessages(client, sessionId, { limit: 25 })) all.push(message);
    expect(all).toHaveLength(120);
    expect(new Set(all.map((m) => m.id)).size).toBe(120);
    expect(all.filter((m) => m.authorType === "CLIENT").map((m) => m.body)).toEqual(
      Array.from({ length: 60 }, (_, i) => `m${i}`),
    );
  });

  it("uploads a 1 MB binary and an empty file", async () => {
    const binary = new Uint8Array(1024 * 1024).map((_, i) => (i * 7919) % 256);
    // The empty file goes first: Prism's multipart parser loses a trailing empty part (and a lone one), and
    // answers 422; the client's side of an empty part is checked in auth-and-uploads.test.ts.
    const files = await uploadFiles(
      twin(),
      [
        new File([], "empty.txt", { type: "text/plain" }),
        { name: "photo.bin", data: binary, type: "application/octet-stream" },
      ],
      { private: false, ttl: 3600 },
    );
    expect(files.length).toBeGreaterThan(0);
    expect(files[0]).toHaveProperty("id");
  });

  it("surfaces the mock's 422 for an upload without files' parts", async () => {
    const noParts = { body: { "file[]": [] }, bodySerializer: () => new FormData() };
    await expect(twin().call(uploadFilesRoute, noParts)).rejects.toMatchObject({ code: "api", status: 422 });
  });

  it("names the file at fault before sending anything", async () => {
    await expect(uploadFiles(twin(), [])).rejects.toMatchObject({ name: "TwinValidationError", field: "files" });
    await expect(uploadFiles(twin(), [{ name: "a/b.txt", data: new Uint8Array(1) }])).rejects.toMatchObject({
      field: "files[0].name",
    });
    await expect(
      uploadFiles(
        twin(),
        [
          { name: "ok.txt", data: new Uint8Array(1) },
          { name: "big.bin", data: new Uint8Array(11) },
        ],
        { maxFileBytes: 10 },
      ),
    ).rejects.toMatchObject({ field: "files[1]" });
  });

  it("refuses an unknown field in the continue body with a 422 naming it", async () => {
    const body = { recreateOnExist: true } as never;
    const error = (await continueSession(twin(), "demo-chat", body).catch((e: unknown) => e)) as TwinApiError;
    expect(error).toBeInstanceOf(TwinApiError);
    expect(error.status).toBe(422);
  });
});
