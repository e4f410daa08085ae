import type { Chat, ChatSnapshot } from "../src/index.js";

/** Resolves with the chat's snapshot once `check` holds for it, from the chat's own change events; rejects after `ms`. */
export function until(chat: Chat, check: (s: ChatSnapshot) => boolean, ms = 10_000): Promise<ChatSnapshot> {
  return new Promise((resolve, reject) => {
    if (check(chat.getSnapshot())) return resolve(chat.getSnapshot());
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`condition not met within ${ms} ms; status ${chat.getSnapshot().status}`));
    }, ms);
    const stop = chat.subscribe(() => {
      if (!check(chat.getSnapshot())) return;
      stop();
      clearTimeout(timer);
      resolve(chat.getSnapshot());
    });
  });
}

/** The bodies of the chat's messages, in order. */
export const bodies = (s: ChatSnapshot) => s.messages.map((m) => m.body);

/** A Storage look-alike in memory, as `localStorage` would behave across a page reload. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
