/**
 * Generated from spec/ by packages/api-types/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
import type { components, operations } from "./openapi.js";

/** A UUID, as in the vendor page's examples. */
export type Uuid = components["schemas"]["Uuid"];

/** Body of `startChatSession`: the fields of `StartChatSessionFields`, every one optional. */
export type StartChatSessionRequest = components["schemas"]["StartChatSessionRequest"];

/** Body of `continueChatSession`: the start body (`StartChatSessionFields`) plus `recreateOnExists`, every field optional. */
export type ContinueChatSessionRequest = components["schemas"]["ContinueChatSessionRequest"];

/** The fields of a session start, shared by `startChatSession` and `continueChatSession`. */
export type StartChatSessionFields = components["schemas"]["StartChatSessionFields"];

/** The fields every session object carries, as the vendor page's start answer shows them; `ChatSession` and `SessionDetails` build on it. */
export type ChatSessionBase = components["schemas"]["ChatSessionBase"];

/** A started chat session, as `startChatSession` and `continueChatSession` return it. */
export type ChatSession = components["schemas"]["ChatSession"];

/** A session as `getSession` returns it: the `ChatSessionBase` fields plus its chat, status, operator and client state. */
export type SessionDetails = components["schemas"]["SessionDetails"];

/** An operator assigned to a session, as `SessionDetails.operators` lists them. */
export type SessionOperator = components["schemas"]["SessionOperator"];

/** A message of a session as returned when the session starts. */
export type SessionMessage = components["schemas"]["SessionMessage"];

/** Who wrote a message. */
export type AuthorType = components["schemas"]["AuthorType"];

/** Keyboard (buttons) offered with a message. */
export type MessageKeyboard = components["schemas"]["MessageKeyboard"];

/** The fields a stored file carries both as a message's `Attachment` and as an upload's `FileDescriptor`. */
export type StoredFile = components["schemas"]["StoredFile"];

/** A file attached to a message. */
export type Attachment = components["schemas"]["Attachment"];

/** An uploaded file, as `uploadFiles` returns it. */
export type FileDescriptor = components["schemas"]["FileDescriptor"];

/** Body of `createClientMessage`. */
export type CreateClientMessageRequest = components["schemas"]["CreateClientMessageRequest"];

/** Body of `closeSession`. */
export type CloseSessionRequest = components["schemas"]["CloseSessionRequest"];

/** Multipart body of `uploadFiles`. */
export type UploadFilesRequest = components["schemas"]["UploadFilesRequest"];

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

/** The query of `listSessionMessages`, as a caller gives it. */
export type ListSessionMessagesQuery = NonNullable<operations["listSessionMessages"]["parameters"]["query"]>;
