import { createContext, createElement, type ReactNode, useRef } from "react";
import type { Chat, ChatOptions } from "./chat.js";

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
  /** The configuration; an equal object (the same values) on a re-render keeps every conversation open. */
  config: TwinChatConfig;
  /** The app. */
  children?: ReactNode;
}

/** The configuration of the nearest {@link TwinChatProvider}; empty without one. */
export const TwinChatContext = createContext<TwinChatConfig>({});

/** Gives every {@link useConversation} below it the client configuration. */
export function TwinChatProvider({ config, children }: TwinChatProviderProps) {
  const stable = useRef(config);
  if (!shallowEqual(stable.current, config)) stable.current = config;
  return createElement(TwinChatContext.Provider, { value: stable.current }, children);
}

const shallowEqual = (a: object, b: object): boolean => {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.is(a[k as keyof typeof a], b[k as keyof typeof b]))
  );
};
