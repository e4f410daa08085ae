import type { Chat, ChatOptions, ChatSnapshot } from "../../src/chat.js";

/** A chat stand-in with the real one's subscribe/getSnapshot shape, recording what the hook does to it. */
export interface FakeChat extends Chat {
  readonly options: ChatOptions;
  closed: boolean;
  /** Replaces the snapshot with one carrying `patch` and tells the listeners, as the real chat does. */
  emit(patch: Partial<ChatSnapshot>): void;
}

/** An `open` for the provider that makes {@link FakeChat}s and keeps every one it made. */
export function fakeOpener() {
  const opened: FakeChat[] = [];
  const open = (options: ChatOptions): FakeChat => {
    const listeners = new Set<() => void>();
    let snapshot: ChatSnapshot = {
      status: "connecting",
      sessionId: "s-1",
      messages: [],
      typing: [],
      caughtUp: false,
      error: undefined,
    };
    const chat: FakeChat = {
      options,
      closed: false,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      getSnapshot: () => snapshot,
      emit(patch) {
        snapshot = { ...snapshot, ...patch };
        for (const listener of [...listeners]) listener();
      },
      ready: async () => snapshot,
      send: async (text) => ({ key: text }),
      retry: async (key) => ({ key }),
      discard: () => true,
      setTyping: () => {},
      markRead: () => {},
      close() {
        chat.closed = true;
        listeners.clear();
      },
    };
    opened.push(chat);
    return chat;
  };
  return { open, opened, live: () => opened.filter((c) => !c.closed) };
}
