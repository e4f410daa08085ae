import { Emitter, throwLater } from "@twin-chat/api-types";

/**
 * An immutable value that listeners follow: `get()` returns the same object until `set()` changes a field, so
 * `useSyncExternalStore`, Vue's `shallowRef` or a Svelte store re-render only when something changed.
 */
export class SnapshotStore<T extends object> {
  readonly #changes = new Emitter<{ change: undefined }>(throwLater);
  #value: Readonly<T>;

  /** @param initial - The first snapshot. */
  constructor(initial: T) {
    this.#value = Object.freeze({ ...initial });
  }

  /** The snapshot now. */
  get(): Readonly<T> {
    return this.#value;
  }

  /** Replaces the snapshot with one carrying `patch`, and tells the listeners; does nothing when no field changes. */
  set(patch: Partial<T>): void {
    const current = this.#value;
    let changed = false;
    for (const key in patch) changed ||= !Object.is(current[key], patch[key]);
    if (!changed) return;
    this.#value = Object.freeze({ ...current, ...patch });
    this.#changes.emit("change", undefined); // a listener that throws (the app's bug) surfaces without breaking the chat
  }

  /** Calls `listener` after each change; returns a function that stops it. */
  subscribe(listener: () => void): () => void {
    return this.#changes.on("change", listener);
  }

  /** Removes every listener. */
  clear(): void {
    this.#changes.clear();
  }
}
