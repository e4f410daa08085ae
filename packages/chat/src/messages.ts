import { type ChatMessage, mayHaveReachedServer, type TwinError } from "@twin-chat/api-types";

/**
 * Where a message stands: `sending` until the server has it, then `sent`; `queued` while the server cannot be
 * reached (it goes out by itself when it can); `failed` when the server refused it.
 */
export type MessageState = "queued" | "sending" | "sent" | "failed";

/**
 * A message of the conversation, in the one shape the chat shows: the server's {@link ChatMessage} (from the
 * history, the realtime channel or a send), plus where it stands. A message sent from here carries a local `id`
 * (`local-…`) until the server's answer gives it its own; its `key` never changes, so use `key` to render lists.
 */
export interface ConversationMessage extends Readonly<ChatMessage> {
  /** Stable identity for rendering: the local id for a message sent from here, else the server's `id`. */
  readonly key: string;
  /** `queued`, `sending`, `sent` or `failed`; every message read from the server is `sent`. */
  readonly state: MessageState;
  /** Why the last attempt failed, while `state` is `failed` or `queued`. */
  readonly error?: TwinError | undefined;
}

/** Whether a failed send may still have reached the server (a timeout, a reset, a 5xx), so a retry must look first. */
export { mayHaveReachedServer };

interface Entry {
  message: ConversationMessage;
  /** The server message it was last merged from, to tell a real change from a repeat. */
  raw: ChatMessage | undefined;
  time: number;
  seq: number;
}

/** The server's order: by `createdAt`, ties in the order they arrived (`seq` is unique, so no two entries tie). */
const order = (a: Entry, b: Entry) => a.time - b.time || a.seq - b.seq;

/**
 * The conversation's messages, merged by `id` from every source and kept in one order: the server's messages by
 * `createdAt` (ties in the order they arrived), then those not yet on the server in the order they were sent.
 * A message's object is replaced only when it changes, and {@link MessageList.view} only when one did.
 */
export class MessageList {
  readonly #entries = new Map<string, Entry>();
  readonly #keyById = new Map<string, string>();
  /** The server's messages, kept in order as they are put: most arrive last, so most go in at the end. */
  readonly #sent: Entry[] = [];
  /** The messages of {@link MessageList.#sent}, in the same order: the view copies them in one go. */
  readonly #sentMessages: ConversationMessage[] = [];
  /** The messages not on the server yet, by key: a few at most. */
  readonly #unsent = new Map<string, Entry>();
  #seq = 0;
  #view: readonly ConversationMessage[] = [];
  #stale = false;

  /** The messages in order; the same array until something changes. */
  view(): readonly ConversationMessage[] {
    if (this.#stale) {
      const unsent = [...this.#unsent.values()].sort((a, b) => a.seq - b.seq).map((e) => e.message);
      this.#view = Object.freeze(this.#sentMessages.concat(unsent));
      this.#stale = false;
    }
    return this.#view;
  }

  /** The message whose `key` (or server `id`) is `key`. */
  get(key: string): ConversationMessage | undefined {
    return this.#entry(key)?.message;
  }

  /** Whether the server message `id` is in the list. */
  has(id: string): boolean {
    return this.#keyById.has(id);
  }

  /** The latest `createdAt` of the server's messages, from which to read the history on; undefined when none. */
  cursor(): string | undefined {
    return this.#sent.at(-1)?.message.createdAt;
  }

  /**
   * Merges a message from the server (history, realtime or a send's answer). A known `id` is updated in place.
   * A client message not known yet is the echo of one sent from here when a message still sending (or failed in
   * a way that may have reached the server) has the same text: that one takes its id, so it is never shown twice.
   * Returns whether the list changed.
   */
  merge(message: ChatMessage): boolean {
    return this.settle(this.#keyById.get(message.id) ?? this.#echoOf(message)?.message.key ?? message.id, message);
  }

  /** Merges `message` from the server as the message `key`: a send found in the history, or a known message. */
  settle(key: string, message: ChatMessage): boolean {
    const entry = this.#entries.get(key);
    if (entry?.raw && sameMessage(entry.raw, message)) return false;
    const next: ConversationMessage = { ...message, key, state: "sent" };
    this.#put(key, next, message, entry?.seq);
    return true;
  }

  /** Adds a message sent from here, as `sending`, under the local `key`. */
  addLocal(key: string, message: Omit<ChatMessage, "id">): ConversationMessage {
    const local: ConversationMessage = { ...message, id: key, key, state: "sending" };
    this.#put(key, local, undefined);
    return local;
  }

  /**
   * Records the server's answer to a send of `key`: its `id` and `createdAt`. When the echo already gave the
   * message an id, it stays; when another message already holds that id, the local copy is dropped. Returns the
   * message that stays.
   */
  confirm(key: string, created: Pick<ChatMessage, "id" | "createdAt">): ConversationMessage | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.message.state === "sent") return entry?.message;
    const holder = this.#keyById.get(created.id);
    if (holder !== undefined && holder !== key) {
      this.remove(key);
      return this.#entries.get(holder)?.message;
    }
    const message: ConversationMessage = { ...entry.message, ...created, state: "sent", error: undefined };
    this.#put(key, message, undefined, entry.seq);
    return message;
  }

