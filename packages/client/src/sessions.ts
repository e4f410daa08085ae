/**
 * The rest of a session's lifecycle, from the vendor's widget and SDK: continue, read, close, mark read. Apart
 * from the main entry so that apps that only start sessions and send messages (the vendor page's two calls) do
 * not bundle them.
 *
 * @packageDocumentation
 */
import {
  type ChatSession,
  type CloseSessionRequest,
  type ContinueChatSessionRequest,
  operationCalls,
  type SessionDetails,
} from "@twin-chat/api-types";
import { type AttemptInit, bodyOf } from "./call.js";
import type { TwinClient } from "./client.js";
import type { CallOptions } from "./options.js";
import { pathParam, sessionPath } from "./validate.js";

/**
 * Continues the chat's last session, or starts a new one (`continueChatSession`; from the vendor's widget), with
 * `twin`'s host, timeout, retries and errors.
 *
 * @example
 * ```ts
 * import { continueSession } from "@twin-chat/client/sessions";
 * const session = await continueSession(twin, "my-chat", { sessionId: savedId });
 * ```
 */
export async function continueSession(
  twin: TwinClient,
  chatId: string,
  body: ContinueChatSessionRequest = {},
  init?: CallOptions,
): Promise<ChatSession> {
  const params = {
    path: { chatId: pathParam("chatId", chatId) },
    query: operationCalls.continueChatSession.fixedQuery,
  };
  const send = (o: AttemptInit) => twin.raw.PUT("/api/chats/v1/chats/{chatId}/sessions", { ...o, params, body });
  return bodyOf("continueChatSession", await twin.call("continueChatSession", send, init));
}

/** Reads the details of the session `sessionId` (`getSession`; from the vendor's SDK). */
export async function getSession(twin: TwinClient, sessionId: string, init?: CallOptions): Promise<SessionDetails> {
  const params = sessionPath(sessionId);
  const send = (o: AttemptInit) => twin.raw.GET("/api/v1/sessions/{sessionId}", { ...o, params });
  return bodyOf("getSession", await twin.call("getSession", send, init));
}

/** Closes the session `sessionId`, optionally recording its `result` (`closeSession`; from the vendor's SDK). */
export async function closeSession(
  twin: TwinClient,
  sessionId: string,
  body?: CloseSessionRequest,
  init?: CallOptions,
): Promise<void> {
  const params = sessionPath(sessionId);
  await twin.call("closeSession", (o) => twin.raw.DELETE("/api/v1/sessions/{sessionId}", { ...o, params, body }), init);
}

/** Marks the message `messageId` read (`markMessageRead`; from the vendor's SDK). */
export async function markRead(twin: TwinClient, messageId: string, init?: CallOptions): Promise<void> {
  const params = { path: { messageId: pathParam("messageId", messageId) } };
  await twin.call(
    "markMessageRead",
    (o) => twin.raw.PATCH("/api/v1/messages/{messageId}/read", { ...o, params }),
    init,
  );
}
