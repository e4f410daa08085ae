/**
 * One object for a whole TWIN chat conversation, on `@twin-chat/client` and `@twin-chat/realtime`: history and
 * live messages in one ordered list, sends shown at once and retried without duplicates, typing, read receipts and
 * the connection status, behind `subscribe` and `getSnapshot` for any UI framework.
 *
 * @packageDocumentation
 */

export {
  isTwinError,
  mayBeRetried,
  mayHaveReachedServer,
  TwinError,
  type TwinErrorCode,
  type TwinErrorDetails,
} from "@twin-chat/api-types";
export type { RetryOptions } from "@twin-chat/client";
export { type Chat, type ChatSnapshot, type ChatStatus, openChat, type SendOptions } from "./chat.js";
export { ChatError, type ChatErrorCode } from "./errors.js";
export type { ConversationMessage, MessageState } from "./messages.js";
export type { ChatOptions, ChatOwnOptions, SessionStore } from "./options.js";
