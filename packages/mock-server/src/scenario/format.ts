import type { FaultSpec } from "../state/fault-queue.js";

/**
 * A scenario as its file states it (see `scenario.schema.json`, which editors use to complete and check it):
 * a greeting, rules matched against each client message, and a fallback.
 */
export interface Scenario {
  /** This schema's URL or path, for editors. */
  $schema?: string;
  /** A short name, shown in the banner and the console. */
  name?: string;
  /** What the scenario shows. */
  description?: string;
  /** Steps run when a session starts without a first message. */
  greeting?: Steps;
  /** Tried in order against each client message; the first that matches runs its steps. */
  rules?: Rule[];
  /** Steps run when no rule matches; none by default. */
  fallback?: Steps;
}

/** Steps, or a string: one bot message. */
export type Steps = string | Step[];

/** A condition on the client's message and what follows it. */
export interface Rule {
  match: Match;
  steps: Steps;
}

/** Exactly one condition on the client's message. */
export type Match =
  | { keyword: string | string[] }
  | { regex: string }
  | { first: true }
  | { nth: number }
  | { any: true };

/** A message: its text, or the text with what it offers. `{text}` in `body` stands for the client's message. */
export type MessageSpec =
  | string
  | {
      body: string;
      answers?: string[];
      actions?: Record<string, unknown>[];
      attachments?: AttachmentSpec[];
    };

/** A file the mock serves and attaches: its text `content`, or a `file` relative to the scenario. */
export interface AttachmentSpec {
  name: string;
  contentType?: string;
  content?: string;
  file?: string;
}

/** One action of a rule; exactly one key. */
export type Step =
  | { say: MessageSpec }
  | { typing: number }
  | { delay: number }
  | { operatorJoins: string }
  | { operatorSays: MessageSpec }
  | { operatorLeaves: true }
  | { close: true | string }
  | { fail: Omit<FaultSpec, "sessionId"> }
  | { drop: true };

/** The scenario used when none is given: a greeting, then an echo of every message. */
export const DEFAULT_SCENARIO: Scenario = {
  name: "echo",
  description: "The bot greets a new session and echoes every message.",
  greeting: "Hello! I am the TWIN mock bot. Ask me anything.",
  fallback: "You said: {text}",
};
