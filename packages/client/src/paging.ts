/**
 * Paging through a session's whole history, apart from the main entry so that apps that read one page at a
 * time do not bundle it.
 *
 * @packageDocumentation
 */
import type { ChatMessage, ListSessionMessagesQuery } from "@twin-chat/api-types";
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
export async function* allMessages(
  twin: TwinClient,
  sessionId: string,
  query: ListSessionMessagesQuery = {},
  init?: CallOptions,
): AsyncGenerator<ChatMessage, void, undefined> {
  const limit = query.limit ?? 100;
  for (let offset = query.offset ?? 0; ; offset += limit) {
    const page = await twin.listMessages(sessionId, { ...query, limit, offset }, init);
    yield* page.items;
    if (page.items.length < limit || offset + limit >= page.count) return;
  }
}
