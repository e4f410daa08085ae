/**
 * The whole TWIN chat API on localhost for frontend work: Prism serves the HTTP spec and a Socket.IO server speaks
 * the realtime protocol, on one port, with a scenario's bot, a control API and an operator console.
 *
 * @packageDocumentation
 */

export { isTwinError, type ScenarioProblem, TwinError, type TwinErrorCode } from "@twin-chat/api-types";
export { type MockServer, type MockServerOptions, PortInUseError, startMockServer } from "./adapters/node-server.js";
export type { MockControl, SessionSummary, SpeakAs } from "./control/mock-control.js";
export { CONTROL_PREFIX } from "./control/prefix.js";
export type {
  components as ControlComponents,
  operations as ControlOperations,
  paths as ControlPaths,
} from "./generated/control.js";
export { type AccessOptions, MockOptionError } from "./http/access-rules.js";
export { createMockCore, type MockCore, type MockCoreOptions } from "./http/mock-core.js";
export { ScenarioError } from "./scenario/errors.js";
export {
  type AttachmentSpec,
  DEFAULT_SCENARIO,
  type FaultFields,
  type Match,
  type MessageSpec,
  type Rule,
  type Scenario,
  type Step,
  type Steps,
} from "./scenario/format.js";
export { BUNDLED_SCENARIOS, type BundledScenario, loadScenario } from "./scenario/load.js";
export type { Fault, FaultSpec } from "./state/fault-queue.js";
export type { Operator, SessionRecord, SessionStore, StoreEvent, StoreListener } from "./state/session-store.js";
