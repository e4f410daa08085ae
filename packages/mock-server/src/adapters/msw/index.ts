/**
 * Mock Service Worker handlers for the TWIN API, answered by the mock server's own engine, with typed overrides
 * per operation. `msw` 2.x is a peer dependency.
 *
 * @packageDocumentation
 */

export type { BodyOf, DocumentedStatus, ServerErrorStatus } from "../../http/operation-types.js";
export {
  type BaseUrls,
  forwardTo,
  overrideOperation,
  type RequestAnswerer,
  type TwinHandlersOptions,
  twinHandlers,
} from "./handlers.js";
export type { ErrorStatus, FixedAnswer, OperationOverride, OperationOverrides } from "./overrides.js";
