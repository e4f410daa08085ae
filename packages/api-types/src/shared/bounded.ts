/**
 * Forgets the oldest entry of `entries` (a Map or Set, oldest first by insertion) when it holds more than `capacity`;
 * called after each insertion it keeps the collection bounded. For the twin-chat packages: the one evict-oldest rule
 * of their bounded caches, not meant for apps.
 */
export function evictOldest(entries: Map<unknown, unknown> | Set<unknown>, capacity: number): void {
  if (entries.size > capacity) entries.delete(entries.keys().next().value);
}
