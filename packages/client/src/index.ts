/**
 * A thin, typed HTTP client for the TWIN chat API on openapi-fetch, with typed errors, per-attempt timeouts
 * and retries.
 *
 * @packageDocumentation
 */
export { createTwinClient, type TwinClient } from "./client.js";
export type { CallOptions, FetchLike, TwinClientOptions } from "./options.js";
export { RETRY_DEFAULTS, type RetryOptions } from "./retry.js";
export { TwinApiError, TwinError, TwinNetworkError, TwinTimeoutError, TwinValidationError } from "./errors.js";
export type { TwinProblem } from "./problems.js";
export type {
  Attachment,
  ChatSession,
  CreateClientMessageRequest,
  CreatedMessage,
  SessionMessage,
  StartChatSessionRequest,
} from "@twin-chat/api-types";
