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

/** `continueChatSession`: PUT `/api/chats/v1/chats/{chatId}/sessions` on the `widget` host, always with `?x_widget=1`. */
export const continueChatSessionRoute = {"id":"continueChatSession","method":"put","path":"/api/chats/v1/chats/{chatId}/sessions","host":"widget","bearer":false,"idempotent":true,"fixedQuery":{"x_widget":1}} as const;

/** `startChatSession`: POST `/api/chats/v1/chats/{chatId}/sessions` on the `widget` host, always with `?x_widget=1`. */
export const startChatSessionRoute = {"id":"startChatSession","method":"post","path":"/api/chats/v1/chats/{chatId}/sessions","host":"widget","bearer":false,"idempotent":false,"fixedQuery":{"x_widget":1}} as const;

/** `listSessionMessages`: GET `/api/v1/sessions/{sessionId}/messages` on the `chats` host. */
export const listSessionMessagesRoute = {"id":"listSessionMessages","method":"get","path":"/api/v1/sessions/{sessionId}/messages","host":"chats","bearer":true,"idempotent":true} as const;

/** `createClientMessage`: POST `/api/v1/sessions/{sessionId}/messages` on the `chats` host. */
export const createClientMessageRoute = {"id":"createClientMessage","method":"post","path":"/api/v1/sessions/{sessionId}/messages","host":"chats","bearer":false,"idempotent":false} as const;

/** `getSession`: GET `/api/v1/sessions/{sessionId}` on the `chats` host. */
export const getSessionRoute = {"id":"getSession","method":"get","path":"/api/v1/sessions/{sessionId}","host":"chats","bearer":true,"idempotent":true} as const;

/** `closeSession`: DELETE `/api/v1/sessions/{sessionId}` on the `chats` host. */
export const closeSessionRoute = {"id":"closeSession","method":"delete","path":"/api/v1/sessions/{sessionId}","host":"chats","bearer":true,"idempotent":true} as const;

/** `markMessageRead`: PATCH `/api/v1/messages/{messageId}/read` on the `chats` host. */
export const markMessageReadRoute = {"id":"markMessageRead","method":"patch","path":"/api/v1/messages/{messageId}/read","host":"chats","bearer":true,"idempotent":false} as const;

/** `uploadFiles`: POST `/api/v1/files` on the `files` host. */
export const uploadFilesRoute = {"id":"uploadFiles","method":"post","path":"/api/v1/files","host":"files","bearer":true,"idempotent":false} as const;

/**
 * Every operation's table, keyed by operationId: method, path template, host, whether it takes the optional bearer
 * token (`bearer`), whether it is idempotent (so retried by default) and the query it always sends (`fixedQuery`).
 */
export const operationRoutes = {
  continueChatSession: continueChatSessionRoute,
  startChatSession: startChatSessionRoute,
  listSessionMessages: listSessionMessagesRoute,
  createClientMessage: createClientMessageRoute,
  getSession: getSessionRoute,
  closeSession: closeSessionRoute,
  markMessageRead: markMessageReadRoute,
  uploadFiles: uploadFilesRoute,
} as const;

/** An operationId of the spec. */
export type OperationId = keyof typeof operationRoutes;

/** One operation's table, as {@link operationRoutes} holds it. */
export type OperationRoute = (typeof operationRoutes)[OperationId];
