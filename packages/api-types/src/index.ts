/**
 * Types of the TWIN chat API, generated from `spec/openapi.yaml`, and the table of each operation: method, path,
 * host, auth, fixed query and whether it is idempotent.
 *
 * @packageDocumentation
 */

/** Evict-oldest for bounded caches, for the twin-chat packages. */
export { evictOldest } from "./bounded.js";
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
