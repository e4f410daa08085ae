import { type Chat, ChatError, type ChatOptions, type ChatSnapshot, openChat } from "@twin-chat/chat";
import { useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { TwinChatContext } from "./provider.js";
import { ConversationSlot } from "./slot.js";

/** Options of {@link useConversation}: which conversation, plus any chat option that differs from the provider's. */
export type UseConversationOptions = ChatOptions;

/** The chat's actions, callable from event handlers; each throws a `ChatError` (`closed`) while nothing is open. */
export type ConversationActions = Pick<Chat, "send" | "resend" | "discard" | "setTyping" | "markRead">;

/** What {@link useConversation} returns: the chat's snapshot, its actions, and the chat object itself once open. */
export interface ConversationView extends ChatSnapshot, ConversationActions {
  /** The open chat (for `ready()` or `client`); undefined before the first effect, on the server and after unmount. */
  readonly chat: Chat | undefined;
}

/** The snapshot before the chat opens (first render, server rendering): opening, with no messages. */
const OPENING: ChatSnapshot = Object.freeze({
  status: "opening",
  sessionId: undefined,
  messages: Object.freeze([]),
  typing: Object.freeze([]),
  caughtUp: false,
  queued: 0,
  error: undefined,
});

/**
 * Opens the conversation `options` names (merged over the {@link TwinChatProvider}'s configuration) when the
 * component mounts, follows it through `useSyncExternalStore`, and closes it on unmount. It reopens only when
 * `chatId`, `sessionId` or the provider's configuration change; other options are read when it opens.
 * StrictMode's double mount keeps one chat (one socket), and server rendering opens nothing.
 *
 * @example
 * ```tsx
 * const { messages, status, send } = useConversation({ chatId: "support" });
 * ```
 */
export function useConversation(options: UseConversationOptions): ConversationView {
  const config = useContext(TwinChatContext);
  const [slot] = useState(() => new ConversationSlot<Chat, ChatSnapshot>(OPENING));
  const latest = useRef(options);
  latest.current = options;
  const { chatId, sessionId } = options;
  useEffect(() => {
    const { open = openChat, ...shared } = config;
    return slot.acquire([config, chatId, sessionId], () => open({ ...shared, ...latest.current }));
  }, [slot, config, chatId, sessionId]);
  const snapshot = useSyncExternalStore(slot.subscribe, slot.getSnapshot, slot.getServerSnapshot);
  const actions = useMemo(() => bindActions(() => slot.current), [slot]);
  return { ...snapshot, ...actions, chat: slot.current };
}

/** Actions that call the chat open at the time of the call. */
function bindActions(current: () => Chat | undefined): ConversationActions {
  const open = (action: keyof ConversationActions): Chat => {
    const chat = current();
    if (!chat) throw new ChatError("closed", `${action}: the conversation is not open (not mounted yet, or unmounted)`);
    return chat;
  };
  return {
    send: (...args) => open("send").send(...args),
    resend: (...args) => open("resend").resend(...args),
    discard: (...args) => open("discard").discard(...args),
    setTyping: (...args) => open("setTyping").setTyping(...args),
    markRead: (...args) => open("markRead").markRead(...args),
  };
}
