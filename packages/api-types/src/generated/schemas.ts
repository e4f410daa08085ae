/**
 * Generated from spec/openapi.yaml by packages/api-types/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
import type { components } from "./openapi.js";

/** A UUID, as in the vendor page's examples. */
export type Uuid = components["schemas"]["Uuid"];

/** Body of `startChatSession`. */
export type StartChatSessionRequest = components["schemas"]["StartChatSessionRequest"];

/** A started chat session. */
export type ChatSession = components["schemas"]["ChatSession"];

/** A message of a session as returned when the session starts. */
export type SessionMessage = components["schemas"]["SessionMessage"];

/** A file attached to a message. */
export type Attachment = components["schemas"]["Attachment"];

/** Body of `createClientMessage`. */
export type CreateClientMessageRequest = components["schemas"]["CreateClientMessageRequest"];

/** The id and time of a created message. */
export type CreatedMessage = components["schemas"]["CreatedMessage"];

/** A message of a session as the message history and the realtime channel carry it. */
export type ChatMessage = components["schemas"]["ChatMessage"];

/** One page of a session's messages, and how many there are in all. */
export type MessagePage = components["schemas"]["MessagePage"];

/** Error body. */
export type ErrorBody = components["schemas"]["ErrorBody"];
