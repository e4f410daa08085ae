import type { ChatOptions } from "@twin-chat/chat";
import { type Conversation, type ConversationMessage, openConversation } from "./conversation.js";
import { h } from "./dom.js";
import { fill, stringsFor, type WidgetStrings } from "./i18n.js";
import { authorName } from "./list.js";
import { readConfig, readTheme, type WidgetConfig, type WidgetStorage } from "./options.js";
import { buildPanel, type Panel } from "./panel.js";
import { replies } from "./replies.js";
import { adoptStyles } from "./styles.js";

/** The body of the session's start (`startSession`), as `openChat` takes it: `clientExternalId`, `messageBody`… */
export type WidgetStart = ChatOptions["start"];

/** Server rendering and Node have no `HTMLElement`: the class is then defined on a stand-in and never used. */
// The stand-in class is never constructed (no custom element registry without a DOM), so it need not be an HTMLElement.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** The attributes that choose which conversation to open: a change opens it again. */
const CONNECTION = ["base-url", "chat-id", "client-name", "storage"];

const storageOf = (kind: WidgetStorage): Storage | undefined => {
  try {
    if (kind === "local") return globalThis.localStorage;
    if (kind === "session") return globalThis.sessionStorage;
  } catch {
    // storage forbidden (a sandboxed frame): no resume after a reload
  }
  return undefined;
};

/**
 * `<twin-chat>`: a whole TWIN chat on a page. Attributes: `base-url` (the API, absolute http(s)), `chat-id`,
 * `client-name`, `storage` (`session` default, `local` or `none`: what a reload resumes), `lang` (`en`, `ru`), `theme`
 * (`auto`, `light`, `dark`), `mode` (`launcher` default, or `inline`). Properties: `start` (the whole start body),
 * `strings` (any text replaced), `open` (the launcher's panel). A bad attribute shows a message naming it, in the
 * element and on the console, and nothing is sent.
 */
export class TwinChatElement extends Base {
  /** The attributes the element follows. */
  static readonly observedAttributes = [...CONNECTION, "lang", "theme", "mode"];

  #root: ShadowRoot | undefined;
  #conversation: Conversation | undefined;
  #stopListening = () => {};
  #sessionId: string | undefined;
  #config: WidgetConfig | undefined;
  #start: WidgetStart;
  #overrides: Partial<WidgetStrings> = {};
  #strings: WidgetStrings = stringsFor("en");
  #open = false;
  /** Whether the conversation's history has been read once: messages after that are announced. */
  #live = false;
  #media: MediaQueryList | undefined;
  #parts: Panel | undefined;

  /** The body of the session's start (`startSession`), beyond `client-name`: such as `clientExternalId`. */
  get start(): WidgetStart {
    return this.#start;
  }
  set start(value: WidgetStart) {
    this.#start = value;
    if (this.#conversation) this.#reconnect();
  }

  /** Texts that replace the built-in ones of the chosen language. */
  get strings(): Partial<WidgetStrings> {
    return this.#overrides;
  }
  set strings(value: Partial<WidgetStrings>) {
    this.#overrides = { ...value };
    if (this.#parts) this.#language();
  }

  /** Whether the launcher's panel is open (always true in inline mode). */
  get open(): boolean {
    return this.#open || this.#config?.mode === "inline";
  }
  set open(value: boolean) {
    this.#setOpen(Boolean(value), false);
  }

  /** Called by the browser when the element enters a page: opens the conversation. @internal */
  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: "open" });
      adoptStyles(this.#root);
    }
    this.#theme();
    if (!this.#conversation) this.#reconnect();
  }

  /** Called by the browser when the element leaves the page: closes the conversation unless it comes back. @internal */
  disconnectedCallback(): void {
    // Moved in the same task (removed and added back): keep the one conversation and its socket.
    queueMicrotask(() => {
      if (!this.isConnected) this.#stop();
    });
  }

  /** Called by the browser when an observed attribute changes: applies it. @internal */
  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (old === value || !this.#root || !this.isConnected) return;
    if (name === "theme") this.#theme();
    else if (name === "lang") this.#language();
    else this.#reconnect(); // a connection attribute, or `mode` (another layout)
  }

  #stop(): void {
    this.#stopListening();
    this.#sessionId = this.#conversation?.state().chat.sessionId ?? this.#sessionId;
    this.#conversation?.close();
    this.#conversation = undefined;
    this.#parts?.list.disconnect();
    this.#media?.removeEventListener("change", this.#onScheme);
    for (const event of ["online", "offline"]) globalThis.removeEventListener?.(event, this.#onNetwork);
  }

