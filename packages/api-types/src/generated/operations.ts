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

/** HTTP method, path template and host of every operation in the spec, keyed by operationId. */
export const operationRoutes = {
  "continueChatSession": {
    "method": "put",
    "path": "/api/chats/v1/chats/{chatId}/sessions",
    "host": "widget"
  },
  "startChatSession": {
    "method": "post",
    "path": "/api/chats/v1/chats/{chatId}/sessions",
    "host": "widget"
  },
  "listSessionMessages": {
    "method": "get",
    "path": "/api/v1/sessions/{sessionId}/messages",
    "host": "chats"
  },
  "createClientMessage": {
    "method": "post",
    "path": "/api/v1/sessions/{sessionId}/messages",
    "host": "chats"
  },
  "getSession": {
    "method": "get",
    "path": "/api/v1/sessions/{sessionId}",
    "host": "chats"
  },
  "closeSession": {
    "method": "delete",
    "path": "/api/v1/sessions/{sessionId}",
    "host": "chats"
  },
  "markMessageRead": {
    "method": "patch",
    "path": "/api/v1/messages/{messageId}/read",
    "host": "chats"
  },
  "uploadFiles": {
    "method": "post",
    "path": "/api/v1/files",
    "host": "files"
  }
} as const;

/** An operationId of the spec. */
export type OperationId = keyof typeof operationRoutes;
