import { Emitter, throwLater } from "@twin-chat/api-types";
import {
  type Chat,
  type ChatOptions,
  type ChatSnapshot,
  type ConversationMessage,
  openChat,
  type SessionStore,
} from "@twin-chat/chat";
import { type UploadProgress, type UploadWatch, uploadingFetch } from "./upload-fetch.js";

/** What the widget opens a conversation with. */
export interface ConversationOptions {
  /** The API, for HTTP and realtime. */
  baseUrl: string;
  /** The chat to talk in. */
  chatId: string;
  /** The body of the session's start. */
  start: ChatOptions["start"];
  /** Where the session is kept for a reload. */
  storage: SessionStore | undefined;
  /** The session to continue, when the element reopens one it had (removed and added back). */
  sessionId: string | undefined;
}

/** One upload under way, for the message `key`. */
export interface Upload extends UploadProgress {
  /** The key of the message the upload belongs to. */
  readonly key: string;
}

/** The view's state: the chat's snapshot and the uploads under way. */
export interface ConversationState {
  /** The chat's snapshot. */
  readonly chat: ChatSnapshot;
  /** The uploads under way, by message key. */
  readonly uploads: ReadonlyMap<string, Upload>;
}

/**
 * The one place the widget talks to `@twin-chat/chat`: a conversation that can start again after the server closed
 * it, and whose uploads report progress and can be cancelled.
 */
export interface Conversation {
  /** The state now; a new object after each change. */
  state(): ConversationState;
  /** Calls `listener` after each change; returns a function that stops it. */
  subscribe(listener: () => void): () => void;
  /** Sends `text` with `files` (uploaded first, with progress). */
  send(text: string, files: readonly File[]): void;
  /** Sends the failed message `key` again. */
  resend(key: string): void;
  /** Removes the failed message `key`. */
  discard(key: string): void;
  /** Stops the upload of the message `key` and removes the message. */
  cancelUpload(key: string): void;
  /** Tells the others the user started or stopped typing. */
  setTyping(isTyping: boolean): void;
  /** Tells the server the user read the message `id`. */
  markRead(id: string): void;
  /** Starts a new session in the same chat (after the server closed the last one). */
  restart(): void;
  /** Releases the socket; the server's session stays open. */
  close(): void;
}

interface Tracked {
  key: string;
  cancel?: () => void;
}

/** The send that was just added: the last message of the list, still unsent. */
const lastKey = (chat: Chat) => chat.getSnapshot().messages.at(-1)?.key ?? "";

/** Opens the conversation `options` describe. */
export function openConversation(options: ConversationOptions): Conversation {
  const changes = new Emitter<{ change: undefined }>(throwLater);
  const uploads = new Map<string, Upload>();
  /** Sends with files whose upload has not started yet, oldest first, and those under way by key. */
  const waiting: Tracked[] = [];
  const running = new Map<string, Tracked>();
  let state: ConversationState;
  let chat: Chat;
  let stop = () => {};

  const notify = () => {
    state = { chat: chat.getSnapshot(), uploads: new Map(uploads) };
    changes.emit("change", undefined);
  };

  const next = (): UploadWatch | undefined => {
    const tracked = waiting.shift();
    if (!tracked) return undefined;
    running.set(tracked.key, tracked);
    return {
      started: (cancel) => (tracked.cancel = cancel),
      progress: ({ loaded, total }) => {
        uploads.set(tracked.key, { key: tracked.key, loaded, total });
        notify();
      },
    };
  };

  function open(sessionId: string | undefined): void {
    chat = openChat({
      baseUrl: options.baseUrl,
      chatId: options.chatId,
      sessionId,
      start: options.start,
      storage: options.storage,
      fetch: uploadingFetch(next),
    });
    stop = chat.subscribe(notify);
    notify();
  }

  /** Runs a send or a resend of `key` that uploads `files`, tracking the upload until it ends. */
  function track(key: string, hasFiles: boolean, sending: Promise<ConversationMessage>): void {
    if (hasFiles) waiting.push({ key });
    void sending.finally(() => {
      const at = waiting.findIndex((t) => t.key === key);
      if (at >= 0) waiting.splice(at, 1);
      running.delete(key);
      if (uploads.delete(key)) notify();
    });
  }

  open(options.sessionId);
  return {
    state: () => state,
    subscribe: (listener) => changes.on("change", listener),
    send(text, files) {
      const sending = chat.send(text, { attachments: files });
      track(lastKey(chat), files.length > 0, sending);
    },
    resend(key) {
      const message = chat.getSnapshot().messages.find((m) => m.key === key);
      track(key, (message?.attachments?.length ?? 0) > 0, chat.resend(key));
    },
    discard: (key) => void chat.discard(key),
    cancelUpload(key) {
      const tracked = running.get(key);
      const at = waiting.findIndex((t) => t.key === key);
      if (at >= 0) waiting.splice(at, 1);
      tracked?.cancel?.();
      chat.discard(key);
    },
    setTyping: (isTyping) => chat.setTyping(isTyping),
    markRead: (id) => chat.markRead(id),
    restart() {
      stop();
      chat.close();
      open(undefined);
    },
    close() {
      stop();
      chat.close();
      changes.clear();
    },
  };
}

export type { ConversationMessage };