  /** Reads the attributes and opens the conversation they name, or shows what is wrong with them. */
  #reconnect(): void {
    const root = this.#root;
    if (!root) return;
    const previous = this.#config;
    this.#stop();
    try {
      this.#config = readConfig((name) => this.getAttribute(name));
      readTheme(this.getAttribute("theme"));
    } catch (error) {
      this.#config = undefined;
      this.#parts = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      const message = fill(stringsFor(this.lang || "en", this.#overrides).invalid, { error: reason });
      root.replaceChildren(h("p", { className: "error", part: "error", role: "alert" }, message));
      console.error(`<twin-chat>: ${reason}`, error);
      return;
    }
    const config = this.#config;
    if (previous && (previous.baseUrl !== config.baseUrl || previous.chatId !== config.chatId)) {
      this.#sessionId = undefined;
    }
    this.#parts = buildPanel(this.#strings, this.#lang(), config.mode, {
      conversation: () => this.#conversation,
      setOpen: (open) => this.#setOpen(open, true),
      isOpen: () => this.#open,
      arrived: (messages) => this.#arrived(messages),
    });
    root.replaceChildren(...this.#parts.nodes);
    this.#language();
    const clientName = this.getAttribute("client-name");
    const start = { ...(clientName ? { clientNameForOperator: clientName } : {}), ...this.#start };
    const conversation = openConversation({
      baseUrl: config.baseUrl,
      chatId: config.chatId,
      start,
      storage: storageOf(config.storage),
      sessionId: this.#sessionId,
    });
    this.#conversation = conversation;
    this.#live = false;
    this.#stopListening = conversation.subscribe(() => this.#schedule());
    for (const event of ["online", "offline"]) globalThis.addEventListener?.(event, this.#onNetwork);
    this.#setOpen(this.#open, false);
    this.#render();
  }

  #lang(): string {
    return this.getAttribute("lang") || "en";
  }

  /** Applies the language and the page's strings to every part. */
  #language(): void {
    const parts = this.#parts;
    this.#strings = stringsFor(this.#lang(), this.#overrides);
    if (!parts) return;
    const s = this.#strings;
    parts.title.textContent = s.title;
    parts.closeButton.setAttribute("aria-label", s.close);
    parts.restart.textContent = s.startAgain;
    parts.closedText.textContent = s.closed;
    parts.list.setStrings(s, this.#lang());
    parts.composer.setStrings(s);
    parts.launcher.setStrings(s);
    this.#render();
  }

  #onScheme = () => this.#theme();
  #onNetwork = () => this.#render();

  /** Sets `data-scheme` to the colours in use: the `theme` attribute's, or the system's for `auto`. */
  #theme(): void {
    let theme: string;
    try {
      theme = readTheme(this.getAttribute("theme"));
    } catch {
      theme = "auto";
    }
    if (theme === "auto" && typeof matchMedia === "function") {
      this.#media ??= matchMedia("(prefers-color-scheme: dark)");
      this.#media.addEventListener("change", this.#onScheme);
      theme = this.#media.matches ? "dark" : "light";
    }
    this.dataset.scheme = theme === "dark" ? "dark" : "light";
  }

  #setOpen(open: boolean, byUser: boolean): void {
    this.#open = open;
    const parts = this.#parts;
    if (!parts) return;
    const inline = this.#config?.mode === "inline";
    parts.panel.hidden = !inline && !open;
    parts.closeButton.hidden = inline;
    parts.launcher.update(open, this.open ? 0 : parts.list.unread());
    if (open && !inline) parts.list.scrollToEnd();
    if (byUser) (open ? parts.composer.field : parts.launcher.element).focus();
  }

  /** Announces messages of the others as they arrive. */
  #arrived(messages: readonly ConversationMessage[]): void {
    const parts = this.#parts;
    const last = messages.at(-1);
    if (!parts || !last) return;
    parts.live.textContent = fill(this.#strings.announce, {
      author: authorName(last, this.#strings),
      text: last.body ?? "",
    });
  }

  #scheduled = false;

  /** Draws the state once after the changes of this task: a history of 10,000 messages merged one by one is one draw. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#render();
    });
  }

  /** Draws the conversation's state. */
  #render(): void {
    const parts = this.#parts;
    const conversation = this.#conversation;
    if (!parts || !conversation) return;
    const s = this.#strings;
    const { chat, uploads } = conversation.state();
    this.#live ||= chat.caughtUp;
    parts.list.render(chat.messages, uploads, this.#live);
    parts.launcher.update(this.open, this.open ? 0 : parts.list.unread());
    parts.status.textContent = chat.status === "connected" ? s.online : chat.status === "closed" ? "" : s.connecting;
    const offline = globalThis.navigator?.onLine === false;
    const banner =
      chat.status === "failed"
        ? fill(s.offline, { error: chat.error?.message ?? "" })
        : offline
          ? s.noNetwork
          : chat.status === "reconnecting"
            ? s.reconnecting
            : "";
    if (parts.banner.textContent !== banner) parts.banner.textContent = banner;
    parts.banner.hidden = banner === "";
    const typingAuthor = chat.typing.find((who) => who !== "CLIENT");
    const operator = chat.messages.filter((m) => m.authorType === "OPERATOR").at(-1)?.authorName || s.operator;
    parts.typing.textContent =
      typingAuthor === undefined
        ? ""
        : typingAuthor === "OPERATOR"
          ? fill(s.operatorTyping, { name: operator })
          : s.botTyping;
    const closed = chat.status === "closed";
    parts.closed.hidden = !closed;
    parts.composer.setEnabled(!closed && chat.status !== "failed");
    const last = chat.messages.at(-1);
    if (parts.replyArea.dataset.for !== (last?.key ?? "") || parts.replyArea.dataset.lang !== this.#lang()) {
      parts.replyArea.dataset.for = last?.key ?? "";
      parts.replyArea.dataset.lang = this.#lang();
      const hadFocus = parts.replyArea.contains(this.#root?.activeElement ?? null);
      parts.replyArea.replaceChildren(
        ...(closed
          ? []
          : replies(last, s, (text) => {
              parts.list.scrollToEnd();
              conversation.send(text, []);
            })),
      );
      if (hadFocus) parts.composer.field.focus();
    }
  }
}

/**
 * Registers `<twin-chat>` (or `name`) with the page's custom elements, once; does nothing where there are none
 * (Node, server rendering). Importing the package does this already.
 */
export function defineTwinChat(name = "twin-chat"): void {
  const registry = globalThis.customElements;
  if (registry && !registry.get(name))
    registry.define(name, name === "twin-chat" ? TwinChatElement : class extends TwinChatElement {});
}
