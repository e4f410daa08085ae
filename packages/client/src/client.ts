import createClient, { type Client } from "openapi-fetch";
import {
  operationRoutes,
  type OperationId,
  type ChatSession,
  type CreateClientMessageRequest,
  type CreatedMessage,
  type paths,
  type StartChatSessionRequest,
} from "@twin-chat/api-types";
import { execute, type TextResult } from "./call.js";
import { resolveOptions, type CallOptions, type TwinClientOptions } from "./options.js";
import { routeByHost } from "./routes.js";
import { pathParam } from "./validate.js";

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
  async function invoke<T>(operation: OperationId, path: Record<string, string>, request: OperationRequest, init: CallOptions = {}) {
    const route = operationRoutes[operation];
    const params = { query: request.query, path: {} as Record<string, string> };
    for (const [name, value] of Object.entries(path)) params.path[name] = pathParam(name, value);
    const send = (signal: AbortSignal) =>
      (raw.request as Send)(route.method, route.path, { params, body: request.body, signal, headers: init.headers, parseAs: "text" });
    return (await execute(config, operation, send, init)) as T;
  }

  return {
    raw,
    startSession: (chatId, body = {}, init) =>
      invoke("startChatSession", { chatId }, { query: { x_widget: 1 }, body }, init),
    sendMessage: (sessionId, body, init) => invoke("createClientMessage", { sessionId }, { body }, init),
  };
}
