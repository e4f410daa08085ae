import { hosts, listSessionMessagesRoute, operationRoutes } from "@twin-chat/api-types";
import { describe, expect, it } from "vitest";
import { createTwinClient } from "../../src/index.js";
import { CREATED_MESSAGE, json, stubFetch } from "../support/stub-fetch.js";

describe("where requests go", () => {
  it("sends startSession to the widget host with x_widget=1 and a JSON body", async () => {
    const fetch = stubFetch(json(201, { id: "s1" }));
    const session = await createTwinClient({ fetch }).startSession("chat-1", { messageBody: "hi", sessionTtl: 60 });
    expect(session).toEqual({ id: "s1" });
    const [req] = fetch.sent;
    expect(req!.method).toBe("POST");
    expect(req!.url.href).toBe(`${hosts.widget}/api/chats/v1/chats/chat-1/sessions?x_widget=1`);
    expect(req!.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(req!.body)).toEqual({ messageBody: "hi", sessionTtl: 60 });
  });

  it("sends an empty JSON object when startSession gets no body", async () => {
    const fetch = stubFetch(json(201, { id: "s1" }));
    await createTwinClient({ fetch }).startSession("chat-1");
    expect(fetch.sent[0]!.body).toBe("{}");
  });

  it("sends sendMessage to the chats host", async () => {
    const fetch = stubFetch(json(201, CREATED_MESSAGE));
    const created = await createTwinClient({ fetch }).sendMessage("s-1", { body: "hello" });
    expect(created).toEqual(CREATED_MESSAGE);
    expect(fetch.sent[0]!.url.href).toBe(`${hosts.chats}/api/v1/sessions/s-1/messages`);
    expect(JSON.parse(fetch.sent[0]!.body)).toEqual({ body: "hello" });
  });

  it("sends every operation to one origin when baseUrl is given, keeping its path prefix", async () => {
    const fetch = stubFetch(json(201, { id: "s1" }));
    const twin = createTwinClient({ fetch, baseUrl: "http://127.0.0.1:4010/proxy/" });
    await twin.startSession("c");
    await twin.sendMessage("s", { body: "x" });
    expect(fetch.sent.map((r) => r.url.href)).toEqual([
      "http://127.0.0.1:4010/proxy/api/chats/v1/chats/c/sessions?x_widget=1",
      "http://127.0.0.1:4010/proxy/api/v1/sessions/s/messages",
    ]);
  });

  it("overrides one host with baseUrls and keeps the spec's default for the other", async () => {
    const fetch = stubFetch(json(201, { id: "s1" }));
    const twin = createTwinClient({ fetch, baseUrls: { chats: "http://localhost:9999" } });
    await twin.startSession("c");
    await twin.sendMessage("s", { body: "x" });
    expect(fetch.sent.map((r) => r.url.origin)).toEqual([hosts.widget, "http://localhost:9999"]);
  });

  it("merges client headers with per-call headers, the call winning", async () => {
    const fetch = stubFetch(json(201, CREATED_MESSAGE));
    const twin = createTwinClient({ fetch, headers: { "x-app": "demo", "x-trace": "client" } });
    await twin.sendMessage("s", { body: "x" }, { headers: { "x-trace": "call" } });
    expect(fetch.sent[0]!.headers.get("x-app")).toBe("demo");
    expect(fetch.sent[0]!.headers.get("x-trace")).toBe("call");
  });

  it("runs any operation by its table through call(), on its host with its token", async () => {
    const fetch = stubFetch(json(200, { count: 0, items: [] }));
    const twin = createTwinClient({ fetch, token: "t" });
    const params = { path: { sessionId: "a b" }, query: { limit: 5 } };
    const { data } = await twin.call(listSessionMessagesRoute, { params });
    expect(data).toEqual({ count: 0, items: [] });
    expect(fetch.sent[0]!.url.href).toBe(`${hosts.chats}/api/v1/sessions/a%20b/messages?limit=5`);
    expect(fetch.sent[0]!.headers.get("authorization")).toBe("Bearer t");
  });

  it("adds an operation's fixed query in call(), whatever the caller's query, and keeps its host override", async () => {
    const fetch = stubFetch(json(200, { id: "s1" }));
    const twin = createTwinClient({ fetch, baseUrls: { widget: "http://127.0.0.1:9" } });
    await twin.call(operationRoutes.continueChatSession, { params: { path: { chatId: "c" } }, body: {} });
    expect(fetch.sent[0]!.url.href).toBe("http://127.0.0.1:9/api/chats/v1/chats/c/sessions?x_widget=1");
    expect(fetch.sent[0]!.method).toBe("PUT");
  });
});
