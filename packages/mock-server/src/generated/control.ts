/**
 * Generated from packages/mock-server/control-openapi.yaml by packages/mock-server/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
import type * as scenario from "./scenario.js";

/** Every path of the control API with its operations, keyed by path template. */
export interface paths {
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every session the mock has seen, most recently active last */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        /** The session's messages, oldest first (empty for a session the mock has not seen) */
        get: operations["readConversation"];
        put?: never;
        /** Post a message into the session at once, as the bot or an operator */
        post: operations["say"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show or hide the bot's or an operator's typing indicator */
        post: operations["showTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Play scenario steps into the session, after whatever it is playing */
        post: operations["playSteps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the session from the server's side (session:closed, then its sockets disconnect) */
        post: operations["closeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop the session's realtime connections without a goodbye; clients reconnect */
        post: operations["dropConnections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The faults still pending */
        get: operations["listFaults"];
        put?: never;
        /** Make the next calls of an operation fail, or answer late */
        post: operations["addFault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forget every session and fault and stop every step under way */
        post: operations["reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything that happens, as server-sent events (the console's live feed)
         * @description Events `session` (a SessionSummary), `message` (a Message), `typing`, `read`, `closed` (the realtime
         *     payloads), `drop` (`{ sessionId }`) and `reset` (`{}`).
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
/** Webhooks of the control API (none are defined). */
export type webhooks = Record<string, never>;
/** Schemas, parameters and responses of the control API, with the scenario definitions it refers to. */
export interface components {
    schemas: {
        ErrorBody: {
            error: string;
            details?: {
                [key: string]: string[];
            };
        };
        SessionSummary: {
            id: string;
            chatId: string | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** @description The name of the operator present. */
            operator: string | null;
            messageCount: number;
            lastMessage: string | null;
            /** @description The session's realtime connections open now (one per tab */
            sockets: number;
        };
        /** @description A ChatMessage of spec/openapi.yaml. */
        Message: {
            id: string;
            sessionId: string;
            authorType: string;
            authorName?: string | null;
            body?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SayRequest: {
            body: string;
            answers?: string[];
            actions?: {
                [key: string]: unknown;
            }[];
            attachments?: components["schemas"]["attachment"][];
            /**
             * @default BOT
             * @enum {unknown}
             */
            as?: "BOT" | "OPERATOR";
            /** @description The operator's name when none joined the session. */
            name?: string;
        };
        TypingRequest: {
            isTyping: boolean;
            /**
             * @default BOT
             * @enum {unknown}
             */
            as?: "BOT" | "OPERATOR";
        };
        FaultRequest: {
            /** @description Only calls about this session; default every call. */
            sessionId?: string;
        } & components["schemas"]["faultFields"];
        /** @description A pending fault, with the calls it has left. */
        Fault: {
            id: number;
            remaining: number;
            sessionId?: string;
        } & components["schemas"]["faultFields"];
        /**
         * AttachmentSpec
         * @description A file the mock serves and attaches: its text `content`, or a `file` relative to the scenario.
         */
        attachment: scenario.AttachmentSpec;
        /**
         * MessageSpec
         * @description A message: its text, or the text with what it offers.
         */
        message: scenario.MessageSpec;
        /**
         * FaultFields
         * @description The next calls of an operation in this session fail, or are slow.
         */
        faultFields: scenario.FaultFields;
        /**
         * Step
         * @description Exactly one action.
         */
        step: scenario.Step;
        /**
         * Steps
         * @description A sequence of steps, or a string: one bot message.
         */
        steps: scenario.Steps;
    };
    responses: {
        /** @description Malformed JSON (400) or a field that breaks its rule (422); `details` names each field. */
        Invalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        sessionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
/** JSON Schema definitions of the control API (none are defined). */
export type $defs = Record<string, never>;
/** Operations of the control API (each is written inline under its path). */
export interface operations {
    listSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SessionSummary"][];
                    };
                };
            };
        };
    };
    readConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Message"][];
                    };
                };
            };
        };
    };
    say: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SayRequest"];
            };
        };
        responses: {
            /** @description The message, as the session's sockets received it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["Invalid"];
            422: components["responses"]["Invalid"];
        };
    };
    showTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypingRequest"];
            };
        };
        responses: {
            /** @description Sent to the session's sockets. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Invalid"];
            422: components["responses"]["Invalid"];
        };
    };
    playSteps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    steps: components["schemas"]["steps"];
                };
            };
        };
        responses: {
            /** @description The steps are queued; they play over their own time. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Invalid"];
            422: components["responses"]["Invalid"];
        };
    };
    closeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Sent as session:closed's `reason`. */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Closed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Invalid"];
            422: components["responses"]["Invalid"];
        };
    };
    dropConnections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: components["parameters"]["sessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dropped. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending faults, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Fault"][];
                    };
                };
            };
        };
    };
    addFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRequest"];
            };
        };
        responses: {
            /** @description The fault, pending. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fault"];
                };
            };
            400: components["responses"]["Invalid"];
            422: components["responses"]["Invalid"];
        };
    };
    reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
        };
    };
}
