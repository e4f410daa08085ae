/**
 * Generated from spec/ by packages/api-types/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
/** Every path of the API with its operations, keyed by path template. */
export interface paths {
    "/api/chats/v1/chats/{chatId}/sessions": {
        parameters: {
            query: {
                /**
                 * @description Marks the call as coming from the chat widget. The vendor page sends `1` and documents no other value; a public
                 *     widget script sends the same on `continueChatSession`.
                 */
                x_widget: components["parameters"]["xWidget"];
            };
            header?: never;
            path: {
                /** @description Chat id. It selects the chat's settings and the bot's scheme. The page names it `chat_id` in the URL and `chatId` in the table. */
                chatId: components["parameters"]["chatId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Continue the client's last session in a chat, or start a new one
         * @description Not on the vendor page. Continues the client's last session in the chat `chatId`, or starts a new one, and
         *     answers like `startChatSession`. Confirmed by the vendor's PHP SDK: the method and path (beside the POST of
         *     `startChatSession`), that the body is the start body, and that the answer is a started session. Confirmed by
         *     a public widget script: the widget host's form of the call with `x_widget=1`, no auth, and the body field
         *     `recreateOnExists`. Not documented anywhere: how the server picks the session to continue (the widget sends
         *     its stored `sessionId` and its `clientExternalId`). Inferred: the status `200`, and the error answers, taken
         *     from `startChatSession`. The SDK sends its operator token on its own host; the widget host's call takes none,
         *     as described here.
         */
        put: operations["continueChatSession"];
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
    "/api/v1/sessions/{sessionId}": {
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
         * Read a chat session
         * @description Not on the vendor page. Returns the session `sessionId` with its chat, status, operator and client state.
         *     Confirmed by the vendor's PHP SDK: the method, the path and the field names of the answer. Inferred: the
         *     types and nullability of the fields (the SDK declares every one nullable), the status `200`, and the error
         *     answers. The SDK's request type for this call carries its session-list filters (`from`, `to`, `status`, …);
         *     they are left out, as they cannot narrow a single session. The SDK's production host is
         *     `https://chat-api.twin24.ai`; the host here is the chat API host of the vendor page.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Close a chat session
         * @description Not on the vendor page. Closes the session `sessionId`, recording its `result`. Confirmed by the vendor's PHP
         *     SDK: the method, the path, and the JSON body `{ result }` with `result` a string. Inferred: what `result`
         *     holds (the SDK does not say; free text here), that it may be left out (the SDK drops it when unset), and the
         *     answer: the SDK reads no body from it, so it is documented as `204 No Content`; a client should treat any
         *     2xx as success. The SDK's production host is `https://chat-api.twin24.ai`; the host here is the chat API host
         *     of the vendor page.
         */
        delete: operations["closeSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{messageId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message id, as in `ChatMessage.id` or `CreatedMessage.id`. Not on the vendor page; from the vendor's PHP SDK. */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Mark a message read
         * @description Not on the vendor page. Marks the message `messageId` read, which sets its `readAt`. Confirmed by the vendor's
         *     PHP SDK: the method, the path, and that no body is sent. Inferred: the answer (the SDK reads no body from it,
         *     so it is documented as `204 No Content`; treat any 2xx as success) and whether marking an already read
         *     message again is allowed. The SDK's production host is `https://chat-api.twin24.ai`; the host here is the chat
         *     API host of the vendor page.
         */
        patch: operations["markMessageRead"];
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload files
         * @description Not on the vendor page. Uploads one or more files and returns a descriptor of each; the descriptors' `id`s are
         *     what `messageAttachments` and `attachments` take. Confirmed by the vendor's PHP SDK: the host, the path, a
         *     `multipart/form-data` body with one `file[]` part per file and the optional parts `private`, `path` and
         *     `ttl`, and the descriptor's field names and PHP types. Inferred: what `path` and `ttl` mean, the status `201`
         *     (the vendor's other creating calls answer 201; the SDK only checks for success), and the error answers.
         */
        post: operations["uploadFiles"];
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
         * @description Body of `startChatSession`: the fields of `StartChatSessionFields`, every one optional. Unknown fields are
         *     rejected (`unevaluatedProperties`) so that a misspelt field name fails loudly instead of being ignored.
         */
        StartChatSessionRequest: components["schemas"]["StartChatSessionFields"];
        /**
         * @description Body of `continueChatSession`: the start body (`StartChatSessionFields`) plus `recreateOnExists`, every field
         *     optional. Unknown fields are rejected, as for the start body.
         */
        ContinueChatSessionRequest: {
            /**
             * @description Not on the vendor page nor in the PHP SDK: a public widget script sends `true`, with its stored `sessionId`,
             *     when it creates or restores its session. Its effect is undocumented; by its name, whether to start a fresh
             *     session when one already exists.
             */
            recreateOnExists?: boolean;
        } & components["schemas"]["StartChatSessionFields"];
        /**
         * @description The fields of a session start, shared by `startChatSession` and `continueChatSession`. The first group is from
         *     the vendor page, which leaves many types and descriptions blank; types are then taken from the page's
         *     example, and each such field says so. The fields whose description begins "From the SDK" are not on the page:
         *     the vendor's PHP SDK sends them (src/Http/Chat/V1/Request/Sessions/StartChatSessionRequest.php), with the type
         *     given here; what they mean is inferred from their names. This schema does not reject unknown fields itself,
         *     so that the request bodies built on it can add their own; those bodies do.
         */
        StartChatSessionFields: {
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
            /** @description From the SDK, not the vendor page. The client's full name. */
            clientName?: string;
            /** @description From the SDK, not the vendor page. The client's first name. */
            clientFirstName?: string;
            /** @description From the SDK, not the vendor page. The client's last name. */
            clientLastName?: string;
            /** @description From the SDK, not the vendor page. The client's middle name (patronymic). */
            clientMiddleName?: string;
            /**
             * @description From the SDK, not the vendor page. Channel the session comes through, a string whose values are not
             *     documented; the SDK's session details carry it beside `messengerType`.
             */
            channel?: string;
            /** @description From the SDK, not the vendor page. The page the client came from, spelt like the HTTP header. */
            referer?: string;
            /**
             * @description From the SDK, not the vendor page. Bot variables to set at the start. The SDK types it as a PHP array, which
             *     is sent as a JSON object or list; the shape is not documented, so both are accepted.
             */
            variables?: {
                [key: string]: unknown;
            } | unknown[];
            /** @description From the SDK, not the vendor page. URL the platform calls back with the session's outcome; what it posts is not documented. */
            callbackUrl?: string;
            /** @description From the SDK, not the vendor page. Caller-defined data passed back on the `callbackUrl` call. */
            callbackData?: string;
            /** @description From the SDK, not the vendor page. Id of the node of the bot's scheme to start the dialogue from. */
            botNodeId?: string;
            /** @description From the SDK, not the vendor page. URL the platform calls on the session's events (see `notifyOnEvents`). */
            eventCallbackUrl?: string;
            /** @description From the SDK, not the vendor page. Caller-defined data passed back on each `eventCallbackUrl` call. */
            eventCallbackData?: string;
            /**
             * @description From the SDK, not the vendor page. The events to report to `eventCallbackUrl`. The SDK types it as a PHP
             *     list; presumably of event names, which are not documented, so the items are left untyped.
             */
            notifyOnEvents?: unknown[];
            /** @description From the SDK, not the vendor page. Id of the message the first message (`messageBody`) replies to. */
            replyToMessageId?: string;
        };
        /**
         * @description The fields every session object carries, as the vendor page's start answer shows them; `ChatSession` and
         *     `SessionDetails` build on it. The page marks only `id` as always present.
         */
        ChatSessionBase: {
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
        };
        /** @description A started chat session, as `startChatSession` and `continueChatSession` return it. The page marks only `id` as always present. */
        ChatSession: {
            /** @description The session's messages so far, with the bot's answers unless `returnAnswerAsync` was true. */
            messages?: components["schemas"]["SessionMessage"][];
        } & components["schemas"]["ChatSessionBase"];
        /**
         * @description A session as `getSession` returns it: the `ChatSessionBase` fields plus its chat, status, operator and client
         *     state. Not on the vendor page. Confirmed by the vendor's PHP SDK: the field names. Inferred: which may be
         *     null (the SDK declares every field nullable; here those that can plainly be unset are), the meaning of the
         *     less obvious fields, and the values of the status fields, which are not documented. Some SDK versions also
         *     read `clientIp` and `lastMessage2`; they are not listed, and extra fields are allowed.
         */
        SessionDetails: {
            /** @description Id of the chat the session belongs to. */
            chatId?: string;
            /** @description Session name. */
            name?: string | null;
            /** @description Session status. Values are not documented. */
            status?: string | null;
            /** @description State of the bot in the session. Values are not documented. */
            botStatus?: string | null;
            /** @description Channel the session came through, as in the start body's `channel`. */
            channel?: string | null;
            /** @description Messenger channel, as in the start body's `messengerType`. */
            messengerType?: string | null;
            /** @description Whether an operator marked the session as spam. */
            markedAsSpam?: boolean;
            /** @description Whether the client is banned. */
            clientBanned?: boolean;
            /** @description Id of the operator in charge; null while none is. The SDK types it as a string, though `operators[].id` is an integer. */
            operatorId?: string | null;
            /** @description Name of the operator in charge. */
            operatorName?: string | null;
            /**
             * Format: date-time
             * @description When the operator in charge was assigned.
             */
            operatorAssignedAt?: string | null;
            /** @description Every operator assigned to the session. */
            operators?: components["schemas"]["SessionOperator"][];
            /**
             * Format: date-time
             * @description When the client last came online.
             */
            clientOnlineAt?: string | null;
            /**
             * Format: date-time
             * @description When the client last went offline.
             */
            clientOfflineAt?: string | null;
            /** @description Number of the client's messages no operator has read yet. */
            unreadClientMessageCount?: number;
            /**
             * Format: date-time
             * @description When the session's latest message was created.
             */
            lastMessageCreatedAt?: string | null;
            /**
             * @description The session's latest message. One SDK version reads it as an object with `id, authorId, authorType,
             *     authorName, type, body, attachments, createdAt, readAt` (the fields of `ChatMessage` but `sessionId`),
             *     another leaves it untyped; so it is free-form here.
             */
            lastMessage?: {
                [key: string]: unknown;
            } | null;
            /** @description The page the client came from. */
            referer?: string | null;
            /** @description The session's tags. The SDK types them as one string; the separator is not documented. */
            tags?: string | null;
            /** @description Time to the operator's first answer. The unit is not documented (seconds, presumably). */
            timerFirstAnswer?: number | null;
            /** @description Time to the operator's later answers. The unit is not documented (seconds, presumably). */
            timerNextAnswers?: number | null;
            /** @description Undocumented; the SDK types it as a string. */
            lastOperatorMessage?: string | null;
            /** @description Undocumented; the SDK types it as a string. */
            firstClientMessageAfterLastOperatorMessage?: string | null;
        } & components["schemas"]["ChatSessionBase"];
        /** @description An operator assigned to a session, as `SessionDetails.operators` lists them. From the vendor's PHP SDK. */
        SessionOperator: {
            /** @description Operator's user id. */
            id?: number;
            /** @description Operator's display name. */
            name?: string;
            /** @description Kind of operator. Values are not documented. */
            type?: string;
            /**
             * Format: date-time
             * @description When the operator was assigned. Snake case on the wire, unlike the other fields, as the SDK reads it.
             */
            assigned_at?: string;
        };
        /**
         * @description A message of a session as returned when the session starts. The page describes none of its fields and shows
         *     `body`, `answers`, `actions` and `attachments`; `authorId`, `authorType` and `keyboard` are from the vendor's
         *     PHP SDK, not the page.
         */
        SessionMessage: {
            /** @description From the SDK, not the vendor page. Id of the author (bot, operator or client). */
            authorId?: string | null;
            /** @description From the SDK, not the vendor page. Who wrote the message. */
            authorType?: components["schemas"]["AuthorType"];
            /** @description Message text. */
            body?: string;
            /** @description Quick answers offered to the client. */
            answers?: string[];
            /** @description Actions attached to the message, as free-form objects. */
            actions?: {
                [key: string]: unknown;
            }[];
            /** @description From the SDK, not the vendor page. Keyboard (buttons) offered with the message. */
            keyboard?: components["schemas"]["MessageKeyboard"];
            /** @description Files attached to the message. */
            attachments?: components["schemas"]["Attachment"][];
        };
        /**
         * @description Who wrote a message. `BOT` is seen in the vendor's code; `OPERATOR` and `CLIENT` are inferred, and the set is
         *     left open.
         * @example BOT
         * @example OPERATOR
         * @example CLIENT
         */
        AuthorType: string;
        /**
         * @description Keyboard (buttons) offered with a message. Free-form: the vendor's PHP SDK types it only as a PHP array (a JSON
         *     object or list) and no source documents its shape.
         */
        MessageKeyboard: unknown;
        /**
         * @description The fields a stored file carries both as a message's `Attachment` and as an upload's `FileDescriptor`. The
         *     vendor page describes none of them (types come from its example); the vendor's PHP SDK names the same fields
         *     for both and declares `url` and `downloadLink` nullable.
         */
        StoredFile: {
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
            /** @description Storage path. */
            path?: string;
            /** @description Size in bytes. */
            size?: number;
            /** @description File URL. No format is enforced, since the page's example is the placeholder `string`; null is allowed per the SDK. */
            url?: string | null;
            /** @description Download link. No format is enforced, since the page's example is the placeholder `string`; null is allowed per the SDK. */
            downloadLink?: string | null;
        };
        /** @description A file attached to a message. The page describes none of its fields; types come from its example. */
        Attachment: {
            /**
             * @description Extension suggested from the file's content. Misspelt on the wire (`sugestedExtension`, one g); the
             *     vendor's file API (`FileDescriptor`) spells it `suggestedExtension`. The wire name is kept.
             */
            sugestedExtension?: string;
        } & components["schemas"]["StoredFile"];
        /**
         * @description An uploaded file, as `uploadFiles` returns it. Not on the vendor page. Confirmed by the vendor's PHP SDK: the
         *     field names and PHP types, including which are never null (those listed as required). Note
         *     `suggestedExtension` here against the misspelt `sugestedExtension` of a message's `Attachment`: both are the
         *     vendor's wire names.
         */
        FileDescriptor: {
            /** @description MIME type of the file, such as `image/png`. */
            contentType: string;
            /** @description Extension suggested from the file's content. Spelt correctly here, unlike `Attachment.sugestedExtension`. */
            suggestedExtension: string;
            /** @description User id of the uploader; null when the upload had no user (inferred). */
            ownerId?: number | null;
        } & WithRequired<components["schemas"]["StoredFile"], "id" | "isPrivate" | "createdAt" | "name" | "baseName" | "extension" | "path" | "size">;
        /** @description Body of `createClientMessage`. Unknown fields are rejected. */
        CreateClientMessageRequest: {
            /** @description Message text. */
            body: string;
            /** @description Ids of uploaded files to attach. The page says "array of strings"; its example holds UUIDs. */
            attachments?: components["schemas"]["Uuid"][];
            /** @description Id of the message this one replies to. */
            replyToMessageId?: string;
        };
        /**
         * @description Body of `closeSession`. Not on the vendor page; from the vendor's PHP SDK, which sends `result` only and leaves
         *     it out when unset. Unknown fields are rejected.
         */
        CloseSessionRequest: {
            /** @description The session's outcome as recorded on closing. The SDK types it as a string; its values are not documented. */
            result?: string;
        };
        /**
         * @description Multipart body of `uploadFiles`. Not on the vendor page. Confirmed by the vendor's PHP SDK: one `file[]` part per
         *     file, its `filename` the file's name, and the optional parts `private`, `path` and `ttl`. Inferred: that at least one
         *     file is needed, and what `path` and `ttl` mean.
         */
        UploadFilesRequest: {
            /** @description The files, one part each, all named `file[]`. */
            "file[]": Blob[];
            /**
             * @description Whether the files need authorisation to download (`isPrivate`): `1` for yes, `0` for no; left out, the
             *     server's default applies (not documented). Typed by its wire form: the PHP SDK takes a boolean, which goes
             *     into the part as PHP's string form, `1` for true (confirmed) and an empty part for false; `0` for false is
             *     inferred, and whether `true`/`false` are accepted is not known.
             * @enum {string}
             */
            private?: "1" | "0";
            /** @description Storage folder to put the files in (inferred from the name). */
            path?: string;
            /** @description How long to keep the files, in seconds (inferred from the name; the SDK sends an integer). */
            ttl?: number;
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
            /** @description Who wrote the message. */
            authorType: components["schemas"]["AuthorType"];
            /** @description Author's display name. */
            authorName?: string | null;
            /** @description Message type, such as `TEXT`. Values are not documented. */
            type?: string | null;
            /** @description Message text. */
            body?: string | null;
            /** @description Quick answers offered to the client. */
            answers?: string[];
            /** @description Keyboard (buttons) offered with the message. */
            keyboard?: components["schemas"]["MessageKeyboard"];
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
        /**
         * @description The bearer token is missing, expired or invalid. Shape from the vendor's PHP SDK, which refreshes its token
         *     and retries when a 401's `error` is `Token is expired.`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The request is malformed, such as a body that is not valid JSON; answered by every operation that takes a
         *     JSON body. Not documented on the vendor page; shape from the vendor's PHP SDK.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The chat, session or message addressed does not exist. Not documented on the vendor page; shape from the vendor's PHP SDK. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description A field failed validation, or the body is JSON `null` where an object is expected; `details` names each
         *     field (`{ "sessionTtl": ["must be <= 86400"] }`). Not documented on the vendor page; shape from the vendor's
         *     PHP SDK.
         */
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
        /**
         * @description Marks the call as coming from the chat widget. The vendor page sends `1` and documents no other value; a public
         *     widget script sends the same on `continueChatSession`.
         */
        xWidget: 1;
        /** @description Chat id. It selects the chat's settings and the bot's scheme. The page names it `chat_id` in the URL and `chatId` in the table. */
        chatId: string;
        /** @description Message id, as in `ChatMessage.id` or `CreatedMessage.id`. Not on the vendor page; from the vendor's PHP SDK. */
        messageId: string;
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
    continueChatSession: {
        parameters: {
            query: {
                /**
                 * @description Marks the call as coming from the chat widget. The vendor page sends `1` and documents no other value; a public
                 *     widget script sends the same on `continueChatSession`.
                 */
                x_widget: components["parameters"]["xWidget"];
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
                "application/json": components["schemas"]["ContinueChatSessionRequest"];
            };
        };
        responses: {
            /** @description The continued or newly started session. The status is inferred; the widget only checks for a 2xx answer. */
            200: {
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
    startChatSession: {
        parameters: {
            query: {
                /**
                 * @description Marks the call as coming from the chat widget. The vendor page sends `1` and documents no other value; a public
                 *     widget script sends the same on `continueChatSession`.
                 */
                x_widget: components["parameters"]["xWidget"];
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat session id, as returned in `ChatSession.id`. The page names it `session_id` in the URL and `sessionId` in the table. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDetails"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    closeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Chat session id, as returned in `ChatSession.id`. The page names it `session_id` in the URL and `sessionId` in the table. */
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CloseSessionRequest"];
            };
        };
        responses: {
            /** @description The session is closed. The status is inferred; the SDK reads no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    markMessageRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Message id, as in `ChatMessage.id` or `CreatedMessage.id`. Not on the vendor page; from the vendor's PHP SDK. */
                messageId: components["parameters"]["messageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message is marked read. The status is inferred; the SDK reads no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFilesRequest"];
            };
        };
        responses: {
            /** @description The uploaded files, one descriptor each, in the order sent. The status is inferred. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileDescriptor"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
