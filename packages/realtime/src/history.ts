import type { ChatMessage } from "@twin-chat/api-types";
import type { HistoryReader } from "./options.js";

/** Every message of the session created at or after `from` (all of them without it), page after page. */
export async function readHistory(
  history: HistoryReader,
  sessionId: string,
  from: string | undefined,
  pageSize: number,
): Promise<ChatMessage[]> {
  const messages: ChatMessage[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await history(sessionId, { ...(from ? { from } : {}), limit: pageSize, offset });
    messages.push(...page.items);
    if (page.items.length < pageSize || offset + pageSize >= page.count) return messages;
  }
}
