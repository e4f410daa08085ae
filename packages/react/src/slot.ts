import { Emitter, throwLater } from "@twin-chat/api-types";

/** What the hook needs of a conversation: `@twin-chat/chat`'s object has this shape. */
export interface Store<S> {
  /** Calls `listener` after each change; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  /** The snapshot now: the same object until something changed. */
  getSnapshot(): S;
  /** Releases the conversation's socket, timers and listeners. */
  close(): void;
}

/**
 * Holds the one conversation a component uses, across React's effect cycles. `acquire` opens it, or keeps the one
 * already open for the same key; the function it returns releases it a microtask later, so that StrictMode's
 * unmount-and-mount in one commit keeps the same conversation (one socket, not two) while a real unmount closes it.
 * Until the first `acquire` (and always on the server), the snapshot is `idle`.
 */
export class ConversationSlot<C extends Store<S>, S> {
  readonly #changes = new Emitter<{ change: undefined }>(throwLater);
  readonly #idle: S;
  #current: C | undefined;
  #key: readonly unknown[] = [];
  #unsubscribe: (() => void) | undefined;
  #released = false;

  /** @param idle - The snapshot shown before the conversation opens. */
  constructor(idle: S) {
    this.#idle = idle;
  }

  /** The open conversation, if any. */
  get current(): C | undefined {
    return this.#current;
  }

  /** For `useSyncExternalStore`: follows the conversation, and its replacement when the key changes. */
  readonly subscribe = (listener: () => void): (() => void) => this.#changes.on("change", listener);

  /** For `useSyncExternalStore`: the open conversation's snapshot, else the idle one. */
  readonly getSnapshot = (): S => (this.#current ? this.#current.getSnapshot() : this.#idle);

  /** For `useSyncExternalStore` on the server: always the idle snapshot, so that rendering opens nothing. */
  readonly getServerSnapshot = (): S => this.#idle;

  /**
   * Opens the conversation with `open`, unless one is open for an equal `key` (the same values, compared with
   * `Object.is`); returns the effect's cleanup.
   */
  acquire(key: readonly unknown[], open: () => C): () => void {
    this.#released = false;
    if (this.#current === undefined || !sameKey(this.#key, key)) {
      this.#dispose();
      const conversation = open();
      this.#current = conversation;
      this.#key = key;
      this.#unsubscribe = conversation.subscribe(this.#notify);
      this.#notify();
    }
    const held = this.#current;
    return () => {
      this.#released = true;
      queueMicrotask(() => {
        if (this.#released && this.#current === held) this.#dispose();
      });
    };
  }

  readonly #notify = (): void => this.#changes.emit("change", undefined);

  #dispose(): void {
    const conversation = this.#current;
    if (!conversation) return;
    this.#unsubscribe?.();
    this.#current = undefined;
    this.#key = [];
    this.#unsubscribe = undefined;
    conversation.close();
  }
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
