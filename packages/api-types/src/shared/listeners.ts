/**
 * A function an {@link Emitter} calls with each payload of its event. Declared as a method, so that a listener of
 * one event's payload fits where the payload is known only as a union of events' (bivariance, as with the DOM's).
 */
export type Listener<T> = { call(payload: T): void }["call"];

/**
 * Throws `error` again in a microtask: it surfaces as an uncaught error without breaking the code that emitted. The
 * `onError` of an {@link Emitter} whose listeners belong to the app, whose bugs must show but not break the emitter.
 */
export const throwLater = (error: unknown): void =>
  queueMicrotask(() => {
    throw error;
  });

/**
 * Named events and their listeners (`Events` maps each name to its payload), called in the order they were added.
 * A listener may remove itself or another while called, and one that throws does not stop the rest: its error goes
 * to `onError` with the event's name (such as {@link throwLater}: reported, never swallowed). For the twin-chat
 * packages: their one subscribe/notify, not meant for apps.
 */
export class Emitter<Events extends object> {
  #listeners: { [E in keyof Events]?: Set<Listener<Events[E]>> } = {};

  /** @param onError - Receives what a listener threw, and the event it listened to; must not throw. */
  constructor(private readonly onError: (error: unknown, event: keyof Events) => void) {}

  /** Adds `listener` for `event`; returns the function that removes it. */
  on<E extends keyof Events>(event: E, listener: Listener<Events[E]>): () => void {
    const set = this.#listeners[event] ?? new Set();
    this.#listeners[event] = set.add(listener);
    return () => this.off(event, listener);
  }

  /** Removes `listener` from `event`. */
  off<E extends keyof Events>(event: E, listener: Listener<Events[E]>): void {
    this.#listeners[event]?.delete(listener);
  }

  /** Calls every listener of `event` with `payload`. */
  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    for (const listener of [...(this.#listeners[event] ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        this.onError(error, event);
      }
    }
  }

  /** Removes every listener of every event. */
  clear(): void {
    this.#listeners = {};
  }
}
