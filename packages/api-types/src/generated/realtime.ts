/**
 * Generated from spec/ by packages/api-types/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
import type { components } from "./openapi.js";

/** Wire names of the events the server sends to a client, keyed by their name in asyncapi.yaml. All assumed. */
export const serverEvents = {
  "message": "message",
  "typing": "typing",
  "messageRead": "message:read",
  "sessionClosed": "session:closed"
} as const;

/** Wire names of the events a client sends to the server, keyed by their name in asyncapi.yaml. All assumed. */
export const clientEvents = {
  "clientTyping": "typing",
  "clientRead": "message:read"
} as const;

/** Connection defaults of asyncapi.yaml: Socket.IO path, the handshake `auth` key of the session id, and host. */
export const realtimeDefaults = {
  "path": "/socket.io",
  "authKey": "sessionId",
  "host": "chats-api.twin24.ai"
} as const;

/** Payload of each server → client event, keyed like {@link serverEvents}. */
export interface ServerEventPayloads {
  /** Payload of `message`. */
  message: components["schemas"]["ChatMessage"];
  /** Payload of `typing`. */
  typing: components["schemas"]["TypingEvent"];
  /** Payload of `message:read`. */
  messageRead: components["schemas"]["MessageReadEvent"];
  /** Payload of `session:closed`. */
  sessionClosed: components["schemas"]["SessionClosedEvent"];
}

/** Payload of each client → server event, keyed like {@link clientEvents}. */
export interface ClientEventPayloads {
  /** Payload of `typing`. */
  clientTyping: components["schemas"]["ClientTypingEvent"];
  /** Payload of `message:read`. */
  clientRead: components["schemas"]["ClientReadEvent"];
}

/** Socket.IO event map of the server → client events, keyed by wire name, as `Socket<ServerToClientEvents, …>` takes it. */
export interface ServerToClientEvents {
  /** `message`: one argument, its payload. */
  "message": (payload: components["schemas"]["ChatMessage"]) => void;
  /** `typing`: one argument, its payload. */
  "typing": (payload: components["schemas"]["TypingEvent"]) => void;
  /** `message:read`: one argument, its payload. */
  "message:read": (payload: components["schemas"]["MessageReadEvent"]) => void;
  /** `session:closed`: one argument, its payload. */
  "session:closed": (payload: components["schemas"]["SessionClosedEvent"]) => void;
}

/** Socket.IO event map of the client → server events, keyed by wire name, as `Socket<…, ClientToServerEvents>` takes it. */
export interface ClientToServerEvents {
  /** `typing`: one argument, its payload. */
  "typing": (payload: components["schemas"]["ClientTypingEvent"]) => void;
  /** `message:read`: one argument, its payload. */
  "message:read": (payload: components["schemas"]["ClientReadEvent"]) => void;
}
