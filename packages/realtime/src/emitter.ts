import { RealtimeError } from "./errors.js";

type Listener<T> = (payload: T) => void;

/**
 * A small typed event emitter whose listeners cannot break the emitter: a listener that throws is reported to
 * `onListenerError` and the others still run.
 */
export class SafeEmitter<Events extends object> {
  #listeners: { [E in keyof Events]?: Set<Listener<Events[E]>> } = {};

  /** @param onListenerError - Receives a listener's error, wrapped; must not throw. */
  constructor(private readonly onListenerError: (error: RealtimeError<"listener">) => void) {}

  /** Adds `listener` for `event`; returns a function that removes it. */
  on<E extends keyof Events>(event: E, listener: Listener<Events[E]>): () => void {
    const set = this.#listeners[event] ?? new Set();
    set.add(listener);
    this.#listeners[event] = set;
    return () => this.off(event, listener);
  }

  /** Removes `listener` from `event`. */
  off<E extends keyof Events>(event: E, listener: Listener<Events[E]>): void {
    this.#listeners[event]?.delete(listener);
  }

  /** Calls every listener of `event` with `payload`, in the order they were added. */
  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    for (const listener of [...(this.#listeners[event] ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        this.onListenerError(new RealtimeError("listener", `a "${String(event)}" listener threw`, error));
      }
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#listeners = {};
  }
}
