/**
 * Generated from spec/ by packages/api-types/scripts/generate.mjs — do not edit.
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

/** Realtime event payload: someone in the session started or stopped typing. */
export type TypingEvent = components["schemas"]["TypingEvent"];

/** Realtime event payload, sent both ways: a message of the session was read. */
export type MessageReadEvent = components["schemas"]["MessageReadEvent"];

/** Realtime event payload: the session was closed by the operator, the bot, a timeout or the client. */
export type SessionClosedEvent = components["schemas"]["SessionClosedEvent"];

/** Realtime event payload, client to server: the client started or stopped typing. */
export type ClientTypingEvent = components["schemas"]["ClientTypingEvent"];

/** Realtime event payload, client to server: the client read a message. */
export type ClientReadEvent = components["schemas"]["ClientReadEvent"];

/** Error body. */
export type ErrorBody = components["schemas"]["ErrorBody"];
