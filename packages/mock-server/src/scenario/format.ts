import type { Scenario } from "../generated/scenario.js";

export type {
  AttachmentSpec,
  FaultFields,
  Match,
  MessageSpec,
  Rule,
  Scenario,
  Step,
  Steps,
} from "../generated/scenario.js";

/** The scenario used when none is given: a greeting, then an echo of every message. */
export const DEFAULT_SCENARIO: Scenario = {
  name: "echo",
  description: "The bot greets a new session and echoes every message.",
  greeting: "Hello! I am the TWIN mock bot. Ask me anything.",
  fallback: "You said: {text}",
};
