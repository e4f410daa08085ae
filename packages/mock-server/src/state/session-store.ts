import { randomUUID } from "node:crypto";
import type {
  Attachment,
  AuthorType,
  ChatMessage,
  ListSessionMessagesQuery,
  MessagePage,
  MessageReadEvent,
  SessionClosedEvent,
  TypingEvent,
} from "@twin-chat/api-types";
import { Emitter, evictOldest, throwLater } from "@twin-chat/api-types";

/** The mock bot's author id, the same in every session. */
export const BOT_ID = "00000000-0000-4000-8000-00000000b07a";

/** What a message says besides who wrote it: its text and what it offers the client. */
export interface MessageContent {
  body: string;
  answers?: string[];
  /** Free-form actions; a `ChatMessage` carries them as its `keyboard`. */
  actions?: Record<string, unknown>[];
  attachments?: Attachment[];
  /** The message's `type`. Default `TEXT`. */
  type?: string;
}

/** Who writes a message: the client, the bot, or an operator with a name. */
export interface Author {
  type: AuthorType;
  id?: string | null;
  name?: string | null;
}

const BOT: Author = { type: "BOT", id: BOT_ID, name: "Mock bot" };

/** Builds a message as the realtime channel and the history carry it. */
export function newMessage(
  sessionId: string,
  author: Author | "BOT" | "CLIENT",
  content: MessageContent | string,
  id: string = randomUUID(),
): ChatMessage {
  const who = author === "BOT" ? BOT : author === "CLIENT" ? { type: "CLIENT" } : author;
  const what = typeof content === "string" ? { body: content } : content;
  const now = new Date().toISOString();
  return {
    id,
    sessionId,
    authorId: who.id ?? null,
    authorType: who.type,
    authorName: who.name ?? null,
    type: what.type ?? "TEXT",
    body: what.body,
    answers: what.answers ?? [],
    keyboard: what.actions ?? null,
    attachments: what.attachments ?? [],
    replyTo: null,
    readAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** An operator present in a session. */
export interface Operator {
  id: string;
  name: string;
}

/** What the mock knows of one session. */
export interface SessionRecord {
  id: string;
  /** The chat it was started in, when it was started through the mock. */
  chatId: string | undefined;
  startedAt: string;
  closedAt: string | undefined;
  /** The operator who joined and has not left. */
  operator: Operator | undefined;
  messages: ChatMessage[];
  /** How many messages the client has written. */
  clientMessages: number;
}

/**
 * Everything that happens in the store, in order. Adapters (the Socket.IO server, the console's event stream)
 * subscribe and carry each event on; `origin` names the socket a client event came from, so that it is not echoed.
 */
export type StoreEvent =
  | { type: "session"; session: SessionRecord }
  | { type: "message"; message: ChatMessage }
  | { type: "typing"; typing: TypingEvent; origin?: string }
  | { type: "read"; read: MessageReadEvent }
  | { type: "closed"; closed: SessionClosedEvent }
  | { type: "drop"; sessionId: string }
  | { type: "reset" };

/** Receives every {@link StoreEvent}. */
export type StoreListener = (event: StoreEvent) => void;

/** Most sessions the store keeps; the least recently active is forgotten past this. */
export const MAX_SESSIONS = 1_000;
/** Most messages the store keeps per session; the oldest is forgotten past this. */
export const MAX_MESSAGES = 1_000;

/**
 * The sessions the mock has seen and their messages, in memory, as a plain object that knows nothing of HTTP or
 * Socket.IO: every change is an event for its subscribers. Bounded by `MAX_SESSIONS` and `MAX_MESSAGES`,
 * so that a long-running mock does not grow.
 */
export class SessionStore {
  readonly #sessions = new Map<string, SessionRecord>();
  readonly #events = new Emitter<{ event: StoreEvent }>(throwLater);
  /** Open realtime connections by session; a session without any has no entry. */
  readonly #sockets = new Map<string, number>();

  /**
   * Calls `listener` with every event from now on; returns the function that stops it. A listener that throws does
   * not stop the others: its error is thrown again in a microtask (the mock's bug, surfaced).
   */
  subscribe(listener: StoreListener): () => void {
    return this.#events.on("event", listener);
  }

  #emit(event: StoreEvent): void {
    this.#events.emit("event", event);
  }

  /** The session `sessionId`, created (and announced) on first sight. */
  session(sessionId: string, chatId?: string): SessionRecord {
    let session = this.#sessions.get(sessionId);
    if (session) {
      this.#sessions.delete(sessionId); // re-insert: the map's order is recency
      this.#sessions.set(sessionId, session);
      session.chatId ??= chatId;
      return session;
    }
    session = {
      id: sessionId,
      chatId,
      startedAt: new Date().toISOString(),
      closedAt: undefined,
      operator: undefined,
      messages: [],
      clientMessages: 0,
    };
    this.#sessions.set(sessionId, session);
    evictOldest(this.#sessions, MAX_SESSIONS);
    this.#emit({ type: "session", session });
    return session;
  }

  /** Every session, most recently active last. */
  sessions(): SessionRecord[] {
    return [...this.#sessions.values()];
  }

  /** Counts a realtime connection of `sessionId` that opened (`1`) or closed (`-1`). */
  countSocket(sessionId: string, change: 1 | -1): void {
    const count = this.sockets(sessionId) + change;
    if (count > 0) this.#sockets.set(sessionId, count);
    else this.#sockets.delete(sessionId);
  }

  /** How many realtime connections of `sessionId` are open now. */
  sockets(sessionId: string): number {
    return this.#sockets.get(sessionId) ?? 0;
  }

  /** The session `sessionId`, if the mock has seen it. */
  find(sessionId: string): SessionRecord | undefined {
    return this.#sessions.get(sessionId);
  }

  /** Appends `message` to its session's history, announces it and returns it. */
  add(message: ChatMessage): ChatMessage {
    const session = this.session(message.sessionId);
    session.messages.push(message);
    if (message.authorType === "CLIENT") session.clientMessages += 1;
    if (session.messages.length > MAX_MESSAGES) session.messages.shift();
    this.#emit({ type: "message", message });
    return message;
  }

  /** Announces that someone in the session started or stopped typing. */
  typing(typing: TypingEvent, origin?: string): void {
    this.#emit({ type: "typing", typing, origin });
  }

  /** Marks a message read and announces it; the time is now when the mock does not know the message. */
  markRead(sessionId: string, messageId: string): MessageReadEvent {
    const message = this.#sessions.get(sessionId)?.messages.find((m) => m.id === messageId);
    if (message) message.readAt ??= new Date().toISOString();
    const read = { sessionId, messageId, readAt: message?.readAt ?? new Date().toISOString() };
    this.#emit({ type: "read", read });
    return read;
  }

  /** Sets or clears the session's operator. */
  setOperator(sessionId: string, operator: Operator | undefined): void {
    this.session(sessionId).operator = operator;
  }

  /** Closes the session and announces it (adapters then disconnect its sockets). */
  close(sessionId: string, reason?: string): SessionClosedEvent {
    const session = this.session(sessionId);
    session.closedAt = new Date().toISOString();
    const closed = { sessionId, closedAt: session.closedAt, ...(reason ? { reason } : {}) };
    this.#emit({ type: "closed", closed });
    return closed;
  }

  /** Announces that the session's realtime connections should drop, as a network failure would. */
  drop(sessionId: string): void {
    this.#emit({ type: "drop", sessionId });
  }

  /** Forgets every session. */
  reset(): void {
    this.#sessions.clear();
    this.#emit({ type: "reset" });
  }

  /** One page of a session's history, filtered by time and sorted by `createdAt` (`-createdAt` for newest first). */
  page(sessionId: string, query: ListSessionMessagesQuery): MessagePage {
    const from = query.from ? Date.parse(query.from) : -Infinity;
    const to = query.to ? Date.parse(query.to) : Infinity;
    const matching = (this.#sessions.get(sessionId)?.messages ?? []).filter((m) => {
      const at = Date.parse(m.createdAt);
      return at >= from && at <= to;
    });
    if (query.sort?.startsWith("-")) matching.reverse();
    const offset = query.offset ?? 0;
    return { count: matching.length, items: matching.slice(offset, offset + (query.limit ?? 100)) };
  }
}
