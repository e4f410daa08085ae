import type { ConversationMessage, Upload } from "./conversation.js";
import { h, link, safeUrl, textWithLinks } from "./dom.js";
import { fill, type WidgetStrings } from "./i18n.js";

/** How many messages the list renders at first, and adds each time the user scrolls to the top. */
export const PAGE = 50;
/** How close to an edge (in pixels) counts as being at it. */
const EDGE = 48;

/** What the list asks of the element. */
export interface ListActions {
  resend(key: string): void;
  discard(key: string): void;
  cancelUpload(key: string): void;
  /** A message of the others came into view. */
  markRead(id: string): void;
  /** Messages of the others arrived once the history was read (to announce). */
  arrived(messages: readonly ConversationMessage[]): void;
}

const own = (m: ConversationMessage) => m.authorType === "CLIENT";
const authorOf = (m: ConversationMessage) => `${m.authorType}\u0000${m.authorName ?? ""}`;

/** The name shown above a group of messages by one author. */
export function authorName(m: ConversationMessage, strings: WidgetStrings): string {
  if (own(m)) return strings.you;
  if (m.authorType === "OPERATOR") return m.authorName || strings.operator;
  return m.authorType === "BOT" ? strings.bot : m.authorName || m.authorType;
}

/**
 * The conversation as a list that renders only a window of it: the last {@link PAGE} messages, and a page more each
 * time the user scrolls to the top (the scroll position kept). Messages by one author are grouped under their name;
 * times go through `Intl`. A "new messages" button shows when messages arrive while the user reads above, and a
 * message of the others that comes into view is reported as read.
 */
export class MessageList {
  /** The scrolling area and the "new messages" button, for the element to place. */
  readonly element: HTMLElement;
  readonly #log: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #older: HTMLButtonElement;
  readonly #mark: HTMLButtonElement;
  readonly #actions: ListActions;
  readonly #items = new WeakMap<ConversationMessage, { item: HTMLLIElement; first: boolean }>();
  readonly #reported = new Set<string>();
  readonly #seen = new Set<string>();
  readonly #observer: IntersectionObserver | undefined;
  #strings: WidgetStrings;
  #time: Intl.DateTimeFormat;
  #messages: readonly ConversationMessage[] = [];
  #uploads: ReadonlyMap<string, Upload> = new Map();
  #start = -1;
  #stuck = true;
  #unseen = 0;
  /** Set when the language changed: every item is built again on the next draw. */
  #redrawAll = false;

