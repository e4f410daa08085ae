import {
  type ChatSession,
  type CreateClientMessageRequest,
  type CreatedMessage,
  createClientMessageRoute,
  type HostName,
  type ListSessionMessagesQuery,
  listSessionMessagesRoute,
  type MessagePage,
  type OperationRoute,
  type StartChatSessionRequest,
  startChatSessionRoute,
} from "@twin-chat/api-types";
import createClient from "openapi-fetch";
import { call, type OperationInit, type OperationResponse, type Transport } from "./call.js";
import { TwinApiError } from "./errors.js";
import { type CallOptions, resolveOptions, type TwinClientOptions } from "./options.js";

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
   * Sends any operation of the spec by its table from `@twin-chat/api-types` (`getSessionRoute`, or
   * `operationRoutes.getSession`) with this client's host, fixed query, token, timeout, retries and errors;
   * `init` holds its `params` and `body`, typed from the spec. Resolves to openapi-fetch's response for a 2xx answer.
   *
   * @example
   * ```ts
   * import { getSessionRoute } from "@twin-chat/api-types";
   * const { data } = await twin.call(getSessionRoute, { params: { path: { sessionId } } });
   * ```
   */
  call<R extends OperationRoute>(
    route: R,
    init: OperationInit<R>,
    options?: CallOptions,
  ): Promise<OperationResponse<R>>;
  /**
   * The origin of each API host as resolved from the options (`baseUrl`, `baseUrls`, else the spec's), frozen:
   * where `@twin-chat/chat` finds the realtime origin (`baseUrls.chats`) of a ready client.
   */
  readonly baseUrls: Readonly<Record<HostName, string>>;
}

/**
 * Calls the operation at `route` through `twin` and resolves to the JSON body of its 2xx answer; an empty body is a
 * {@link TwinApiError}, as the spec documents one.
 */
export async function json<R extends OperationRoute>(
  twin: TwinClient,
  route: R,
  init: OperationInit<R>,
  options: CallOptions | undefined,
): Promise<NonNullable<OperationResponse<R>["data"]>> {
  const { data, response } = await twin.call(route, init, options);
  if (data == null) {
    throw new TwinApiError(route.id, response.status, "", response, "the response body is empty, expected JSON");
  }
  return data;
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
  const api: Transport = createClient({ fetch: config.fetch, headers: config.headers });
  const twin: TwinClient = {
    call: (route, init, callOptions) => call(config, api, route, init, callOptions),
    baseUrls: config.baseUrls,
    startSession: (chatId, body = {}, init) =>
      json(twin, startChatSessionRoute, { params: { path: { chatId } }, body }, init),
    sendMessage: (sessionId, body, init) =>
      json(twin, createClientMessageRoute, { params: { path: { sessionId } }, body }, init),
    listMessages: (sessionId, query = {}, init) =>
      json(twin, listSessionMessagesRoute, { params: { path: { sessionId }, query } }, init),
  };
  return twin;
}
