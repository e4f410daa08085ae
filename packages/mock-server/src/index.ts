/**
 * The whole TWIN chat API on localhost for frontend work: Prism serves the HTTP spec and a Socket.IO server speaks
 * the realtime protocol, on one port, with a scenario's bot, a control API and an operator console.
 *
 * @packageDocumentation
 */

import { preloadPrism } from "./prism.js";

export { TwinError } from "@twin-chat/api-types";
export { type AccessOptions, MockOptionError } from "./access.js";
export type { MockControl, SessionSummary, SpeakAs } from "./control.js";
export { createMockCore, type MockCore, type MockCoreOptions } from "./core.js";
export type { Fault, FaultSpec } from "./faults.js";
export { CONTROL_PREFIX } from "./files.js";
export { ScenarioError, type ScenarioProblem } from "./scenario/errors.js";
export {
  type AttachmentSpec,
  DEFAULT_SCENARIO,
  type Match,
  type MessageSpec,
  type Rule,
  type Scenario,
  type Step,
  type Steps,
} from "./scenario/format.js";
export { BUNDLED_SCENARIOS, type BundledScenario, loadScenario } from "./scenario/load.js";
export { type MockServer, type MockServerOptions, PortInUseError, startMockServer } from "./server.js";
export type { Operator, SessionRecord, SessionStore, StoreEvent, StoreListener } from "./sessions.js";

// The CLI, which does not come through here, loads Prism once its flags are good.
preloadPrism();
