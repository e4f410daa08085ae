/**
 * Generated from packages/mock-server/scenario.schema.json by packages/mock-server/scripts/generate.mjs — do not edit.
 * Rebuild with `pnpm generate`.
 */
/* eslint-disable */
/**
 * A sequence of steps, or a string: one bot message.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "steps".
 */
export type Steps = string | Step[];
/**
 * Exactly one action.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "step".
 */
export type Step =
  | {
      say: MessageSpec;
    }
  | {
      /**
       * The bot (or the operator, once one joined) types for this many ms.
       */
      typing: number;
    }
  | {
      /**
       * Wait this many ms.
       */
      delay: number;
    }
  | {
      /**
       * An operator with this name joins the session (a message of authorType OPERATOR).
       */
      operatorJoins: string;
    }
  | {
      operatorSays: MessageSpec;
    }
  | {
      /**
       * The operator leaves the session.
       */
      operatorLeaves: true;
    }
  | {
      /**
       * The server closes the session: true, or the reason sent with session:closed.
       */
      close: true | string;
    }
  | {
      fail: FaultFields;
    }
  | {
      /**
       * The session's realtime connections drop; clients reconnect.
       */
      drop: true;
    };
/**
 * A message: its text, or the text with what it offers.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "message".
 */
export type MessageSpec =
  | string
  | {
      /**
       * The text; `{text}` stands for the client's message.
       */
      body: string;
      /**
       * Quick replies offered as buttons.
       */
      answers?: string[];
      /**
       * Free-form actions; a ChatMessage carries them as its `keyboard`.
       */
      actions?: {
        [k: string]: unknown;
      }[];
      attachments?: AttachmentSpec[];
    };
/**
 * Exactly one condition on the client's message.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "match".
 */
export type Match =
  | {
      /**
       * The message contains this word or phrase (any of a list), ignoring case.
       */
      keyword: string | [string, ...string[]];
    }
  | {
      /**
       * A JavaScript regular expression the message matches, ignoring case.
       */
      regex: string;
    }
  | {
      /**
       * The session's first client message.
       */
      first: true;
    }
  | {
      /**
       * The session's n-th client message, from 1.
       */
      nth: number;
    }
  | {
      /**
       * Any message.
       */
      any: true;
    };

/**
 * How the mock's bot, operators and faults behave in a session: a greeting, rules matched against the client's messages, and the steps each runs. YAML or JSON.
 */
export interface Scenario {
  /**
   * This schema's URL or path, for editors.
   */
  $schema?: string;
  /**
   * A short name, shown in the banner and the console.
   */
  name?: string;
  /**
   * What the scenario shows.
   */
  description?: string;
  greeting?: Steps;
  /**
   * Tried in order against each client message; the first that matches runs its steps.
   */
  rules?: Rule[];
  fallback?: Steps;
}
/**
 * A file the mock serves and attaches: its text `content`, or a `file` relative to the scenario.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "attachment".
 */
export interface AttachmentSpec {
  /**
   * File name with extension.
   */
  name: string;
  /**
   * MIME type. Default from the extension.
   */
  contentType?: string;
  /**
   * The file's text.
   */
  content?: string;
  /**
   * Path of the file, relative to the scenario file.
   */
  file?: string;
}
/**
 * The next calls of an operation in this session fail, or are slow.
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "fault".
 *
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "faultFields".
 */
export interface FaultFields {
  /**
   * The operationId in spec/openapi.yaml.
   */
  operation:
    | "startChatSession"
    | "continueChatSession"
    | "listSessionMessages"
    | "createClientMessage"
    | "getSession"
    | "closeSession"
    | "markMessageRead"
    | "uploadFiles";
  /**
   * How many calls. Default 1.
   */
  times?: number;
  /**
   * The status to answer. Default 500, or none when only `delayMs` is given.
   */
  status?: number;
  /**
   * The body to answer. Default: `{ error }` naming the status.
   */
  body?: unknown;
  /**
   * Wait this long before answering.
   */
  delayMs?: number;
}
/**
 * This interface was referenced by `Scenario`'s JSON-Schema
 * via the `definition` "rule".
 */
export interface Rule {
  match: Match;
  steps: Steps;
}
