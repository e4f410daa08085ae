/**
 * React bindings for TWIN chat: a {@link TwinChatProvider} that holds the client configuration, and
 * {@link useConversation}, which follows one `@twin-chat/chat` conversation through `useSyncExternalStore`.
 *
 * @packageDocumentation
 */

export {
  type Chat,
  ChatError,
  type ChatOptions,
  type ChatSnapshot,
  type ChatStatus,
  type ConversationMessage,
  type MessageState,
  openChat,
  type SendOptions,
  type SessionStore,
} from "@twin-chat/chat";
export { type TwinChatConfig, TwinChatContext, TwinChatProvider, type TwinChatProviderProps } from "./provider.js";
export {
  type ConversationActions,
  type ConversationView,
  type UseConversationOptions,
  useConversation,
} from "./use-conversation.js";
