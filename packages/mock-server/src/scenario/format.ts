import type * as generated from "../generated/scenario.js";

/**
 * A scenario as its file states it (see `scenario.schema.json`, which editors use to complete and check it):
 * a greeting, rules matched against each client message, and a fallback.
 */
export type Scenario = generated.Scenario;

/** Steps, or a string: one bot message. */
export type Steps = generated.Steps;

/** A condition on the client's message and what follows it. */
export type Rule = generated.Rule;

/** Exactly one condition on the client's message. */
export type Match = generated.Match;

/** A message: its text, or the text with what it offers. `{text}` in `body` stands for the client's message. */
export type MessageSpec = generated.MessageSpec;

/** A file the mock serves and attaches: its text `content`, or a `file` relative to the scenario. */
export type AttachmentSpec = generated.AttachmentSpec;

/** One action of a rule; exactly one key. */
export type Step = generated.Step;

/** The scenario used when none is given: a greeting, then an echo of every message. */
export const DEFAULT_SCENARIO: Scenario = {
  name: "echo",
  description: "The bot greets a new session and echoes every message.",
  greeting: "Hello! I am the TWIN mock bot. Ask me anything.",
  fallback: "You said: {text}",
};
