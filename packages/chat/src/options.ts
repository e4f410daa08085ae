import type { StartChatSessionRequest } from "@twin-chat/api-types";
import { createTwinClient, type TwinClient, type TwinClientOptions } from "@twin-chat/client";
import type { ConnectOptions } from "@twin-chat/realtime";
import { invalidInput } from "./errors.js";

/** Where the chat keeps its session id between page loads: `localStorage`, `sessionStorage` or any look-alike. */
export interface SessionStore {
  /** Returns the stored value of `key`, or null. */
  getItem(key: string): string | null;
  /** Stores `value` under `key`. */
  setItem(key: string, value: string): void;
  /** Forgets `key`. */
  removeItem(key: string): void;
}

/**
 * The chat's own options: which conversation (`chatId`, `sessionId` or both), a ready `client`, realtime, and where
 * to keep the session for the next page load. Every other key of {@link ChatOptions} is the client's.
 */
export interface ChatOwnOptions {
  /** The chat to talk in: a new session starts in it, or the stored one (see `storage`) continues. */
  chatId?: string;
  /** An existing session to open. With `chatId`, it is continued (`continueSession`); alone, it is joined as it is. */
  sessionId?: string;
  /** Body of `startSession` / `continueSession`, such as `name` or `messageBody`. Default `returnAnswerAsync: true`. */
  start?: StartChatSessionRequest;
  /**
   * Keeps the session id, so that a reloaded page continues the same conversation: `localStorage`,
   * `sessionStorage` or any {@link SessionStore}. Default: none (nothing is kept).
   */
  storage?: SessionStore;
  /** Key under which `storage` keeps the session id. Default `twin-chat:<chatId>` (or `twin-chat:session`). */
  storageKey?: string;
  /** A ready client, instead of the client's options (which must then be left out): it keeps its own. */
  client?: TwinClient;
  /**
   * Share one realtime connection with the other tabs of the origin that follow the same session: one tab holds it
   * (a Web Lock), the others hear it through a `BroadcastChannel`. Default `true` where the browser has both.
   */
  shareConnection?: boolean;
  /**
   * Options of `connectSession`: `baseUrl` (default: the client's `baseUrls.chats`), `path`, `auth`, `events`,
   * `socket`, `since`, `historyPageSize`.
   */
  realtime?: Partial<Omit<ConnectOptions, "sessionId" | "history">>;
}

/**
 * Options of {@link openChat}: the chat's own (`ChatOwnOptions`) beside the client's (`baseUrl`, `timeoutMs`,
 * `retry`, …), which all go to `createTwinClient` as given, or a ready `client`.
 */
export interface ChatOptions extends ChatOwnOptions, TwinClientOptions {}

/** {@link ChatOptions} after validation: the client made or given, the realtime origin and storage key worked out. */
export interface ResolvedChatOptions {
  chatId: string | undefined;
  sessionId: string | undefined;
  client: TwinClient;
  realtime: Omit<ConnectOptions, "sessionId" | "history">;
  storage: SessionStore | undefined;
  storageKey: string;
  shareConnection: boolean;
}

const nonEmpty = (field: string, value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") throw invalidInput(field, "must be a non-empty string");
  return value;
};

/** Splits `options` into the chat's own and the client's: every key that is not the chat's goes to the client. */
export function clientOptions(options: ChatOptions) {
  const { chatId, sessionId, start, storage, storageKey, client, shareConnection, realtime, ...http } = options;
  return http;
}

/** Checks `options`, throwing a {@link ChatError} that names the first field at fault; makes the client if none is given. */
export function resolveChatOptions(options: ChatOptions): ResolvedChatOptions {
  if (typeof options !== "object" || options === null) throw invalidInput("options", "must be an object");
  const chatId = nonEmpty("chatId", options.chatId);
  const sessionId = nonEmpty("sessionId", options.sessionId);
  const storageKey = nonEmpty("storageKey", options.storageKey) ?? `twin-chat:${chatId ?? "session"}`;
  if (chatId === undefined && sessionId === undefined) {
    throw invalidInput("chatId", "or sessionId is required: which conversation to open");
  }
  const storage = options.storage;
  if (storage !== undefined) {
    for (const method of ["getItem", "setItem", "removeItem"] as const) {
      if (typeof storage?.[method] !== "function") throw invalidInput(`storage.${method}`, "must be a function");
    }
  }
  const { shareConnection = true } = options;
  if (typeof shareConnection !== "boolean") throw invalidInput("shareConnection", "must be a boolean");
  const http = clientOptions(options);
  for (const [key, value] of Object.entries(http)) {
    if (options.client && value !== undefined) throw invalidInput(key, "must be left out: the client has its own");
  }
  const client = options.client ?? createTwinClient(http);
  const realtime = { baseUrl: client.baseUrls.chats, ...options.realtime };
  return { chatId, sessionId, client, realtime, storage, storageKey, shareConnection };
}
