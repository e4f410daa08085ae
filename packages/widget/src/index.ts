/**
 * `<twin-chat>`: a drop-in TWIN chat for any page, a standard custom element on `@twin-chat/chat`. Importing this
 * module registers the element where the page has custom elements, and does nothing else (no `window` is touched
 * in Node or during server rendering); the chat opens when the element is connected.
 *
 * @packageDocumentation
 */
import { defineTwinChat } from "./element.js";

export { defineTwinChat, TwinChatElement, type WidgetStart } from "./element.js";
export { STRINGS, type WidgetLanguage, type WidgetStrings } from "./i18n.js";
export { WidgetError, type WidgetErrorCode, type WidgetMode, type WidgetStorage, type WidgetTheme } from "./options.js";

defineTwinChat();

declare global {
  interface HTMLElementTagNameMap {
    "twin-chat": import("./element.js").TwinChatElement;
  }
}
