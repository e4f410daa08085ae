import {
  absoluteUrl,
  type ChatMessage,
  clientEvents,
  type ListSessionMessagesQuery,
  type MessagePage,
  serverEvents,
} from "@twin-chat/api-types";
import type { ManagerOptions, SocketOptions } from "socket.io-client";
import { invalidInput, type RealtimeError } from "./errors.js";

/** Wire name of every event, keyed by its name in spec/asyncapi.yaml. All are assumed by the spec, so all can be overridden. */
export type EventNames = Record<keyof typeof serverEvents | keyof typeof clientEvents, string>;

/** Reads a page of a session's message history; `(id, q) => twin.listMessages(id, q)` with `@twin-chat/client`. */
export type HistoryReader = (sessionId: string, query: ListSessionMessagesQuery) => Promise<MessagePage>;

/**
 * A place in a session's messages: the `id` and `createdAt` of the last message the app already has. Messages
 * created at or after `createdAt` are delivered, except `id` itself.
 */
export type MessageCursor = Pick<ChatMessage, "id" | "createdAt">;

/** Options of {@link connectSession}. */
export interface ConnectOptions {
  /**
   * Where the realtime server is: its Socket.IO origin, such as the mock's `http://127.0.0.1:4010` (`ws(s)` too).
   * `@twin-chat/chat` defaults it to its client's `baseUrls.chats`.
   */
  baseUrl: string;
  /** The chat session to follow (`ChatSession.id`). */
  sessionId: string;
  /** Socket.IO path. Default from the spec: `/socket.io` (assumed). */
  path?: string;
  /** Key of the session id in the handshake's `auth`. Default from the spec: `sessionId` (assumed). */
  authKey?: string;
  /** More handshake `auth` fields, such as a token. */
  auth?: Record<string, unknown>;
  /** Wire event names that differ from the spec's (all of which are assumed). */
  events?: Partial<EventNames>;
  /**
   * Reads the HTTP history, to catch up on every connect (the first included) from the last message delivered,
   * or from {@link ConnectOptions.since}. Without it, nothing is caught up and a `gap` event says where to resume.
   */
  history?: HistoryReader;
  /**
   * Where the app's messages stop, so that only later ones are delivered: the last message it already has (after
   * a page reload, say), or an ISO time (messages created at or after it). Default: the session's first message.
   */
  since?: MessageCursor | string;
  /** Page size for {@link ConnectOptions.history}. Default `100`. */
  historyPageSize?: number;
  /** Options passed to socket.io-client's `io()`, such as `transports` or `reconnectionDelayMax`. */
  socket?: Partial<ManagerOptions & SocketOptions>;
}

/** Checks the options {@link connectSession} cannot work without; throws {@link RealtimeError} naming the field. */
export function checkOptions(options: ConnectOptions): void {
  if (!options || typeof options !== "object") throw invalidInput("options", "must be an object");
  const { baseUrl } = options;
  if (!absoluteUrl(baseUrl, /^(http|ws)s?:$/)) {
    throw invalidInput("baseUrl", `must be an absolute http(s) or ws(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (typeof options.sessionId !== "string" || options.sessionId.trim() === "") {
    throw invalidInput("sessionId", "must be a non-empty string");
  }
  const { since } = options;
  if (since !== undefined && Number.isNaN(Date.parse(typeof since === "string" ? since : String(since?.createdAt)))) {
    throw invalidInput("since", "must be an ISO date-time or a message's { id, createdAt }");
  }
  const size = options.historyPageSize;
  if (size !== undefined && (!Number.isInteger(size) || size < 1 || size > 1000)) {
    throw invalidInput("historyPageSize", `must be a whole number from 1 to 1000, got ${size}`);
  }
}

/** The wire names in force: the spec's, with the overrides of `events`. */
export function eventNames(events: Partial<EventNames> = {}): EventNames {
  return { ...serverEvents, ...clientEvents, ...events };
}
