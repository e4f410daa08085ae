import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/** How the mock bot answers: the first keyword found in the client's text (case-insensitive) picks the reply. */
export interface Scenario {
  /** Keyword → reply. */
  replies: Record<string, string>;
  /** Reply when no keyword matches; `{text}` stands for the client's text. Default: `You said: {text}`. */
  fallback: string;
  /** The bot's first message of a session started without a message body. */
  greeting: string;
}

/** The scenario used when none is given: a greeting and an echo. */
export const DEFAULT_SCENARIO: Scenario = {
  replies: {},
  fallback: "You said: {text}",
  greeting: "Hello! I am the TWIN mock bot. Ask me anything.",
};

/**
 * Reads a scenario file, YAML or JSON: either a plain `keyword: reply` map, or `{ replies, fallback, greeting }`.
 * A `*` key in the map sets the fallback.
 */
export async function loadScenario(path: string): Promise<Scenario> {
  let data: unknown;
  try {
    data = parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`cannot read scenario ${path}: ${(error as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Error(`scenario ${path} must be a map of keyword → reply, or { replies, fallback, greeting }`);
  }
  const record = data as Record<string, unknown>;
  const nested = typeof record.replies === "object" && record.replies !== null;
  const replies = Object.fromEntries(
    Object.entries(nested ? (record.replies as object) : record).map(([k, v]) => [k.toLowerCase(), String(v)]),
  );
  const fallback = String((nested ? record.fallback : replies["*"]) ?? DEFAULT_SCENARIO.fallback);
  delete replies["*"];
  return { replies, fallback, greeting: String(record.greeting ?? DEFAULT_SCENARIO.greeting) };
}

/** The bot's reply to `text` under `scenario`. */
export function replyTo(scenario: Scenario, text: string): string {
  const lower = text.toLowerCase();
  const keyword = Object.keys(scenario.replies).find((k) => lower.includes(k));
  return keyword ? scenario.replies[keyword]! : scenario.fallback.replaceAll("{text}", text);
}
