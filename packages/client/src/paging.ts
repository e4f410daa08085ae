/**
 * Paging through a session's whole history, apart from the main entry so that apps that read one page at a
 * time do not bundle it.
 *
 * @packageDocumentation
 */
import { allItems, type ChatMessage, type ListSessionMessagesQuery } from "@twin-chat/api-types";
import type { TwinClient } from "./client.js";
import type { CallOptions } from "./options.js";

/**
 * Every message of the session `sessionId` from `query.offset` on, fetched by `twin.listMessages` page after page
 * of `query.limit` (default 100) until the last.
 *
 * @example
 * ```ts
 * import { allMessages } from "@twin-chat/client/paging";
 * for await (const message of allMessages(twin, sessionId)) console.log(message.id);
 * ```
 */
export function allMessages(
  twin: TwinClient,
  sessionId: string,
  query: ListSessionMessagesQuery = {},
  init?: CallOptions,
): AsyncGenerator<ChatMessage, void, undefined> {
  const read = (offset: number, limit: number) => twin.listMessages(sessionId, { ...query, limit, offset }, init);
  return allItems(read, query.limit ?? 100, query.offset);
}
