import { h, icon } from "./dom.js";
import { fill, type WidgetStrings } from "./i18n.js";

const ICON = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z";

/** The floating button of launcher mode: opens and closes the panel, and shows how many messages are unread. */
export class Launcher {
  /** The button, for the element to place. */
  readonly element: HTMLButtonElement;
  readonly #badge: HTMLSpanElement;
  #strings: WidgetStrings;
  #unread = 0;
  #open = false;

  constructor(strings: WidgetStrings, panelId: string, toggle: () => void) {
    this.#strings = strings;
    this.#badge = h("span", { className: "badge", part: "badge", hidden: true });
    this.element = h("button", { type: "button", className: "launcher", part: "launcher", "aria-controls": panelId });
    this.element.append(icon(ICON), this.#badge);
    this.element.addEventListener("click", toggle);
    this.#draw();
  }

  /** Changes the language of the label. */
  setStrings(strings: WidgetStrings): void {
    this.#strings = strings;
    this.#draw();
  }

  /** Shows whether the panel is open and how many messages arrived unseen. */
  update(open: boolean, unread: number): void {
    this.#open = open;
    this.#unread = unread;
    this.#draw();
  }

  #draw(): void {
    const label = this.#open ? this.#strings.close : this.#strings.open;
    const unread = this.#unread > 0 ? `, ${fill(this.#strings.unread, { count: this.#unread })}` : "";
    this.element.setAttribute("aria-label", label + unread);
    this.element.setAttribute("aria-expanded", String(this.#open));
    this.#badge.hidden = this.#unread === 0;
    this.#badge.textContent = this.#unread > 99 ? "99+" : String(this.#unread);
  }
}
