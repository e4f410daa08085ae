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
  closeSessionRoute,
  continueChatSessionRoute,
  getSessionRoute,
  markMessageReadRoute,
  type SessionDetails,
} from "@twin-chat/api-types";
import { json, type TwinClient } from "./client.js";
import type { CallOptions } from "./options.js";

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
export function continueSession(
  twin: TwinClient,
  chatId: string,
  body: ContinueChatSessionRequest = {},
  init?: CallOptions,
): Promise<ChatSession> {
  return json(twin, continueChatSessionRoute, { params: { path: { chatId } }, body }, init);
}

/** Reads the details of the session `sessionId` (`getSession`; from the vendor's SDK). */
export function getSession(twin: TwinClient, sessionId: string, init?: CallOptions): Promise<SessionDetails> {
  return json(twin, getSessionRoute, { params: { path: { sessionId } } }, init);
}

/** Closes the session `sessionId`, optionally recording its `result` (`closeSession`; from the vendor's SDK). */
export async function closeSession(
  twin: TwinClient,
  sessionId: string,
  body?: CloseSessionRequest,
  init?: CallOptions,
): Promise<void> {
  await twin.call(closeSessionRoute, { params: { path: { sessionId } }, body }, init);
}

/** Marks the message `messageId` read (`markMessageRead`; from the vendor's SDK). */
export async function markRead(twin: TwinClient, messageId: string, init?: CallOptions): Promise<void> {
  await twin.call(markMessageReadRoute, { params: { path: { messageId } } }, init);
}
