import { realtimeDefaults, type StartChatSessionRequest } from "@twin-chat/api-types";
import type { TwinClient, TwinClientOptions } from "@twin-chat/client";
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
 * Options of {@link openChat}: which conversation (`chatId`, `sessionId` or both), how to reach the API (the
 * client's own options, or a ready `client`), and where to keep the session for the next page load.
 */
export interface ChatOptions extends TwinClientOptions {
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
  /** A client to use instead of creating one from the other options; give `baseUrl` too for the realtime URL. */
  client?: TwinClient;
  /** Socket.IO origin. Default: `baseUrl`, else `baseUrls.chats`, else the spec's realtime host. */
  realtimeUrl?: string;
  /**
   * Share one realtime connection with the other tabs of the origin that follow the same session: one tab holds it
   * (a Web Lock), the others hear it through a `BroadcastChannel`. Default `true` where the browser has both.
   */
  shareConnection?: boolean;
  /** More options of `connectSession`: `path`, `auth`, `events`, `socket`. */
  realtime?: Omit<ConnectOptions, "url" | "sessionId" | "history">;
}

/** {@link ChatOptions} after validation: the realtime URL and storage key worked out. */
export interface ResolvedChatOptions {
  chatId: string | undefined;
  sessionId: string | undefined;
  realtimeUrl: string;
  storage: SessionStore | undefined;
  storageKey: string;
  shareConnection: boolean;
}

const nonEmpty = (field: string, value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") throw invalidInput(field, "must be a non-empty string");
  return value;
};

/** Checks `options`, throwing a {@link ChatError} that names the first field at fault. */
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
  const url = options.realtimeUrl ?? options.baseUrl ?? options.baseUrls?.chats ?? `https://${realtimeDefaults.host}`;
  const field = options.realtimeUrl !== undefined ? "realtimeUrl" : "baseUrl";
  if (!/^(http|ws)s?:\/\/./.test(typeof url === "string" ? url : "")) {
    throw invalidInput(field, `must be an absolute http(s) or ws(s) URL, got ${JSON.stringify(url)}`);
  }
  const { shareConnection = true } = options;
  if (typeof shareConnection !== "boolean") throw invalidInput("shareConnection", "must be a boolean");
  return { chatId, sessionId, realtimeUrl: url, storage, storageKey, shareConnection };
}

/** The options of {@link ChatOptions} that belong to the HTTP client. */
export function clientOptions(options: ChatOptions): TwinClientOptions {
  const { baseUrl, baseUrls, fetch, headers, timeoutMs, retry, token } = options;
  return { baseUrl, baseUrls, fetch, headers, timeoutMs, retry, token };
}
