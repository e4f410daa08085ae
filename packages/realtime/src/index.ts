/**
 * A typed, thin, lossless Socket.IO client for TWIN chat sessions: messages once each and in order, connection
 * status, and catch-up from the HTTP history on every connect.
 *
 * @packageDocumentation
 */

export { TwinError, type TwinErrorCode } from "@twin-chat/api-types";
export { RealtimeError, type RealtimeErrorCode, type RealtimeReportedCode } from "./errors.js";
export type { ConnectOptions, EventNames, HistoryReader, MessageCursor } from "./options.js";
export { connectSession, type Gap, type RealtimeSession, type SessionEvents, type SessionStatus } from "./session.js";
