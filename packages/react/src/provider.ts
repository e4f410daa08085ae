import type { Chat, ChatOptions } from "@twin-chat/chat";
import { createContext, createElement, type ReactNode, useRef } from "react";

/**
 * What every conversation below a {@link TwinChatProvider} shares: how to reach the API (`baseUrl`, `client`, …)
 * and where to keep sessions (`storage`). `chatId` and `sessionId` belong to each {@link useConversation} call.
 */
export interface TwinChatConfig extends Omit<ChatOptions, "chatId" | "sessionId"> {
  /** Opens a conversation; default `openChat` of `@twin-chat/chat`. Replace it to count or fake conversations. */
  open?: (options: ChatOptions) => Chat;
}

/** Props of {@link TwinChatProvider}. */
export interface TwinChatProviderProps {
  /**
   * The configuration. An equal one on a re-render (the same values, even in new objects written inline) keeps
   * every conversation open; a different one closes them and opens new ones.
   */
  config: TwinChatConfig;
  /** The app. */
  children?: ReactNode;
}

/** The configuration of the nearest {@link TwinChatProvider}; empty without one. */
export const TwinChatContext = createContext<TwinChatConfig>({});

/** Gives every {@link useConversation} below it the client configuration. */
export function TwinChatProvider({ config, children }: TwinChatProviderProps) {
  const stable = useRef(config);
  if (!sameConfig(stable.current, config)) stable.current = config;
  return createElement(TwinChatContext.Provider, { value: stable.current }, children);
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  (Array.isArray(value) || [Object.prototype, null].includes(Object.getPrototypeOf(value)));

/**
 * Whether two configurations hold the same values: plain objects and arrays (such as `realtime` or `headers`
 * written inline) compared key by key, anything else (functions, `localStorage`, a client) by identity.
 */
export const sameConfig = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => sameConfig(a[k], b[k]));
};
