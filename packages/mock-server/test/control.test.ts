import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/index.js";
import { by, listen, say, startSession } from "./support/chat.js";
import { callControl, called, controlOperations } from "./support/control.js";

let mock: MockServer;
beforeEach(async () => {
  mock = await startMockServer({ port: 0, replyDelayMs: 0 });
});
afterEach(() => mock.close());

describe("control API, in-process (mock.control)", () => {
  it("lists sessions and reads a conversation", async () => {
    const id = await startSession(mock);
    const socket = await listen(mock, id);
    await say(mock, id, "hi there");
    await socket.waitFor("message", by("BOT", "You said: hi there"));
    expect(mock.control.sessions()).toMatchObject([
      { id, chatId: "demo", closedAt: null, operator: null, messageCount: 3, lastMessage: "You said: hi there" },
    ]);
    expect(mock.control.conversation(id).map((m) => [m.authorType, m.body])).toEqual([
      ["BOT", "Hello! I am the TWIN mock bot. Ask me anything."],
      ["CLIENT", "hi there"],
      ["BOT", "You said: hi there"],
    ]);
    expect(mock.control.conversation("never-seen")).toEqual([]);
  });

  it("counts each session's open realtime connections", async () => {
    const id = await startSession(mock);
    const sockets = () => mock.control.sessions().find((s) => s.id === id)?.sockets;
    expect(sockets()).toBe(0);
    const first = await listen(mock, id);
    const second = await listen(mock, id);
    expect(sockets()).toBe(2);
    first.socket.disconnect();
    // the server learns of the client's goodbye a little later: look again every 10 ms (the test's timeout guards a hang)
    while (sockets() !== 1) await new Promise((resolve) => setTimeout(resolve, 10));
    second.socket.disconnect();
    while (sockets() !== 0) await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it("says something as the bot or an operator, shows typing, plays steps", async () => {
    const id = await startSession(mock);
    const socket = await listen(mock, id);
    const bot = mock.control.say(id, { body: "Pick one", answers: ["A", "B"] });
    expect(await socket.waitFor("message", by("BOT", "Pick one"))).toMatchObject({ id: bot.id, answers: ["A", "B"] });
    mock.control.say(id, "Operator here", { as: "OPERATOR", name: "Bo" });
    expect(await socket.waitFor("message", by("OPERATOR", "Operator here"))).toMatchObject({ authorName: "Bo" });
    mock.control.typing(id, true, { as: "OPERATOR" });
    expect(await socket.waitFor("typing", (p) => p.authorType === "OPERATOR")).toMatchObject({ isTyping: true });
    await mock.control.play(id, [{ operatorJoins: "Cy" }, { operatorSays: "Cy speaking" }]);
    expect(mock.control.conversation(id).at(-1)).toMatchObject({ authorName: "Cy", body: "Cy speaking" });
  });

  it("fails calls, drops connections, closes a session, and resets", async () => {
    const id = await startSession(mock);
    const socket = await listen(mock, id);
    const fault = mock.control.fail({ operation: "createClientMessage", status: 503, sessionId: id });
    expect(mock.control.faults()).toEqual([{ ...fault, remaining: 1 }]);
    expect((await say(mock, id, "x")).status).toBe(503);
    expect((await say(mock, id, "y")).status).toBe(201);

    const dropped = new Promise<string>((resolve) => socket.socket.once("disconnect", resolve));
    mock.control.drop(id);
    expect(await dropped).toBe("transport close");
    await new Promise<void>((resolve) => socket.socket.once("connect", () => resolve()));

    mock.control.close(id, "spam");
    expect(await socket.waitFor("session:closed")).toMatchObject({ sessionId: id, reason: "spam" });
    expect(mock.control.sessions()[0]!.closedAt).not.toBeNull();

    mock.control.fail({ operation: "listSessionMessages" });
    mock.control.reset();
    expect([mock.control.sessions(), mock.control.faults()]).toEqual([[], []]);
  });
});

describe("control API over HTTP, checked against control-openapi.yaml", () => {
  afterAll(() => {
    expect([...called].sort()).toEqual(controlOperations.map((o) => o.operationId).sort());
  });

  it("serves its OpenAPI document and the scenario schema under /__twin", async () => {
    const doc = await fetch(`${mock.url}/__twin/openapi.yaml`);
    expect(doc.headers.get("content-type")).toMatch(/yaml/);
    expect(await doc.text()).toMatch(/^openapi: 3\.1\.0/);
    expect(
      ((await (await fetch(`${mock.url}/__twin/scenario.schema.json`)).json()) as { title: string }).title,
    ).toBeTruthy();
  });

  it("does what the in-process form does", async () => {
    const id = await startSession(mock);
    const socket = await listen(mock, id);

    const said = await callControl(mock, "POST", `/api/sessions/${id}/messages`, {
      body: "Hi",
      as: "OPERATOR",
      name: "Di",
    });
    expect(said.status).toBe(201);
    expect(await socket.waitFor("message", by("OPERATOR", "Hi"))).toMatchObject({ authorName: "Di" });
    expect((await callControl(mock, "POST", `/api/sessions/${id}/typing`, { isTyping: true })).status).toBe(204);
    await socket.waitFor("typing", (p) => p.authorType === "BOT" && p.isTyping === true);

    expect((await callControl(mock, "POST", `/api/sessions/${id}/steps`, { steps: [{ say: "step 1" }] })).status).toBe(
      202,
    );
    await socket.waitFor("message", by("BOT", "step 1"));

    const sessions = await callControl(mock, "GET", "/api/sessions");
    expect(sessions.body).toMatchObject({ items: [{ id, messageCount: 3, lastMessage: "step 1" }] });
    const conversation = await callControl(mock, "GET", `/api/sessions/${id}/messages`);
    expect((conversation.body as { items: { body: string }[] }).items.map((m) => m.body).slice(1)).toEqual([
      "Hi",
      "step 1",
    ]);

    const fault = await callControl(mock, "POST", "/api/faults", {
      operation: "createClientMessage",
      status: 429,
      times: 2,
    });
    expect(fault).toMatchObject({ status: 201, body: { operation: "createClientMessage", remaining: 2 } });
    expect((await callControl(mock, "GET", "/api/faults")).body).toMatchObject({ items: [{ remaining: 2 }] });
    expect((await say(mock, id, "x")).status).toBe(429);

    const dropped = new Promise<string>((resolve) => socket.socket.once("disconnect", resolve));
    expect((await callControl(mock, "POST", `/api/sessions/${id}/drop`)).status).toBe(204);
    expect(await dropped).toBe("transport close");
    await new Promise<void>((resolve) => socket.socket.once("connect", () => resolve()));

    expect((await callControl(mock, "POST", `/api/sessions/${id}/close`, { reason: "done" })).status).toBe(204);
    expect(await socket.waitFor("session:closed")).toMatchObject({ reason: "done" });

    expect((await callControl(mock, "POST", "/api/reset")).status).toBe(204);
    expect((await callControl(mock, "GET", "/api/sessions")).body).toEqual({ items: [] });
  });

  it("streams the store's events to the console", async () => {
    const controller = new AbortController();
    const response = await fetch(`${mock.url}/__twin/api/events`, { signal: controller.signal });
    called.add("streamEvents");
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const id = await startSession(mock, { messageBody: "ping" });
    let text = "";
    while (!text.includes("event: message")) text += (await reader.read()).value ?? "";
    expect(text).toContain(`"id":"${id}"`);
    controller.abort();
  });

  it.each([
    ["malformed JSON", "POST", "/api/sessions/s/messages", undefined, "{oops", 400, "body"],
    ["a null body", "POST", "/api/sessions/s/messages", null, undefined, 422, "body"],
    ["a missing field", "POST", "/api/sessions/s/messages", { as: "BOT" }, undefined, 422, "body"],
    ["a field of the wrong type", "POST", "/api/sessions/s/typing", { isTyping: "yes" }, undefined, 422, "isTyping"],
    ["an unknown field", "POST", "/api/sessions/s/close", { reason: "x", extra: 1 }, undefined, 422, "extra"],
    ["a bad step", "POST", "/api/sessions/s/steps", { steps: [{ jump: true }] }, undefined, 422, "steps.0.jump"],
    ["an unknown operation", "POST", "/api/faults", { operation: "nope" }, undefined, 422, "operation"],
  ])("answers %s with { error, details } naming the field", async (_, method, path, body, raw, status, field) => {
    const answer = await callControl(mock, method, path, body, raw);
    expect(answer.status).toBe(status);
    expect(Object.keys((answer.body as { details: object }).details)).toContain(field);
  });

  it("answers an unknown control route 404 and a wrong method 405, both as { error }", async () => {
    const missing = await fetch(`${mock.url}/__twin/api/nothing`);
    expect([missing.status, await missing.json()]).toMatchObject([
      404,
      { error: expect.stringContaining("openapi.yaml") },
    ]);
    const wrong = await fetch(`${mock.url}/__twin/api/reset`);
    expect(wrong.status).toBe(405);
  });
});
