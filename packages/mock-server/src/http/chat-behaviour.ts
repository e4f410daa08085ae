import { randomUUID } from "node:crypto";
import type { OperationId } from "@twin-chat/api-types";
import type { ScenarioEngine } from "../scenario/engine.js";
import { newMessage, type SessionStore } from "../state/session-store.js";
import type { RequestBodyOf, SuccessBodyOf } from "./operation-types.js";

/** One successful exchange of operation `Op`, its bodies typed from the spec, which {@link chatBehaviour} completes. */
export interface Exchange<Op extends OperationId = OperationId> {
  /** The operation of the spec that the request matched. */
  operation: Op;
  /** The decoded path parameters. */
  params: Record<string, string>;
  /** The request's body, as Prism checked it against the spec. */
  body: RequestBodyOf<Op>;
  /** The request's query, each value as given (a repeated key gives an array). */
  query: Record<string, string | string[]>;
  /** The answer Prism made from the spec, which the hook may change before it is sent. */
  answer: { statusCode: number; body: SuccessBodyOf<Op> };
}

/** A successful exchange of any operation, narrowed by its `operation`. */
export type AnyExchange = { [Op in OperationId]: Exchange<Op> }[OperationId];

/** What the mock adds to one successful answer of Prism. */
export type AnswerHook = (exchange: AnyExchange) => void;

const numberOr = (value: unknown) => (typeof value === "string" && value !== "" ? Number(value) : undefined);
const stringOr = (value: unknown) => (typeof value === "string" ? value : undefined);

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
  function sessionStarted(exchange: Exchange<"startChatSession"> | Exchange<"continueChatSession">): void {
    const body = exchange.body ?? {};
    const session = exchange.answer.body;
    session.id = body.sessionId ?? randomUUID();
    store.session(session.id, exchange.params.chatId);
    if (body.messageBody) store.add(newMessage(session.id, "CLIENT", body.messageBody));
    const inline = body.returnAnswerAsync !== true && (session.messages?.length ?? 0) > 0;
    if (inline) return;
    session.messages = [];
    if (body.messageBody) engine.clientSaid(session.id, body.messageBody);
    else if (exchange.operation === "startChatSession") engine.sessionStarted(session.id);
  }

  return (exchange) => {
    const sessionId = exchange.params.sessionId ?? "";
    switch (exchange.operation) {
      case "startChatSession":
      case "continueChatSession":
        return sessionStarted(exchange);
      case "createClientMessage": {
        const created = exchange.answer.body;
        const text = exchange.body.body;
        const message = store.add(newMessage(sessionId, "CLIENT", text));
        created.id = message.id;
        created.createdAt = message.createdAt;
        return engine.clientSaid(sessionId, text);
      }
      case "closeSession":
        store.close(sessionId, exchange.body?.result);
        return;
      case "listSessionMessages": {
        const q = exchange.query;
        exchange.answer.body = store.page(sessionId, {
          from: stringOr(q.from),
          to: stringOr(q.to),
          limit: numberOr(q.limit),
          offset: numberOr(q.offset),
          sort: stringOr(q.sort),
        });
        return;
      }
      default:
        return;
    }
  };
}
