import { randomUUID } from "node:crypto";
import type {
  ChatSession,
  CloseSessionRequest,
  CreateClientMessageRequest,
  CreatedMessage,
  ListSessionMessagesQuery,
  StartChatSessionRequest,
} from "@twin-chat/api-types";
import type { ScenarioEngine } from "../scenario/engine.js";
import { newMessage, type SessionStore } from "../state/session-store.js";
import type { MatchedRoute } from "./match-route.js";

/** A successful answer as Prism produced it, which {@link chatBehaviour} completes before it is sent. */
export interface SuccessfulAnswer {
  statusCode: number;
  body: unknown;
}

/** What the mock adds to one successful answer of Prism. */
export type AnswerHook = (
  route: MatchedRoute,
  request: { body: unknown; query: Record<string, string | string[]> },
  answer: SuccessfulAnswer,
) => void;

const numberOr = (value: unknown) => (typeof value === "string" && value !== "" ? Number(value) : undefined);

/**
 * What the mock adds to Prism's answers so that a chat works end to end: a fresh id per session and per message,
 * the scenario's answers over the realtime channel, `session:closed` when a session is closed, and a history made
 * of the session's own messages (empty for a session it has not seen), never the spec's example.
 */
export function chatBehaviour(store: SessionStore, engine: ScenarioEngine): AnswerHook {
  /**
   * A started or continued session keeps the `sessionId` the request names, else gets a fresh UUID (Prism's example
   * would give every session the same id, hence the same room). Unless the answer came inline, the scenario
   * answers over realtime: the first message, or the greeting of a new session.
   */
  function sessionStarted(route: MatchedRoute, requestBody: unknown, answer: SuccessfulAnswer): void {
    const body = (requestBody ?? {}) as StartChatSessionRequest;
    const session = answer.body as ChatSession;
    session.id = body.sessionId ?? randomUUID();
    store.session(session.id, route.params.chatId);
    if (body.messageBody) store.add(newMessage(session.id, "CLIENT", body.messageBody));
    const inline = body.returnAnswerAsync !== true && (session.messages?.length ?? 0) > 0;
    if (inline) return;
    session.messages = [];
    if (body.messageBody) engine.clientSaid(session.id, body.messageBody);
    else if (route.operation === "startChatSession") engine.sessionStarted(session.id);
  }

  return (route, request, answer) => {
    const sessionId = route.params.sessionId!;
    switch (route.operation) {
      case "startChatSession":
      case "continueChatSession":
        return sessionStarted(route, request.body, answer);
      case "createClientMessage": {
        const created = answer.body as CreatedMessage;
        const text = (request.body as CreateClientMessageRequest).body;
        const message = store.add(newMessage(sessionId, "CLIENT", text));
        created.id = message.id;
        created.createdAt = message.createdAt;
        return engine.clientSaid(sessionId, text);
      }
      case "closeSession":
        store.close(sessionId, (request.body as CloseSessionRequest | undefined)?.result);
        return;
      case "listSessionMessages": {
        const q = request.query;
        const query: ListSessionMessagesQuery = {
          from: q.from as string | undefined,
          to: q.to as string | undefined,
          limit: numberOr(q.limit),
          offset: numberOr(q.offset),
          sort: q.sort as ListSessionMessagesQuery["sort"],
        };
        answer.body = store.page(sessionId, query);
        return;
      }
      default:
        return;
    }
  };
}
