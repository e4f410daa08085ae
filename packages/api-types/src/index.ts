/**
 * Types of the TWIN chat API, generated from `spec/openapi.yaml`, and the default server of each operation.
 *
 * @packageDocumentation
 */

export { TwinError } from "./errors.js";
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
