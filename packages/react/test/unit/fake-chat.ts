import type { Chat, ChatOptions, ChatSnapshot, ConversationMessage } from "@twin-chat/chat";

/** A sent message of the fake conversation, with `key` as its id. */
export const sentMessage = (key: string, body: string): ConversationMessage => ({
  key,
  id: key,
  sessionId: "s-1",
  authorType: "BOT",
  body,
  createdAt: "2026-01-01T00:00:00.000Z",
  state: "sent",
});

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
      queued: 0,
      error: undefined,
    };
    const chat: FakeChat = {
      options,
      closed: false,
      client: {} as Chat["client"], // the hook never calls it
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
      send: async (text) => sentMessage(text, text),
      resend: async (key) => sentMessage(key, key),
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
