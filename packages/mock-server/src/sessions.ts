import { randomUUID } from "node:crypto";
import type { ChatMessage, MessagePage, operations } from "@twin-chat/api-types";

/** The mock bot's author id, the same in every session. */
export const BOT_ID = "00000000-0000-4000-8000-00000000b07a";

/** Builds a message as the realtime channel and the history carry it. */
export function newMessage(
  sessionId: string,
  authorType: "BOT" | "CLIENT",
  body: string,
  id: string = randomUUID(),
): ChatMessage {
  const now = new Date().toISOString();
  return {
    id,
    sessionId,
    authorId: authorType === "BOT" ? BOT_ID : null,
    authorType,
    authorName: authorType === "BOT" ? "Mock bot" : null,
    type: "TEXT",
    body,
    answers: [],
    keyboard: null,
    attachments: [],
    replyTo: null,
    readAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** Query of a history page, as `listSessionMessages` takes it. */
export type HistoryQuery = NonNullable<operations["listSessionMessages"]["parameters"]["query"]>;

/** Most sessions the store keeps; the least recently active is forgotten past this. */
export const MAX_SESSIONS = 1_000;
/** Most messages the store keeps per session; the oldest is forgotten past this. */
export const MAX_MESSAGES = 1_000;

/**
 * Messages of each session the mock has seen, kept in memory so that the history answers with real messages.
 * Bounded by {@link MAX_SESSIONS} and {@link MAX_MESSAGES}, so that a long-running mock does not grow.
 */
export class SessionStore {
  readonly #messages = new Map<string, ChatMessage[]>();

  /** Appends `message` to its session's history and returns it. */
  add(message: ChatMessage): ChatMessage {
    const list = this.#messages.get(message.sessionId) ?? [];
    this.#messages.delete(message.sessionId); // re-insert: the map's order is recency
    this.#messages.set(message.sessionId, list);
    list.push(message);
    if (list.length > MAX_MESSAGES) list.shift();
    if (this.#messages.size > MAX_SESSIONS) this.#messages.delete(this.#messages.keys().next().value!);
    return message;
  }

  /** Marks a message read; returns when, or undefined when the mock does not know it. */
  markRead(sessionId: string, messageId: string): string | undefined {
    const message = this.#messages.get(sessionId)?.find((m) => m.id === messageId);
    if (message) message.readAt ??= new Date().toISOString();
    return message?.readAt ?? undefined;
  }

  /** One page of a session's history, filtered by time and sorted by `createdAt` (`-createdAt` for newest first). */
  page(sessionId: string, query: HistoryQuery): MessagePage {
    const from = query.from ? Date.parse(query.from) : -Infinity;
    const to = query.to ? Date.parse(query.to) : Infinity;
    const matching = (this.#messages.get(sessionId) ?? []).filter((m) => {
      const at = Date.parse(m.createdAt);
      return at >= from && at <= to;
    });
    if (query.sort?.startsWith("-")) matching.reverse();
    const offset = query.offset ?? 0;
    return { count: matching.length, items: matching.slice(offset, offset + (query.limit ?? 100)) };
  }
}
