import type { ConversationMessage } from "./conversation.js";
import { h, link, safeUrl } from "./dom.js";
import type { WidgetStrings } from "./i18n.js";

/** A button of a message's free-form `keyboard`: a label, and a URL for a link button. */
interface Key {
  label: string;
  url: string | undefined;
}

/** Whether `value` is a string with more than white space. */
const isText = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** The buttons of a `keyboard`, whatever its shape: a list, rows of lists, or `{ buttons }`; each with a label. */
export function keysOf(keyboard: unknown): Key[] {
  const items: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object" && "buttons" in value) walk(value.buttons);
    else items.push(value);
  };
  walk(keyboard);
  return items.flatMap((item) => {
    if (typeof item === "string") return [{ label: item, url: undefined }];
    if (!item || typeof item !== "object") return [];
    const name = ["label", "text", "title"].map((key): unknown => Reflect.get(item, key)).find(isText);
    return name ? [{ label: name, url: safeUrl(Reflect.get(item, "url")) }] : [];
  });
}

/**
 * The last message's quick replies (`answers`) and keyboard buttons, when the others wrote it: a reply button
 * sends its text; a link button opens its http(s) URL in a new tab.
 */
export function replies(
  last: ConversationMessage | undefined,
  strings: WidgetStrings,
  send: (text: string) => void,
): HTMLElement[] {
  if (!last || last.authorType === "CLIENT") return [];
  const button = (text: string) => {
    const b = h("button", { type: "button", part: "reply" }, text);
    b.addEventListener("click", () => send(text));
    return b;
  };
  const groups: HTMLElement[] = [];
  const answers = (last.answers ?? []).filter((a) => typeof a === "string" && a !== "");
  if (answers.length > 0) {
    groups.push(
      h(
        "div",
        { className: "answers", part: "answers", role: "group", "aria-label": strings.quickReplies },
        ...answers.map(button),
      ),
    );
  }
  const keys = keysOf(last.keyboard);
  if (keys.length > 0) {
    const buttons = keys.map((k) => (k.url ? link(k.url, k.label) : button(k.label)));
    groups.push(
      h("div", { className: "keyboard", part: "keyboard", role: "group", "aria-label": strings.actions }, ...buttons),
    );
  }
  return groups;
}
