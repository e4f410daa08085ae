/**
 * Generated from spec/ by packages/api-types/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */

/** Default base URL of each API host, keyed by the server's `x-host` name in the spec. */
export const hosts = {
  "chats": "https://chats-api.twin24.ai",
  "widget": "https://tcl.twin24.ai",
  "files": "https://iam.twin24.ai"
} as const;

/** Name of an API host, such as `widget` or `chats`. */
export type HostName = keyof typeof hosts;

/**
 * HTTP method, path template and host of every operation in the spec, keyed by operationId; whether it takes
 * the optional bearer token, and the query it always sends (`fixedQuery`).
 */
export const operationRoutes = {
  "continueChatSession": {"method":"put","path":"/api/chats/v1/chats/{chatId}/sessions","host":"widget","bearer":false,"fixedQuery":{"x_widget":1}},
  "startChatSession": {"method":"post","path":"/api/chats/v1/chats/{chatId}/sessions","host":"widget","bearer":false,"fixedQuery":{"x_widget":1}},
  "listSessionMessages": {"method":"get","path":"/api/v1/sessions/{sessionId}/messages","host":"chats","bearer":true},
  "createClientMessage": {"method":"post","path":"/api/v1/sessions/{sessionId}/messages","host":"chats","bearer":false},
  "getSession": {"method":"get","path":"/api/v1/sessions/{sessionId}","host":"chats","bearer":true},
  "closeSession": {"method":"delete","path":"/api/v1/sessions/{sessionId}","host":"chats","bearer":true},
  "markMessageRead": {"method":"patch","path":"/api/v1/messages/{messageId}/read","host":"chats","bearer":true},
  "uploadFiles": {"method":"post","path":"/api/v1/files","host":"files","bearer":true}
} as const;

/** An operationId of the spec. */
export type OperationId = keyof typeof operationRoutes;

/**
 * What a client needs to call each operation, keyed by operationId: its host, whether it takes the optional bearer
 * token, whether it is idempotent (so retried by default), and the query it always sends (`fixedQuery`).
 */
export const operationCalls = {
  "continueChatSession": {"host":"widget","bearer":false,"idempotent":true,"fixedQuery":{"x_widget":1}},
  "startChatSession": {"host":"widget","bearer":false,"idempotent":false,"fixedQuery":{"x_widget":1}},
  "listSessionMessages": {"host":"chats","bearer":true,"idempotent":true},
  "createClientMessage": {"host":"chats","bearer":false,"idempotent":false},
  "getSession": {"host":"chats","bearer":true,"idempotent":true},
  "closeSession": {"host":"chats","bearer":true,"idempotent":true},
  "markMessageRead": {"host":"chats","bearer":true,"idempotent":false},
  "uploadFiles": {"host":"files","bearer":true,"idempotent":false}
} as const;
