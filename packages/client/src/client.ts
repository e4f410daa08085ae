import {
  type ChatSession,
  type CreateClientMessageRequest,
  type CreatedMessage,
  type ListSessionMessagesQuery,
  type MessagePage,
  type OperationId,
  operationCalls,
  type paths,
  type StartChatSessionRequest,
} from "@twin-chat/api-types";
import createClient, { type Client } from "openapi-fetch";
import { bodyOf, call, type FetchResult, type Send } from "./call.js";
import { type CallOptions, resolveOptions, type TwinClientOptions } from "./options.js";
import { pathParam, sessionPath } from "./validate.js";

/** A typed client of the TWIN chat API. Create one with {@link createTwinClient}. */
export interface TwinClient {
  /**
   * Starts a chat session in the chat `chatId` (`startChatSession`). With `returnAnswerAsync: true` the bot's
   * answer arrives over the realtime channel instead of in `messages`.
   */
  startSession(chatId: string, body?: StartChatSessionRequest, init?: CallOptions): Promise<ChatSession>;
  /** Sends a client message into the session `sessionId` (`createClientMessage`); the answer arrives in realtime. */
  sendMessage(sessionId: string, body: CreateClientMessageRequest, init?: CallOptions): Promise<CreatedMessage>;
  /** Reads one page of a session's messages (`listSessionMessages`). */
  listMessages(sessionId: string, query?: ListSessionMessagesQuery, init?: CallOptions): Promise<MessagePage>;
  /**
   * Sends any call of {@link raw} with this client's host, timeout, retries, token and errors: spread the
   * options that `send` gets into the openapi-fetch call. Resolves to openapi-fetch's result for a 2xx answer.
   *
   * @example
   * ```ts
   * const { data } = await twin.call("getSession", (o) =>
   *   twin.raw.GET("/api/v1/sessions/{sessionId}", { ...o, params: { path: { sessionId } } }),
   * );
   * ```
   */
  call<R extends FetchResult>(operation: OperationId, send: Send<R>, init?: CallOptions): Promise<R>;
  /**
   * The underlying openapi-fetch client, typed for every path of the spec. It returns `{ data, error, response }`,
   * sends to the spec's first host unless given a `baseUrl`, and applies no timeout or retry of its own: run its
   * calls through {@link call} for those, and for each operation's host.
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
  const [origin] = Object.values(config.baseUrls);
  const api = createClient<paths>({ baseUrl: origin, fetch: config.fetch, headers: config.headers });
  /** Calls `operation` and resolves to the JSON body of its answer. */
  const json = async <D>(
    operation: OperationId,
    init: CallOptions | undefined,
    send: Send<{ data?: D; error?: unknown; response: Response }>,
  ) => bodyOf(operation, await call(config, operation, init, send));

  return {
    raw: api,
    call: (operation, send, init) => call(config, operation, init, send),
    async startSession(chatId, body = {}, init) {
      const query = operationCalls.startChatSession.fixedQuery;
      const params = { path: { chatId: pathParam("chatId", chatId) }, query };
      return json("startChatSession", init, (o) =>
        api.POST("/api/chats/v1/chats/{chatId}/sessions", { ...o, params, body }),
      );
    },
    async sendMessage(sessionId, body, init) {
      const params = sessionPath(sessionId);
      return json("createClientMessage", init, (o) =>
        api.POST("/api/v1/sessions/{sessionId}/messages", { ...o, params, body }),
      );
    },
    async listMessages(sessionId, query = {}, init) {
      const params = { ...sessionPath(sessionId), query };
      return json("listSessionMessages", init, (o) =>
        api.GET("/api/v1/sessions/{sessionId}/messages", { ...o, params }),
      );
    },
  };
}
