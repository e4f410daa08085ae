import type { ChatMessage, ListSessionMessagesQuery, TwinError } from "@twin-chat/api-types";
import { createTwinClient, type TwinClient } from "@twin-chat/client";
import { allMessages } from "@twin-chat/client/paging";
import { continueSession } from "@twin-chat/client/sessions";
import { type UploadFile, uploadFiles } from "@twin-chat/client/uploads";
import { connectSession, type RealtimeSession, type SessionStatus } from "@twin-chat/realtime";
import { asTwinError, ChatError, invalidInput } from "./errors.js";
import { type ConversationMessage, MessageList, mayHaveReachedServer } from "./messages.js";
import { type ChatOptions, clientOptions, resolveChatOptions } from "./options.js";
import { SnapshotStore } from "./store.js";

/** Where the chat stands: `opening` the session, then the realtime connection's status; `failed` if it never opened. */
export type ChatStatus = "opening" | SessionStatus | "failed";

/** Everything a view shows of the chat, at one moment. Immutable: a change makes a new snapshot. */
export interface ChatSnapshot {
  /** Where the chat stands. */
  readonly status: ChatStatus;
  /** The session, once open. */
  readonly sessionId: string | undefined;
  /** The conversation, history and live merged by id, in order, each message once. */
  readonly messages: readonly ConversationMessage[];
  /** Who is typing now, by author type (`BOT`, `OPERATOR`, or `CLIENT` in another tab). */
  readonly typing: readonly string[];
  /** True once the history since the last connect has been read: the list is whole. */
  readonly caughtUp: boolean;
  /** The last error that did not belong to one message: opening, the handshake, reading the history. */
  readonly error: TwinError | undefined;
}

/** Options of {@link Chat.send}. */
export interface SendOptions {
  /** Files to upload with `uploadFiles` and attach; uploaded once, even when the send is retried. */
  attachments?: readonly UploadFile[];
  /** Id of the message this one replies to. */
  replyToMessageId?: string;
}

/**
 * One conversation: its messages, sends, typing, read receipts and connection, as one object. Create it with
 * {@link openChat}. Bind a view with `subscribe` and `getSnapshot`, which need no `this`
 * (`useSyncExternalStore(chat.subscribe, chat.getSnapshot)`).
 */
export interface Chat {
  /** Calls `listener` after every change of the snapshot; returns a function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
  /** The snapshot now; the same object until something changes. */
  readonly getSnapshot: () => ChatSnapshot;
  /** Resolves once the session is open, connected and its history read; rejects with the error if it cannot open. */
  ready(): Promise<ChatSnapshot>;
  /**
   * Sends `text`: the message shows at once as `sending`, then becomes `sent` or `failed`. Resolves with the
   * message as it ends up; never rejects for a failed send (see its `state` and `error`). Bad input throws a
   * {@link ChatError} at once, before anything is shown.
   */
  send(text: string, options?: SendOptions): Promise<ConversationMessage>;
  /**
   * Sends the failed message `key` again. When the failure may have happened after the server got it (a
   * timeout, a reset), the session's history is read first, and the message is not sent twice.
   */
  retry(key: string): Promise<ConversationMessage>;
  /** Removes the failed or unsent message `key` from the list; returns whether it did. */
  discard(key: string): boolean;
  /** Tells the others the user started or stopped typing. */
  setTyping(isTyping: boolean): void;
  /** Tells the server the user read the message `id` (its `readAt` follows from the server's receipt). */
  markRead(id: string): void;
  /** Releases the socket, timers, requests and listeners; the server's session stays open for a later visit. */
  close(): void;
  /** The HTTP client the chat uses, for the rest of the API. */
  readonly client: TwinClient;
}

/** Overlap of a retry's history look-up, so that a message stamped a little before the last one seen is found. */
const OVERLAP_MS = 1_000;

/** A send of the user's, kept until it is sent or discarded. */
interface Outgoing {
  text: string;
  files: readonly UploadFile[];
  fileIds: string[] | undefined;
  replyToMessageId: string | undefined;
  /** Where the history stood when it was first sent: a retry looks for it from there. */
  after: string | undefined;
}

