/**
 * Types of the TWIN chat API, generated from `spec/openapi.yaml`, and the default server of each operation.
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
export type { HostName, OperationId } from "./generated/operations.js";
export { hosts, operationCalls, operationRoutes } from "./generated/operations.js";
export type {
  ClientEventPayloads,
  ClientToServerEvents,
  ServerEventPayloads,
  ServerToClientEvents,
} from "./generated/realtime.js";
export { clientEvents, realtimeDefaults, serverEvents } from "./generated/realtime.js";
export type * from "./generated/schemas.js";
