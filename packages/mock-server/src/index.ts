/**
 * The whole TWIN chat API on localhost for frontend work: Prism serves the HTTP spec and a Socket.IO server speaks
 * the realtime protocol, on one port, with a bot that answers from a scenario.
 *
 * @packageDocumentation
 */

export { TwinError } from "@twin-chat/api-types";
export { DEFAULT_SCENARIO, type Scenario } from "./scenario.js";
export { type MockServer, type MockServerOptions, PortInUseError, startMockServer } from "./server.js";