  constructor(strings: WidgetStrings, lang: string, actions: ListActions) {
    this.#actions = actions;
    this.#strings = strings;
    this.#time = timeFormat(lang);
    this.#list = h("ol");
    this.#older = h("button", { type: "button", className: "older", part: "older" });
    this.#older.addEventListener("click", () => this.#showOlder());
    this.#log = h("div", { className: "log", part: "log", tabindex: "0", role: "region" }, this.#older, this.#list);
    this.#mark = h("button", { type: "button", className: "new-messages", part: "new-messages", hidden: true });
    this.#mark.addEventListener("click", () => this.scrollToEnd());
    this.element = h("div", { className: "body" }, this.#log, this.#mark);
    this.#log.addEventListener("scroll", () => this.#scrolled(), { passive: true });
    this.#observer =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => this.#visible(entries), { root: this.#log, threshold: 0.6 })
        : undefined;
    this.#label();
  }

  /** Changes the language: every message is drawn again. */
  setStrings(strings: WidgetStrings, lang: string): void {
    this.#strings = strings;
    this.#time = timeFormat(lang);
    this.#label();
    this.#redrawAll = true;
    this.render(this.#messages, this.#uploads, false);
  }

  /**
   * Draws `messages` (the whole conversation; only a window of it reaches the DOM) and the uploads under way.
   * With `live` (the history has been read), messages of the others not drawn before count as new arrivals.
   */
  render(messages: readonly ConversationMessage[], uploads: ReadonlyMap<string, Upload>, live: boolean): void {
    const first = this.#start < 0;
    const fresh = live ? messages.filter((m) => !own(m) && !this.#seen.has(m.key)) : [];
    for (const m of messages) this.#seen.add(m.key);
    this.#messages = messages;
    this.#uploads = uploads;
    if (first || this.#start > messages.length) this.#start = Math.max(0, messages.length - PAGE);
    else if (this.#stuck && messages.length - this.#start > 2 * PAGE) this.#start = messages.length - PAGE;
    this.#draw();
    if (this.#stuck) this.#toEnd();
    else if (fresh.length > 0) this.#markUnseen(fresh.length);
    if (fresh.length > 0) this.#actions.arrived(fresh);
  }

  /** How many messages of the others are unread: not read on the server, and not seen here yet. */
  unread(): number {
    return this.#messages.filter((m) => !own(m) && m.state === "sent" && !m.readAt && !this.#reported.has(m.id)).length;
  }

  /** Scrolls to the newest message and hides the "new messages" button. */
  scrollToEnd(): void {
    this.#stuck = true;
    this.#toEnd();
    this.#unseen = 0;
    this.#mark.hidden = true;
  }

  /** Stops watching what comes into view. */
  disconnect(): void {
    this.#observer?.disconnect();
  }

  #label(): void {
    this.#log.setAttribute("aria-label", this.#strings.messages);
    this.#older.textContent = this.#strings.older;
    this.#mark.textContent = this.#strings.newMessages;
  }

  #draw(): void {
    const shown = this.#messages.slice(this.#start);
    const items: HTMLLIElement[] = [];
    let previous = this.#messages[this.#start - 1];
    for (const m of shown) {
      const firstOfGroup = !previous || authorOf(previous) !== authorOf(m);
      items.push(this.#item(m, firstOfGroup));
      previous = m;
    }
    this.#redrawAll = false;
    this.#older.hidden = this.#start === 0;
    this.#list.replaceChildren(...items);
  }

  #item(m: ConversationMessage, first: boolean): HTMLLIElement {
    const cached = this.#items.get(m);
    let item = cached?.item;
    if (!item || cached?.first !== first || this.#redrawAll) {
      item = this.#build(m, first);
      this.#items.set(m, { item, first });
      if (!own(m) && m.state === "sent" && !m.readAt && !this.#reported.has(m.id)) this.#observer?.observe(item);
    }
    const upload = this.#uploads.get(m.key);
    const bar = item.querySelector<HTMLElement>(".upload");
    if (upload) {
      const target = bar ?? this.#uploadBar(m.key);
      if (!bar) item.querySelector(".message")?.append(target);
      const percent = upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0;
      const progress = target.querySelector("progress")!;
      progress.value = percent;
      progress.setAttribute("aria-valuetext", fill(this.#strings.uploading, { percent }));
      target.querySelector("span")!.textContent = fill(this.#strings.uploading, { percent });
    } else bar?.remove();
    return item;
  }

  #uploadBar(key: string): HTMLElement {
    const cancel = h("button", { type: "button", part: "cancel-upload" }, this.#strings.cancelUpload);
    cancel.addEventListener("click", () => this.#actions.cancelUpload(key));
    const progress = h("progress", {
      max: "100",
      value: "0",
      "aria-label": fill(this.#strings.uploading, { percent: 0 }),
    });
    return h("div", { className: "upload" }, h("span"), progress, h("div", { className: "controls" }, cancel));
  }

  #build(m: ConversationMessage, first: boolean): HTMLLIElement {
    const strings = this.#strings;
    const mine = own(m);
    const name = authorName(m, strings);
    const bubble = h(
      "div",
      { className: mine ? "message own" : "message", part: mine ? "message own" : "message", "data-state": m.state },
      h("span", { className: "sr-only" }, `${name}: `),
      h("span", { className: "text" }, ...textWithLinks(m.body ?? "")),
    );
    const files = (m.attachments ?? []).map((file) => {
      const url = safeUrl(file.url ?? file.downloadLink);
      const label = file.name ?? file.baseName ?? "file";
      if (!url) return h("span", {}, label);
      const image =
        /^image\//.test("contentType" in file && typeof file.contentType === "string" ? file.contentType : "") ||
        /\.(png|jpe?g|gif|webp)$/i.test(label);
      const anchor = link(url, image ? "" : label);
      if (image) anchor.append(h("img", { src: url, alt: label, loading: "lazy" }));
      return anchor;
    });
    if (files.length > 0) bubble.append(h("span", { className: "files" }, ...files));
    const time = new Date(m.createdAt);
    const when = Number.isNaN(time.getTime()) ? "" : this.#time.format(time);
    const state =
      m.state === "failed"
        ? fill(strings.failed, { error: m.error?.message ?? "" })
        : m.state === "sending" || m.state === "queued"
          ? strings[m.state]
          : mine
            ? m.readAt
              ? strings.read
              : strings.sent
            : "";
    bubble.append(
      h("span", { className: "meta" }, h("time", { datetime: m.createdAt }, when), state ? ` · ${state}` : ""),
    );
    if (m.state === "failed" || m.state === "queued") {
      const retry = h("button", { type: "button", part: "retry" }, strings.retry);
      const discard = h("button", { type: "button", part: "discard" }, strings.discard);
      retry.addEventListener("click", () => this.#actions.resend(m.key));
      discard.addEventListener("click", () => this.#actions.discard(m.key));
      bubble.append(h("span", { className: "controls" }, ...(m.state === "failed" ? [retry] : []), discard));
    }
    return h(
      "li",
      { "data-key": m.key, "data-author": m.authorType, "data-state": m.state },
      first ? h("div", { className: mine ? "author own" : "author", "aria-hidden": "true" }, name) : undefined,
      bubble,
    );
  }

  #visible(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const key = entry.target.getAttribute("data-key") ?? "";
      const m = this.#messages.find((x) => x.key === key);
      this.#observer?.unobserve(entry.target);
      if (!m || this.#reported.has(m.id)) continue;
      this.#reported.add(m.id);
      this.#actions.markRead(m.id);
    }
  }

  #scrolled(): void {
    const log = this.#log;
    this.#stuck = log.scrollHeight - log.scrollTop - log.clientHeight < EDGE;
    if (this.#stuck) {
      this.#unseen = 0;
      this.#mark.hidden = true;
    }
    if (log.scrollTop < EDGE && this.#start > 0) this.#showOlder();
  }

  /** Renders a page of older messages above, keeping what the user was looking at in place. */
  #showOlder(): void {
    const log = this.#log;
    const before = log.scrollHeight - log.scrollTop;
    this.#start = Math.max(0, this.#start - PAGE);
    this.#draw();
    log.scrollTop = log.scrollHeight - before;
  }

  #markUnseen(count: number): void {
    this.#unseen += count;
    if (this.#unseen > 0) this.#mark.hidden = false;
  }

  #toEnd(): void {
    this.#log.scrollTop = this.#log.scrollHeight;
  }
}

function timeFormat(lang: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" });
}
