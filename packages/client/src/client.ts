import {
  type ChatMessage,
  type ChatSession,
  type CloseSessionRequest,
  type ContinueChatSessionRequest,
  type CreateClientMessageRequest,
  type CreatedMessage,
  type FileDescriptor,
  type MessagePage,
  type OperationId,
  operationRoutes,
  type operations,
  type paths,
  type SessionDetails,
  type StartChatSessionRequest,
} from "@twin-chat/api-types";
import createClient, { type Client } from "openapi-fetch";
import { execute, type TextResult } from "./call.js";
import { type CallOptions, resolveOptions, type TwinClientOptions } from "./options.js";
import { routeByHost } from "./routes.js";
import { type UploadFile, type UploadOptions, uploadForm } from "./uploads.js";
import { pathParam } from "./validate.js";

/** Query of `listMessages`: time window, page and order, as the spec defines them. */
export type ListMessagesQuery = NonNullable<operations["listSessionMessages"]["parameters"]["query"]>;

/** Query and body of one call; their types are checked by the public method that builds them. */
interface OperationRequest {
  query?: Record<string, unknown>;
  body?: unknown;
}

/** A typed client of the TWIN chat API. Create one with {@link createTwinClient}. */
export interface TwinClient {
  /**
   * Starts a chat session in the chat `chatId` (`startChatSession`). With `returnAnswerAsync: true` the bot's
   * answer arrives over the realtime channel instead of in `messages`.
   */
  startSession(chatId: string, body?: StartChatSessionRequest, init?: CallOptions): Promise<ChatSession>;
  /** Sends a client message into the session `sessionId` (`createClientMessage`); the answer arrives in realtime. */
  sendMessage(sessionId: string, body: CreateClientMessageRequest, init?: CallOptions): Promise<CreatedMessage>;
  /** Continues the chat's last session, or starts a new one (`continueChatSession`; from the vendor's widget). */
  continueSession(chatId: string, body?: ContinueChatSessionRequest, init?: CallOptions): Promise<ChatSession>;
  /** Reads a session's details (`getSession`; from the vendor's SDK). */
  getSession(sessionId: string, init?: CallOptions): Promise<SessionDetails>;
  /** Closes a session, optionally recording its `result` (`closeSession`; from the vendor's SDK). */
  closeSession(sessionId: string, body?: CloseSessionRequest, init?: CallOptions): Promise<void>;
  /** Reads one page of a session's messages (`listSessionMessages`). */
  listMessages(sessionId: string, query?: ListMessagesQuery, init?: CallOptions): Promise<MessagePage>;
  /** Every message of a session from `query.offset` on, fetching page after page of `query.limit` (default 100). */
  messages(sessionId: string, query?: ListMessagesQuery, init?: CallOptions): AsyncIterableIterator<ChatMessage>;
  /** Marks a message read (`markMessageRead`; from the vendor's SDK). */
  markRead(messageId: string, init?: CallOptions): Promise<void>;
  /**
   * Uploads files to the files host (`uploadFiles`) and returns their descriptors, whose ids go into a message's
   * `attachments` or a session's `messageAttachments`. Names and sizes are checked before anything is sent.
   */
  uploadFiles(files: readonly UploadFile[], options?: UploadOptions, init?: CallOptions): Promise<FileDescriptor[]>;
  /**
   * The underlying openapi-fetch client, typed for every path of the spec and routed to each operation's host.
   * It returns `{ data, error, response }` and applies no timeout or retry of its own.
   */
  readonly raw: Client<paths>;
}

/**
 * Creates a client. Options are validated at once: a bad one throws {@link TwinValidationError} naming it.
 *
 * @example
 * ```ts
 * const twin = createTwinClient({ baseUrl: "http://127.0.0.1:4010" });
 * const session = await twin.startSession("my-chat", { messageBody: "Hello" });
 * ```
 */
export function createTwinClient(options: TwinClientOptions = {}): TwinClient {
  const config = resolveOptions(options);
  const raw = routeByHost(createClient<paths>({ fetch: config.fetch, headers: config.headers }), config.baseUrls);
  type Send = (method: string, path: string, init: Record<string, unknown>) => Promise<TextResult>;

  /** Calls `operation` with validated path parameters, under the client's timeout and retry policy. */
  async function invoke<T>(
    operation: OperationId,
    path: Record<string, string>,
    request: OperationRequest,
    init: CallOptions = {},
  ) {
    const route = operationRoutes[operation];
    const params = { query: request.query, path: {} as Record<string, string> };
    for (const [name, value] of Object.entries(path)) params.path[name] = pathParam(name, value);
    const send = (signal: AbortSignal, token: string | undefined) => {
      const headers = token === undefined ? init.headers : { ...init.headers, authorization: `Bearer ${token}` };
      return (raw.request as Send)(route.method, route.path, {
        params,
        body: request.body,
        signal,
        headers,
        parseAs: "text",
      });
    };
    return (await execute(config, operation, send, init)) as T;
  }

  const listMessages = (sessionId: string, query: ListMessagesQuery = {}, init?: CallOptions) =>
    invoke<MessagePage>("listSessionMessages", { sessionId }, { query }, init);

  return {
    raw,
    startSession: (chatId, body = {}, init) =>
      invoke("startChatSession", { chatId }, { query: { x_widget: 1 }, body }, init),
    continueSession: (chatId, body = {}, init) =>
      invoke("continueChatSession", { chatId }, { query: { x_widget: 1 }, body }, init),
    sendMessage: (sessionId, body, init) => invoke("createClientMessage", { sessionId }, { body }, init),
    getSession: (sessionId, init) => invoke("getSession", { sessionId }, {}, init),
    closeSession: (sessionId, body, init) => invoke("closeSession", { sessionId }, { body }, init),
    listMessages,
    async *messages(sessionId, query = {}, init) {
      const limit = query.limit ?? 100;
      for (let offset = query.offset ?? 0; ; offset += limit) {
        const page = await listMessages(sessionId, { ...query, limit, offset }, init);
        yield* page.items;
        if (page.items.length < limit || offset + limit >= page.count) return;
      }
    },
    markRead: (messageId, init) => invoke("markMessageRead", { messageId }, {}, init),
    uploadFiles: async (files, options, init) =>
      invoke("uploadFiles", {}, { body: await uploadForm(files, options) }, init),
  };
}
