import { type ChatMessage, evictOldest } from "@twin-chat/api-types";
import type { MessageCursor } from "./options.js";

/** How many ids of delivered messages are remembered, to drop a replayed or re-sent one; the oldest go first. */
const RECENT_IDS = 10_000;

const byCreatedAt = (a: ChatMessage, b: ChatMessage) => Date.parse(a.createdAt) - Date.parse(b.createdAt);

/**
 * The order messages reach the app in: once each (by `id`), history before the live messages that arrived while it
 * was read. Live messages are held from {@link MessageFeed.hold} until {@link MessageFeed.release}; history read in
 * between is delivered first, and the {@link MessageFeed.cursor} only moves with what was delivered.
 */
export class MessageFeed {
  readonly #seen = new Set<string>();
  #cursor: { id?: string; createdAt: string } | undefined;
  #held: ChatMessage[] | undefined;

  /**
   * @param deliver - Receives each message once, in order.
   * @param since - Where the app's messages stop: only later ones are delivered.
   */
  constructor(
    private readonly deliver: (message: ChatMessage) => void,
    since?: MessageCursor | string,
  ) {
    this.#cursor = typeof since === "string" ? { createdAt: since } : since;
    if (this.#cursor?.id) this.#seen.add(this.#cursor.id);
  }

  /** Where to read the history from: the last message delivered, or the `since` given. */
  get cursor(): { id?: string; createdAt: string } | undefined {
    return this.#cursor;
  }

  /** A message from the socket: delivered now, or held during a catch-up. */
  live(message: ChatMessage): void {
    if (this.#held) this.#held.push(message);
    else this.#emit(message);
  }

  /** Holds live messages until {@link MessageFeed.release}. */
  hold(): void {
    this.#held ??= [];
  }

  /**
   * Delivers messages read from the history from the cursor's time on, oldest first, skipping any already delivered
   * and, when the cursor's message is among them, those up to it (created in the same millisecond, before it).
   */
  caughtUp(messages: readonly ChatMessage[]): void {
    const sorted = [...messages].sort(byCreatedAt);
    const at = sorted.findIndex((m) => m.id === this.#cursor?.id);
    for (const message of sorted.slice(at + 1)) this.#emit(message);
  }

  /** Delivers the held live messages, skipping any the history gave, and stops holding. */
  release(): void {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const message of held) this.#emit(message);
  }

  #emit(message: ChatMessage): void {
    const seen = this.#seen;
    if (typeof message?.id !== "string" || typeof message.createdAt !== "string" || seen.has(message.id)) return;
    seen.add(message.id);
    evictOldest(seen, RECENT_IDS);
    this.#cursor = message;
    this.deliver(message);
  }
}
