import { absoluteUrl } from "@twin-chat/api-types";
import { TwinError } from "@twin-chat/chat";

/** What went wrong, for a {@link WidgetError}. */
export type WidgetErrorCode =
  /** An attribute or property of the element breaks a rule; the message names it. */
  "invalid-attribute";

/** The error the widget reports (in the element and on the console) for a bad attribute; nothing is sent then. */
export class WidgetError extends TwinError<WidgetErrorCode> {
  /** Always `WidgetError`. */
  override name = "WidgetError";

  /**
   * @param attribute - The attribute at fault, such as `base-url`.
   * @param rule - The rule it breaks.
   */
  constructor(
    /** The attribute at fault, such as `base-url`. */
    readonly attribute: string,
    rule: string,
  ) {
    super("invalid-attribute", `${attribute} ${rule}`);
  }
}

/** Where the widget keeps the session for a reload: `local` or `session` storage, or `none`. */
export type WidgetStorage = "local" | "session" | "none";
/** The colour scheme: `light`, `dark`, or `auto` (the system's, by `prefers-color-scheme`). */
export type WidgetTheme = "light" | "dark" | "auto";
/** `launcher`: a floating button that opens a panel; `inline`: the chat fills the element's box. */
export type WidgetMode = "launcher" | "inline";

/** The element's options, read from its attributes and checked. */
export interface WidgetConfig {
  /** `base-url`, without a trailing slash. */
  baseUrl: string;
  /** `chat-id`, trimmed. */
  chatId: string;
  /** `storage`, `session` by default. */
  storage: WidgetStorage;
  /** `mode`, `launcher` by default. */
  mode: WidgetMode;
}

const oneOf = <T extends string>(attribute: string, value: string | null, allowed: readonly T[], fallback: T): T => {
  if (value === null || value === "") return fallback;
  const known = allowed.find((name) => name === value);
  if (known !== undefined) return known;
  throw new WidgetError(attribute, `must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
};

/**
 * The options of an element from its attributes (`get` reads one, null when absent), or a {@link WidgetError}
 * naming the first attribute at fault: `base-url` must be an absolute http(s) URL, `chat-id` must not be empty.
 */
export function readConfig(get: (name: string) => string | null): WidgetConfig {
  const baseUrl = get("base-url") ?? "";
  if (!absoluteUrl(baseUrl)) {
    throw new WidgetError("base-url", `must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  const chatId = (get("chat-id") ?? "").trim();
  if (chatId === "") throw new WidgetError("chat-id", "must not be empty");
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    chatId,
    storage: oneOf("storage", get("storage"), ["local", "session", "none"], "session"),
    mode: oneOf("mode", get("mode"), ["launcher", "inline"], "launcher"),
  };
}

/** The `theme` attribute, checked: `auto` when absent. */
export const readTheme = (value: string | null): WidgetTheme =>
  oneOf("theme", value, ["light", "dark", "auto"], "auto");
