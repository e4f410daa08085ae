import { h, icon } from "./dom.js";

const CLIP =
  "M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z";

import { fill, type WidgetStrings } from "./i18n.js";

/** What the composer asks of the element. */
export interface ComposerActions {
  send(text: string, files: readonly File[]): void;
  setTyping(isTyping: boolean): void;
}

/**
 * The message field, the attach button and the send button. Enter sends, Shift+Enter starts a new line; files
 * are picked with the button, dropped on the composer or pasted, shown as chips until sent, and removable.
 */
export class Composer {
  /** The form, for the element to place. */
  readonly element: HTMLFormElement;
  /** The message field, where focus goes when the panel opens. */
  readonly field: HTMLTextAreaElement;
  readonly #picker: HTMLInputElement;
  readonly #attach: HTMLButtonElement;
  readonly #send: HTMLButtonElement;
  readonly #label: HTMLLabelElement;
  readonly #chips: HTMLElement;
  readonly #actions: ComposerActions;
  #strings: WidgetStrings;
  #files: File[] = [];
  #typing = false;

  constructor(strings: WidgetStrings, actions: ComposerActions) {
    this.#strings = strings;
    this.#actions = actions;
    this.field = h("textarea", { id: "twin-message", rows: "1", autocomplete: "off", part: "input" });
    this.#label = h("label", { for: "twin-message", className: "sr-only" });
    this.#picker = h("input", { type: "file", multiple: true, hidden: true, tabindex: "-1" });
    this.#attach = h("button", { type: "button", className: "attach", part: "attach" }, icon(CLIP));
    this.#send = h("button", { type: "submit", className: "send", part: "send" });
    this.#chips = h("div", { className: "picked", hidden: true });
    this.element = h("form", { part: "composer" }, this.#label, this.field, this.#attach, this.#send, this.#picker);
    this.element.prepend(this.#chips);
    this.#listen();
    this.setStrings(strings);
  }

  /** Changes the language of the labels. */
  setStrings(strings: WidgetStrings): void {
    this.#strings = strings;
    this.#label.textContent = strings.message;
    this.field.placeholder = strings.placeholder;
    this.#attach.setAttribute("aria-label", strings.attach);
    this.#attach.title = strings.attach;
    this.#send.textContent = strings.send;
    this.#drawChips();
  }

  /** Enables or disables sending (while the chat cannot send). */
  setEnabled(enabled: boolean): void {
    for (const control of [this.field, this.#attach, this.#send]) control.disabled = !enabled;
  }

  #listen(): void {
    this.element.addEventListener("submit", (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.field.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#submit();
      }
    });
    this.field.addEventListener("input", () => this.#setTyping(this.field.value.trim() !== ""));
    this.#attach.addEventListener("click", () => this.#picker.click());
    this.#picker.addEventListener("change", () => {
      this.#add([...(this.#picker.files ?? [])]);
      this.#picker.value = "";
    });
    this.field.addEventListener("paste", (event) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      this.#add(files);
    });
    this.element.addEventListener("dragover", (event) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      event.preventDefault();
      this.element.classList.add("dragging");
    });
    this.element.addEventListener("dragleave", () => this.element.classList.remove("dragging"));
    this.element.addEventListener("drop", (event) => {
      this.element.classList.remove("dragging");
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      this.#add(files);
    });
  }

  #submit(): void {
    const text = this.field.value.trim();
    if ((text === "" && this.#files.length === 0) || this.#send.disabled) return;
    const files = this.#files;
    this.field.value = "";
    this.#files = [];
    this.#drawChips();
    this.#setTyping(false);
    this.#actions.send(text, files);
    this.field.focus();
  }

  #setTyping(isTyping: boolean): void {
    if (isTyping === this.#typing) return;
    this.#typing = isTyping;
    this.#actions.setTyping(isTyping);
  }

  #add(files: File[]): void {
    this.#files = [...this.#files, ...files];
    this.#drawChips();
  }

  #drawChips(): void {
    this.#chips.hidden = this.#files.length === 0;
    this.#chips.replaceChildren(
      ...this.#files.map((file, index) => {
        const chip = h("button", { type: "button", "aria-label": fill(this.#strings.removeFile, { name: file.name }) });
        chip.textContent = `${file.name} ✕`;
        chip.addEventListener("click", () => {
          this.#files = this.#files.filter((_, i) => i !== index);
          this.#drawChips();
          this.field.focus();
        });
        return chip;
      }),
    );
  }
}
