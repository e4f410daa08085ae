/**
 * Generated from spec/ by packages/api-types/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
/** Every path of the API with its operations, keyed by path template. */
export interface paths {
    "/api/chats/v1/chats/{chatId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat id. It selects the chat's settings and the bot's scheme. The page names it `chat_id` in the URL and `chatId` in the table. */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a new chat session
         * @description Starts a new chat session in the chat `chatId` and, unless `returnAnswerAsync` is true, returns the
         *     bot's first answers inline. The vendor page always sends the query `x_widget=1`.
         */
        post: operations["startChatSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat session id, as returned in `ChatSession.id`. The page names it `session_id` in the URL and `sessionId` in the table. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        /**
         * List the messages of a chat session
         * @description Not on the vendor page. Pages through the messages of the session `sessionId`, oldest first by default.
         *     Confirmed by the vendor's PHP SDK: the path, `from`/`to`, and the `{ count, items }` answer. Inferred: the
         *     list query `limit`/`offset`/`sort` (the SDK's common list parameters) and the defaults below.
         */
        get: operations["listSessionMessages"];
        put?: never;
        /**
         * Create a client message in a chat session
         * @description Posts a message on behalf of the client into the session `sessionId`. The bot's or operator's
         *     answer is not returned here: it arrives over the realtime channel.
         */
        post: operations["createClientMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the API (none are defined). */
export type webhooks = Record<string, never>;
/** Reusable schemas, parameters and responses of the API. */
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @description A UUID, as in the vendor page's examples.
         * @example bce7d22e-dde6-4427-b391-ebbdfda44de6
         */
        Uuid: string;
        /**
         * @description Body of `startChatSession`. Every field is optional. The vendor page leaves many types and descriptions
         *     blank; types are then taken from the page's example, and each such field says so. Unknown fields are
         *     rejected so that a misspelt field name fails loudly instead of being ignored.
         */
        StartChatSessionRequest: {
            /** @description Session name. */
            name?: string;
            /**
             * @description Bot id. The vendor page describes this field as "account password" (a copy-paste defect); the
             *     example is a UUID and the field selects the bot.
             */
            botId?: components["schemas"]["Uuid"];
            /** @description Id of an existing chat session. Type taken from the page's example (blank in its table). */
            sessionId?: components["schemas"]["Uuid"];
            /**
             * @description Session lifetime in seconds; at most 12 hours (43200), 3600 by default.
             * @default 3600
             */
            sessionTtl?: number;
            /**
             * @description Messenger channel of the session. The page gives only the example `WHATSAPP`; values seen in the vendor's
             *     public code are `WHATSAPP`, `TELEGRAM`, `VIBER`, `VKONTAKTE` and `ALICE`, so the set is left open.
             * @example WHATSAPP
             */
            messengerType?: string;
            /** @description The user's id inside that messenger. Type taken from the page's example (blank in its table). */
            messengerUserId?: string;
            /** @description The client's first message. Type taken from the page's example (blank in its table). */
            messageBody?: string;
            /** @description Ids of uploaded files to attach to the first message. Type taken from the page's example. */
            messageAttachments?: components["schemas"]["Uuid"][];
            /** @description Client name shown to the operator. */
            clientNameForOperator?: string;
            /** @description Client id. Type taken from the page's example (blank in its table). */
            clientId?: components["schemas"]["Uuid"];
            /** @description Caller-defined id of the client who started the session. */
            clientExternalId?: string;
            /**
             * @description Client's phone number. The page's table says string but its example is the number `75555673245`, so both
             *     are accepted; send a string of digits when in doubt.
             */
            clientPhone?: string | number;
            /** @description Client's e-mail. No format is enforced, since the page's own example is the placeholder `string`. */
            clientEmail?: string;
            /** @description Client device id, used to send PUSH notifications. */
            clientDeviceId?: string;
            /**
             * @description Client's timezone offset in minutes (the page's example is `300`). The page does not say which sign
             *     stands for east of UTC; the range allows either convention.
             */
            clientTimezone?: number;
            /** @description Any caller-defined key/value pairs, used as bot variables. Values are strings. */
            clientMetadata?: {
                [key: string]: string;
            };
            /**
             * @description Blank on the vendor page. When true, the bot's answer is not returned in this response but delivered
             *     later over the realtime channel.
             */
            returnAnswerAsync?: boolean;
        };
        /** @description A started chat session. The page marks only `id` as always present. */
        ChatSession: {
            /** @description Chat session id. */
            id: components["schemas"]["Uuid"];
            /** @description Client id. */
            clientId?: components["schemas"]["Uuid"];
            /**
             * Format: date-time
             * @description When the session started.
             */
            startedAt?: string;
            /** @description Session lifetime in seconds. */
            ttl?: number;
            /** @description The session's messages so far, with the bot's answers unless `returnAnswerAsync` was true. */
            messages?: components["schemas"]["SessionMessage"][];
        };
        /** @description A message of a session as returned when the session starts. The page describes none of its fields. */
        SessionMessage: {
            /** @description Message text. */
            body?: string;
            /** @description Quick answers offered to the client. */
            answers?: string[];
            /** @description Actions attached to the message, as free-form objects. */
            actions?: {
                [key: string]: unknown;
            }[];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /** @description A file attached to a message. The page describes none of its fields; types come from its example. */
        Attachment: {
            /** @description File id. */
            id?: components["schemas"]["Uuid"];
            /** @description Whether the file needs authorisation to download. */
            isPrivate?: boolean;
            /**
             * Format: date-time
             * @description When the file was uploaded.
             */
            createdAt?: string;
            /** @description File name with extension. */
            name?: string;
            /** @description File name without extension. */
            baseName?: string;
            /** @description File extension. */
            extension?: string;
            /**
             * @description Extension suggested from the file's content. Misspelt on the wire (`sugestedExtension`, one g); the
             *     vendor's file API spells it `suggestedExtension`. The wire name is kept.
             */
            sugestedExtension?: string;
            /** @description Storage path. */
            path?: string;
            /** @description Size in bytes. */
            size?: number;
            /** @description File URL. No format is enforced, since the page's example is the placeholder `string`. */
            url?: string;
            /** @description Download link. No format is enforced, since the page's example is the placeholder `string`. */
            downloadLink?: string;
        };
        /** @description Body of `createClientMessage`. Unknown fields are rejected. */
        CreateClientMessageRequest: {
            /** @description Message text. */
            body: string;
            /** @description Ids of uploaded files to attach. The page says "array of strings"; its example holds UUIDs. */
            attachments?: components["schemas"]["Uuid"][];
            /** @description Id of the message this one replies to. */
            replyToMessageId?: string;
        };
        /** @description The id and time of a created message. */
        CreatedMessage: {
            /** @description Message id. The page says string; its example is a UUID. */
            id: components["schemas"]["Uuid"];
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            createdAt: string;
        };
        /**
         * @description A message of a session as the message history and the realtime channel carry it. Not on the vendor page:
         *     the fields come from the vendor's PHP SDK. Confirmed: the field names. Inferred: which are always present
         *     (`id`, `sessionId`, `authorType`, `createdAt`) and the author types other than `BOT`.
         */
        ChatMessage: {
            /** @description Message id. */
            id: string;
            /** @description Id of the session the message belongs to. */
            sessionId: string;
            /** @description Id of the author (bot, operator or client). */
            authorId?: string | null;
            /**
             * @description Who wrote the message. `BOT` is seen in the vendor's code; `OPERATOR` and `CLIENT` are inferred.
             * @example BOT
             * @example OPERATOR
             * @example CLIENT
             */
            authorType: string;
            /** @description Author's display name. */
            authorName?: string | null;
            /** @description Message type, such as `TEXT`. Values are not documented. */
            type?: string | null;
            /** @description Message text. */
            body?: string | null;
            /** @description Quick answers offered to the client. */
            answers?: string[];
            /** @description Keyboard (buttons) offered with the message; free-form, as the SDK does not type it. */
            keyboard?: unknown;
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description The message this one replies to, as the SDK returns it (free-form). */
            replyTo?: unknown;
            /**
             * Format: date-time
             * @description When the message was read; null while unread.
             */
            readAt?: string | null;
            /**
             * Format: date-time
             * @description When the message was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the message was last changed.
             */
            updatedAt?: string | null;
        };
        /** @description One page of a session's messages, and how many there are in all. */
        MessagePage: {
            /** @description Number of messages matching the query, over all pages. */
            count: number;
            /** @description The messages of this page. */
            items: components["schemas"]["ChatMessage"][];
        };
        /**
         * @description Realtime event payload: someone in the session started or stopped typing. Used by `asyncapi.yaml`, not by an
         *     HTTP operation; kept here so that one generator types both. Assumed: the vendor publishes no realtime protocol.
         */
        TypingEvent: {
            /** @description The session. */
            sessionId: string;
            /** @description Who is typing, as in `ChatMessage.authorType` (`BOT`, `OPERATOR`, `CLIENT`). */
            authorType: string;
            /** @description True when typing started, false when it stopped. */
            isTyping: boolean;
        };
        /** @description Realtime event payload, sent both ways: a message of the session was read. Assumed, as is all the realtime protocol. */
        MessageReadEvent: {
            /** @description The session. */
            sessionId: string;
            /** @description The message that was read. */
            messageId: string;
            /**
             * Format: date-time
             * @description When it was read; the server fills it in.
             */
            readAt?: string;
        };
        /** @description Realtime event payload: the session was closed by the operator, the bot, a timeout or the client. Assumed. */
        SessionClosedEvent: {
            /** @description The session. */
            sessionId: string;
            /** @description Why it closed, free text, such as `ttl` or `operator`. */
            reason?: string;
            /**
             * Format: date-time
             * @description When it closed.
             */
            closedAt?: string;
        };
        /** @description Realtime event payload, client to server: the client started or stopped typing. Assumed. */
        ClientTypingEvent: {
            /** @description True when typing started, false when it stopped. */
            isTyping: boolean;
        };
        /** @description Realtime event payload, client to server: the client read a message. Assumed. */
        ClientReadEvent: {
            /** @description The message the client read. */
            messageId: string;
        };
        /**
         * @description Error body. The vendor page documents no errors; this is the shape the vendor's public PHP SDK reads
         *     (`{ error, details }`). `details` is free-form, often per-field messages.
         */
        ErrorBody: {
            /** @description Human-readable error message. */
            error?: string;
            /** @description Free-form details, such as per-field validation messages. */
            details?: unknown;
        };
    };
    responses: {
        /** @description The bearer token is missing, expired or invalid. Shape from the vendor's PHP SDK. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request is malformed. Not documented on the vendor page; shape from the vendor's PHP SDK. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The chat or session does not exist. Not documented on the vendor page; shape from the vendor's PHP SDK. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A field failed validation. Not documented on the vendor page; shape from the vendor's PHP SDK. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server failed. Not documented on the vendor page; shape from the vendor's PHP SDK. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Chat id. It selects the chat's settings and the bot's scheme. The page names it `chat_id` in the URL and `chatId` in the table. */
        chatId: string;
        /** @description Chat session id, as returned in `ChatSession.id`. The page names it `session_id` in the URL and `sessionId` in the table. */
        sessionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** JSON Schema definitions of the spec (none are defined). */
export type $defs = Record<string, never>;
/** Every operation of the API, keyed by operationId: parameters, request body and responses. */
export interface operations {
    startChatSession: {
        parameters: {
            query: {
                /** @description Marks the call as coming from the chat widget. The vendor page sends `1` and documents no other value. */
                x_widget: 1;
            };
            header?: never;
            path: {
                /** @description Chat id. It selects the chat's settings and the bot's scheme. The page names it `chat_id` in the URL and `chatId` in the table. */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StartChatSessionRequest"];
            };
        };
        responses: {
            /** @description Successful session creation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSessionMessages: {
        parameters: {
            query?: {
                /** @description Only messages created at or after this time. */
                from?: string;
                /** @description Only messages created at or before this time. */
                to?: string;
                /** @description Page size. Inferred from the SDK's common list query. */
                limit?: number;
                /** @description Number of messages to skip. Inferred from the SDK's common list query. */
                offset?: number;
                /** @description Sort field, `-` first for descending, such as `createdAt` or `-createdAt`. Inferred. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description Chat session id, as returned in `ChatSession.id`. The page names it `session_id` in the URL and `sessionId` in the table. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the session's messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createClientMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat session id, as returned in `ChatSession.id`. The page names it `session_id` in the URL and `sessionId` in the table. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClientMessageRequest"];
            };
        };
        responses: {
            /** @description Successful message creation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedMessage"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
