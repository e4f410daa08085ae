/** The ids of the last `capacity` messages delivered, to drop a replayed or re-sent message. */
export class RecentIds {
  readonly #ids = new Set<string>();

  /** @param capacity - How many ids to remember; the oldest is forgotten past this. */
  constructor(private readonly capacity = 10_000) {}

  /** Remembers `id`; returns false when it was already there (a duplicate). */
  add(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) this.#ids.delete(this.#ids.values().next().value!);
    return true;
  }
}
