import createClient, { type Client } from "openapi-fetch";
import {
  operationRoutes,
  type ChatSession,
  type CreateClientMessageRequest,
  type CreatedMessage,
  type paths,
  type StartChatSessionRequest,
} from "@twin-chat/api-types";
import { execute } from "./call.js";
import { resolveOptions, type CallOptions, type TwinClientOptions } from "./options.js";
import { routeByHost } from "./routes.js";
import { pathParam } from "./validate.js";

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

  return {
    raw,
    async startSession(chatId, body = {}, init = {}) {
      const path = { chatId: pathParam("chatId", chatId) };
      const send = (signal: AbortSignal) =>
        raw.POST(operationRoutes.startChatSession.path, {
          params: { path, query: { x_widget: 1 } },
          body,
          signal,
          headers: init.headers,
          parseAs: "text",
        });
      return (await execute(config, "startChatSession", send, init)) as ChatSession;
    },
    async sendMessage(sessionId, body, init = {}) {
      const path = { sessionId: pathParam("sessionId", sessionId) };
      const send = (signal: AbortSignal) =>
        raw.POST(operationRoutes.createClientMessage.path, {
          params: { path },
          body,
          signal,
          headers: init.headers,
          parseAs: "text",
        });
      return (await execute(config, "createClientMessage", send, init)) as CreatedMessage;
    },
  };
}
