/**
 * Types of the TWIN chat API, generated from `spec/openapi.yaml`, and the table of each operation: method, path,
 * host, auth, fixed query and whether it is idempotent. Also the errors every twin-chat package shares, and the
 * mechanics they share (events, the pager, backoff, the URL check, evict-oldest), written once here so that an app
 * bundles one copy of each.
 *
 * @packageDocumentation
 */

export {
  isTwinError,
  mayBeRetried,
  mayHaveReachedServer,
  type ScenarioProblem,
  TwinError,
  type TwinErrorBase,
  type TwinErrorCode,
  type TwinErrorConstructor,
  type TwinErrorDetails,
  type TwinProblem,
} from "./errors.js";
export type { $defs, components, operations, paths, webhooks } from "./generated/openapi.js";
export * from "./generated/operations.js";
export type {
  ClientEventPayloads,
  ClientToServerEvents,
  ServerEventPayloads,
  ServerToClientEvents,
} from "./generated/realtime.js";
export { clientEvents, realtimeDefaults, serverEvents } from "./generated/realtime.js";
export type * from "./generated/schemas.js";
// The mechanics every twin-chat package shares, written once here so that an app bundles them once.
export { absoluteUrl } from "./shared/absolute-url.js";
export { backoff } from "./shared/backoff.js";
export { evictOldest } from "./shared/bounded.js";
export { Emitter, type Listener, throwLater } from "./shared/listeners.js";
export { allItems, type Page } from "./shared/pages.js";
