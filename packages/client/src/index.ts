/**
 * A thin, typed HTTP client for the TWIN chat API on openapi-fetch, with typed errors, per-attempt timeouts
 * and retries.
 *
 * @packageDocumentation
 */

export type {
  Attachment,
  ChatMessage,
  ChatSession,
  CloseSessionRequest,
  ContinueChatSessionRequest,
  CreateClientMessageRequest,
  CreatedMessage,
  FileDescriptor,
  ListSessionMessagesQuery,
  MessagePage,
  SessionDetails,
  SessionMessage,
  StartChatSessionRequest,
  TwinProblem,
} from "@twin-chat/api-types";
export {
  mayBeRetried,
  TwinError,
  type TwinErrorCode,
  type TwinErrorDetails,
} from "@twin-chat/api-types";
export type { OperationInit, OperationResponse } from "./call.js";
export { createTwinClient, type TwinClient } from "./client.js";
export {
  TwinApiError,
  type TwinClientErrorCode,
  TwinNetworkError,
  TwinTimeoutError,
  TwinValidationError,
} from "./errors.js";
export type { CallOptions, FetchLike, TokenProvider, TwinClientOptions } from "./options.js";
export type { RetryOptions } from "./retry.js";
