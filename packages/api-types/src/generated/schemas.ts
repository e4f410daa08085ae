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

/** Error body. */
export type ErrorBody = components["schemas"]["ErrorBody"];