const earlier = (from: string | undefined) =>
  from === undefined ? undefined : new Date(Date.parse(from) - OVERLAP_MS).toISOString();

/**
 * Opens a conversation: starts a session in `chatId` or continues the stored one (or opens `sessionId`), then
 * follows it over the realtime channel, reading the history on every connect so that the list stays whole.
 * Returns at once; the snapshot's `status` tells how far it got, and `ready()` waits for it.
 *
 * @example
 * ```ts
 * const chat = openChat({ baseUrl: "http://127.0.0.1:4010", chatId: "demo-chat", storage: localStorage });
 * chat.subscribe(() => render(chat.getSnapshot()));
 * await chat.send("Hello");
 * ```
 */
export function openChat(options: ChatOptions): Chat {
  const config = resolveChatOptions(options);
  const { chatId, start, realtime } = options;
  const client = options.client ?? createTwinClient(clientOptions(options));
  const list = new MessageList();
  const typing = new Set<string>();
  const outgoing = new Map<string, Outgoing>();
  const store = new SnapshotStore<ChatSnapshot>({
    status: "opening",
    sessionId: undefined,
    messages: list.view(),
    typing: [],
    caughtUp: false,
    error: undefined,
  });
  const abort = new AbortController();
  const call = { signal: abort.signal };
  let session: RealtimeSession | undefined;
  let sequence = 0;

  let settleReady!: (error?: TwinError) => void;
  const readyPromise = new Promise<ChatSnapshot>((resolve, reject) => {
    settleReady = (error) => (error ? reject(error) : resolve(store.get()));
  });
  readyPromise.catch(() => {}); // observed through ready()

  const isClosed = () => store.get().status === "closed" || store.get().status === "failed";
  const publish = () => store.set({ messages: list.view(), typing: [...typing] });
  const remember = (action: (storage: NonNullable<typeof config.storage>) => void) => {
    try {
      if (config.storage) action(config.storage);
    } catch {
      // a full or forbidden storage only costs the resume after a reload
    }
  };

  function fail(error: TwinError): void {
    if (isClosed()) return;
    store.set({ status: "failed", error });
    settleReady(error);
    release();
  }

  async function open(): Promise<string> {
    let id = config.sessionId;
    remember((s) => (id ??= s.getItem(config.storageKey) ?? undefined));
    if (chatId !== undefined) {
      const body = { returnAnswerAsync: true, ...start };
      const opened =
        id === undefined
          ? await client.startSession(chatId, body, call)
          : await continueSession(client, chatId, { ...body, sessionId: id }, call);
      id = opened.id;
    }
    const sessionId = id as string; // options require chatId or sessionId
    remember((s) => s.setItem(config.storageKey, sessionId));
    if (isClosed()) throw new ChatError("closed", "the chat was closed while opening");
    store.set({ sessionId, status: "connecting" });
    follow(sessionId);
    return sessionId;
  }

  /** Follows the session over realtime, which reads the history on every connect; the list merges it all by id. */
  function follow(sessionId: string): void {
    const history = (id: string, query: ListSessionMessagesQuery) => client.listMessages(id, query, call);
    const rt = connectSession({ ...realtime, url: config.realtimeUrl, sessionId, history });
    session = rt;
    rt.on("status", (status) => {
      if (isClosed()) return;
      if (status === "closed") release();
      typing.clear();
      publish();
      store.set({ status, caughtUp: false });
      if (status === "connected") rt.ready().then(caughtUp, () => {});
    });
    rt.on("message", (message) => {
      typing.delete(message.authorType);
      if (list.merge(message)) publish();
    });
    rt.on("typing", (event) => {
      if (event.isTyping) typing.add(event.authorType);
      else typing.delete(event.authorType);
      publish();
    });
    rt.on("read", (event) => {
      if (list.markRead(event.messageId, event.readAt ?? new Date().toISOString())) publish();
    });
    rt.on("closed", () => remember((s) => s.removeItem(config.storageKey)));
    rt.on("error", (error) => (error.code === "handshake-refused" ? fail(error) : store.set({ error })));
  }

  function caughtUp(): void {
    if (isClosed() || session?.status !== "connected") return;
    store.set({ caughtUp: true, error: undefined });
    settleReady();
  }

  /** Sends the message `key` (again), unless the history shows that an earlier attempt reached the server. */
  async function deliver(key: string, previous: TwinError | undefined): Promise<ConversationMessage> {
    const job = outgoing.get(key)!;
    let result: ConversationMessage | undefined;
    try {
      const sessionId = await opened;
      if (job.fileIds === undefined && job.files.length > 0) {
        job.fileIds = (await uploadFiles(client, job.files, {}, call)).map((file) => file.id);
      }
      const found = mayHaveReachedServer(previous) ? await findSent(sessionId, job) : undefined;
      if (found) list.settle(key, found);
      else if (list.get(key)?.state !== "sent") {
        const body = { body: job.text, attachments: job.fileIds, replyToMessageId: job.replyToMessageId };
        result = list.confirm(key, await client.sendMessage(sessionId, body, call));
      }
      outgoing.delete(key);
    } catch (error) {
      list.setState(key, "failed", asTwinError(error));
    }
    publish();
    return result ?? list.get(key)!;
  }

  /** The user's message `job` in the history, if an attempt reached the server: same text, an id not shown yet. */
  async function findSent(sessionId: string, job: Outgoing): Promise<ChatMessage | undefined> {
    const from = earlier(job.after);
    for await (const message of allMessages(client, sessionId, { ...(from && { from }) }, call)) {
      if (message.authorType === "CLIENT" && message.body === job.text && !list.has(message.id)) return message;
    }
    return undefined;
  }

  function release(): void {
    abort.abort(new ChatError("closed", "the chat was closed"));
    session?.close();
  }

  const opened = open();
  opened.catch((error) => fail(asTwinError(error)));

  return {
    client,
    subscribe: (listener) => store.subscribe(listener),
    getSnapshot: () => store.get(),
    ready: () => readyPromise,
    send(text, sendOptions = {}) {
      if (isClosed()) throw new ChatError("closed", "the chat is closed: open a new one to send");
      if (typeof text !== "string") throw invalidInput("text", "must be a string");
      const files = sendOptions.attachments ?? [];
      if (!Array.isArray(files)) throw invalidInput("attachments", "must be an array of files");
      if (text.trim() === "" && files.length === 0) throw invalidInput("text", "must not be empty without attachments");
      const key = `local-${Date.now().toString(36)}-${++sequence}`;
      outgoing.set(key, {
        text,
        files,
        fileIds: undefined,
        replyToMessageId: sendOptions.replyToMessageId,
        after: list.cursor(),
      });
      list.addLocal(key, {
        sessionId: store.get().sessionId ?? "",
        authorType: "CLIENT",
        body: text,
        attachments: files.map((file) => ({ name: file.name })),
        readAt: null,
        createdAt: new Date().toISOString(),
      });
      publish();
      return deliver(key, undefined);
    },
    retry(key) {
      const message = list.get(key);
      if (!message) throw invalidInput("key", `must be the key of a message of this chat, got ${JSON.stringify(key)}`);
      if (message.state !== "failed") return Promise.resolve(message);
      if (isClosed()) throw new ChatError("closed", "the chat is closed: open a new one to send");
      list.setState(key, "sending");
      publish();
      return deliver(message.key, message.error);
    },
    discard(key) {
      const message = list.get(key);
      if (!message || message.state === "sent") return false;
      outgoing.delete(message.key);
      list.remove(message.key);
      publish();
      return true;
    },
    setTyping: (isTyping) => session?.typing(isTyping === true),
    markRead(id) {
      if (list.has(id)) session?.markRead(id);
    },
    close() {
      release();
      store.set({ status: "closed", caughtUp: false });
      settleReady(new ChatError("closed", "the chat was closed before it was ready"));
      store.clear();
    },
  };
}
