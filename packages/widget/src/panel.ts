import { Composer } from "./composer.js";
import type { Conversation, ConversationMessage } from "./conversation.js";
import { h } from "./dom.js";
import type { WidgetStrings } from "./i18n.js";
import { Launcher } from "./launcher.js";
import { MessageList } from "./list.js";
import type { WidgetMode } from "./options.js";

/** What the panel asks of the element. */
export interface PanelHost {
  conversation(): Conversation | undefined;
  /** Opens or closes the launcher's panel, moving focus. */
  setOpen(open: boolean): void;
  isOpen(): boolean;
  /** Messages of the others arrived. */
  arrived(messages: readonly ConversationMessage[]): void;
}

/** The parts of the element's shadow tree that change as the conversation does. */
export interface Panel {
  /** What goes into the shadow root: the launcher (launcher mode) and the panel. */
  nodes: HTMLElement[];
  list: MessageList;
  composer: Composer;
  launcher: Launcher;
  title: HTMLElement;
  status: HTMLElement;
  closeButton: HTMLButtonElement;
  banner: HTMLElement;
  typing: HTMLElement;
  replyArea: HTMLElement;
  closed: HTMLElement;
  closedText: HTMLElement;
  restart: HTMLButtonElement;
  live: HTMLElement;
  panel: HTMLElement;
}

/**
 * Builds the panel: header (title, status, close), banner, message list, typing line, quick replies, the closed
 * notice with "start again", the composer and a polite live region; Escape in the panel closes the launcher's panel.
 */
export function buildPanel(strings: WidgetStrings, lang: string, mode: WidgetMode, host: PanelHost): Panel {
  const focusField = () => composer.field.focus();
  const act = (action: (c: Conversation) => void) => () => {
    const conversation = host.conversation();
    if (conversation) action(conversation);
    focusField();
  };
  const list = new MessageList(strings, lang, {
    resend: (key) => act((c) => c.resend(key))(),
    discard: (key) => act((c) => c.discard(key))(),
    cancelUpload: (key) => act((c) => c.cancelUpload(key))(),
    markRead: (id) => host.conversation()?.markRead(id),
    arrived: (messages) => host.arrived(messages),
  });
  const composer = new Composer(strings, {
    send: (text, files) => {
      list.scrollToEnd();
      host.conversation()?.send(text, files);
    },
    setTyping: (isTyping) => host.conversation()?.setTyping(isTyping),
  });
  const launcher = new Launcher(strings, "twin-panel", () => host.setOpen(!host.isOpen()));
  const title = h("h2", { id: "twin-title", part: "title" });
  const status = h("span", { className: "status", part: "status" });
  const closeButton = h("button", { type: "button", part: "close" }, "✕");
  closeButton.addEventListener("click", () => host.setOpen(false));
  const banner = h("p", { className: "banner", part: "banner", role: "status", hidden: true });
  const typing = h("p", { className: "typing", part: "typing" });
  const replyArea = h("div");
  const restart = h("button", { type: "button", part: "start-again" });
  restart.addEventListener(
    "click",
    act((c) => c.restart()),
  );
  const closedText = h("p");
  const closed = h("div", { className: "closed", part: "closed", hidden: true }, closedText, restart);
  const live = h("div", { className: "sr-only", "aria-live": "polite", "aria-atomic": "true" });
  const panel = h(
    "section",
    { id: "twin-panel", className: "panel", part: "panel", "aria-labelledby": "twin-title" },
    h("header", { part: "header" }, title, status, closeButton),
    banner,
    list.element,
    typing,
    replyArea,
    closed,
    composer.element,
    live,
  );
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && mode === "launcher" && host.isOpen()) {
      event.stopPropagation();
      host.setOpen(false);
    }
  });
  const nodes = mode === "inline" ? [panel] : [launcher.element, panel];
  return {
    nodes,
    list,
    composer,
    launcher,
    title,
    status,
    closeButton,
    banner,
    typing,
    replyArea,
    closed,
    closedText,
    restart,
    live,
    panel,
  };
}
