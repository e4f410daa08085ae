import { randomUUID } from "node:crypto";
import type { IHttpRequest } from "@stoplight/prism-http";
import type {
  ChatSession,
  CreateClientMessageRequest,
  CreatedMessage,
  OperationId,
  StartChatSessionRequest,
} from "@twin-chat/api-types";
import type { MockResponse, ResponseHook } from "./http.js";
import type { RealtimeMock } from "./realtime.js";
import { matchRoute } from "./routes.js";
import { replyTo, type Scenario } from "./scenario.js";
import { type HistoryQuery, newMessage, type SessionStore } from "./sessions.js";

const numberOr = (value: unknown) => (typeof value === "string" && value !== "" ? Number(value) : undefined);

/**
 * What the mock adds to Prism's answers so that a chat works end to end: a fresh id per session and per message,
 * the bot's reply over the realtime channel, `session:closed` when a session is closed, and a history made of the
 * session's own messages only (empty for a session it has not seen), never the spec's example.
 */
export function chatBehaviour(store: SessionStore, realtime: RealtimeMock, scenario: Scenario): ResponseHook {
  /**
   * A started or continued session keeps the `sessionId` the request names, else gets a fresh UUID (Prism's example
   * would give every session the same id, hence the same room). Unless the answer came inline, the bot answers over
   * realtime: to the first message, or with a greeting for a new session (held until the session's first socket
   * only with the `holdAnswers` option).
   */
  function sessionStarted(operation: OperationId, request: IHttpRequest, response: MockResponse): void {
    const body = (request.body ?? {}) as StartChatSessionRequest;
    const session = response.body as ChatSession;
    session.id = body.sessionId ?? randomUUID();
    if (body.messageBody) store.add(newMessage(session.id, "CLIENT", body.messageBody));
    const inline = body.returnAnswerAsync !== true && (session.messages?.length ?? 0) > 0;
    if (inline) return;
    session.messages = [];
    const answer = body.messageBody
      ? replyTo(scenario, body.messageBody)
      : operation === "startChatSession"
        ? scenario.greeting
        : undefined;
    if (answer !== undefined) realtime.botSays(session.id, answer, true);
  }

  return (request: IHttpRequest, response: MockResponse) => {
    const route = matchRoute(request.method, request.url.path);
    if (!route || response.statusCode >= 300) return;
    if (route.operation === "startChatSession" || route.operation === "continueChatSession") {
      sessionStarted(route.operation, request, response);
    } else if (route.operation === "createClientMessage") {
      const sessionId = route.params.sessionId!;
      const created = response.body as CreatedMessage;
      const text = (request.body as CreateClientMessageRequest).body;
      const message = store.add(newMessage(sessionId, "CLIENT", text));
      created.id = message.id;
      created.createdAt = message.createdAt;
      realtime.publish(message);
      realtime.botSays(sessionId, replyTo(scenario, text));
    } else if (route.operation === "closeSession") {
      realtime.closeSession(route.params.sessionId!, (request.body as { result?: string } | undefined)?.result);
    } else if (route.operation === "listSessionMessages") {
      const q = request.url.query ?? {};
      const query: HistoryQuery = {
        from: q.from as string | undefined,
        to: q.to as string | undefined,
        limit: numberOr(q.limit),
        offset: numberOr(q.offset),
        sort: q.sort as string | undefined,
      };
      response.body = store.page(route.params.sessionId!, query);
    }
  };
}