  /** Marks the unsent message `key` as `sending` again, or as `queued` or `failed` with `error`. */
  setState(key: string, state: Exclude<MessageState, "sent">, error?: TwinError): void {
    const entry = this.#entries.get(key);
    if (!entry || entry.message.state === "sent") return;
    this.#put(key, { ...entry.message, state, error }, undefined, entry.seq);
  }

  /** Records that the server message `id` was read at `readAt`; returns whether the list changed. */
  markRead(id: string, readAt: string): boolean {
    const entry = this.#entry(id);
    if (!entry || entry.message.readAt === readAt) return false;
    this.#put(entry.message.key, { ...entry.message, readAt }, entry.raw && { ...entry.raw, readAt }, entry.seq);
    return true;
  }

  /** Removes the message `key`; returns whether it was there. */
  remove(key: string): boolean {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#unlink(entry);
    if (entry.message.state === "sent") this.#keyById.delete(entry.message.id);
    this.#stale = true;
    return true;
  }

  #entry(keyOrId: string): Entry | undefined {
    return this.#entries.get(keyOrId) ?? this.#entries.get(this.#keyById.get(keyOrId) ?? "");
  }

  /** The unsent message whose echo `message` may be: same text, from the client, sent first. */
  #echoOf(message: ChatMessage): Entry | undefined {
    if (message.authorType !== "CLIENT") return undefined;
    let match: Entry | undefined;
    for (const entry of this.#unsent.values()) {
      const { state, body, error } = entry.message;
      const waiting = state === "sending" || (state !== "sent" && mayHaveReachedServer(error));
      if (waiting && body === message.body && (!match || entry.seq < match.seq)) match = entry;
    }
    return match;
  }

  #put(key: string, message: ConversationMessage, raw: ChatMessage | undefined, seq = this.#seq++): void {
    const old = this.#entries.get(key);
    if (old) this.#unlink(old);
    const time = Date.parse(message.createdAt);
    const entry: Entry = { message, raw, time: Number.isNaN(time) ? 0 : time, seq };
    this.#entries.set(key, entry);
    if (message.state === "sent") {
      this.#keyById.set(message.id, key);
      const index = this.#place(entry);
      this.#sent.splice(index, 0, entry);
      this.#sentMessages.splice(index, 0, message);
    } else {
      this.#unsent.set(key, entry);
    }
    this.#stale = true;
  }

  /** Takes `entry` out of the sent or the unsent messages. */
  #unlink(entry: Entry): void {
    if (entry.message.state !== "sent") {
      this.#unsent.delete(entry.message.key);
      return;
    }
    const index = this.#place(entry) - 1;
    if (this.#sent[index] !== entry) return;
    this.#sent.splice(index, 1);
    this.#sentMessages.splice(index, 1);
  }

  /** Where `entry` goes in the sent messages: after every one that orders before it (a binary search). */
  #place(entry: Entry): number {
    let low = 0;
    let high = this.#sent.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(this.#sent[middle]!, entry) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Whether two server copies of a message carry the same data. */
function sameMessage(a: ChatMessage, b: ChatMessage): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
