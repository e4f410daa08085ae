import { randomUUID } from "node:crypto";
import { operationRoutes } from "@twin-chat/api-types";
import type { FaultQueue } from "../state/fault-queue.js";
import type { FileRegistry } from "../state/file-registry.js";
import { type Author, BOT_ID, type MessageContent, newMessage, type SessionStore } from "../state/session-store.js";
import type { Match, MessageSpec, Scenario, Step, Steps } from "./format.js";

/** What a scenario acts on. */
export interface ScenarioContext {
  store: SessionStore;
  faults: FaultQueue;
  files: FileRegistry;
  /** How long the bot or an operator types before each message, in ms. */
  replyDelayMs: number;
  /** The base URL clients call, for the URLs of attachments. */
  origin: () => string;
  /** Multiplies every `typing`, `delay` and fault `delayMs` of the scenario: `0.01` plays it 100 times faster. Default `1`. */
  timeScale?: number;
}

/** Plays a scenario's steps into sessions: one queue per session, so answers never interleave. */
export interface ScenarioEngine {
  /** A session started without a first message: the greeting. */
  sessionStarted(sessionId: string): void;
  /** The client wrote `text` (already in the store): the first rule that matches, or the fallback. */
  clientSaid(sessionId: string, text: string): void;
  /** Plays `steps` into the session after whatever it is playing; resolves when they are done. */
  play(sessionId: string, steps: Steps, text?: string): Promise<void>;
  /** Stops every step under way and forgets what was queued. */
  cancel(): void;
}

const CANCELLED = Symbol("cancelled");

const asSteps = (steps: Steps | undefined): Step[] => (typeof steps === "string" ? [{ say: steps }] : (steps ?? []));

/** Whether `match` holds for the session's `nth` client message `text`. */
function matches(match: Match, text: string, nth: number): boolean {
  if ("keyword" in match) {
    const lower = text.toLowerCase();
    return [match.keyword].flat().some((k) => lower.includes(k.toLowerCase()));
  }
  if ("regex" in match) return new RegExp(match.regex, "i").test(text);
  if ("first" in match) return nth === 1;
  if ("nth" in match) return nth === match.nth;
  return true;
}

/**
 * The content of a message from its scenario form: `{text}` replaced by the client's text, and each attachment
 * registered with `files` so that the mock serves it.
 */
export function messageContent(
  spec: MessageSpec,
  context: Pick<ScenarioContext, "files" | "origin">,
  text = "",
): MessageContent {
  const message = typeof spec === "string" ? { body: spec } : spec;
  return {
    body: message.body.replaceAll("{text}", text),
    answers: message.answers,
    actions: message.actions,
    attachments: message.attachments?.map((a) => context.files.attach(a, context.origin())),
  };
}

/** Creates the engine that plays `scenario` into the sessions of `context.store`. */
export function createScenarioEngine(scenario: Scenario, context: ScenarioContext): ScenarioEngine {
  const { store, faults } = context;
  const scale = context.timeScale ?? 1;
  const queues = new Map<string, Promise<void>>();
  /** Pending waits and how to end them early. */
  const timers = new Map<NodeJS.Timeout, () => void>();
  let generation = 0;

  /**
   * Waits `ms`, less what `early` has banked (the time a play waited in its session's queue: a reply is due
   * `replyDelayMs` after its message, not after the previous reply); throws {@link CANCELLED} when the engine was
   * cancelled meanwhile.
   */
  async function sleep(ms: number, early?: { ms: number }): Promise<void> {
    if (early) {
      const banked = Math.min(early.ms, ms);
      early.ms -= banked;
      ms -= banked;
    }
    const started = generation;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.set(timer, resolve);
    });
    if (generation !== started) throw CANCELLED;
  }

  /** The author of typing and of `operatorSays`: the operator present, else the bot. */
  function speaker(sessionId: string, asOperator: boolean): Author {
    const operator = store.find(sessionId)?.operator;
    if (asOperator || operator)
      return { type: "OPERATOR", id: operator?.id ?? null, name: operator?.name ?? "Operator" };
    return { type: "BOT", id: BOT_ID, name: "Mock bot" };
  }

  async function typeFor(sessionId: string, author: Author, ms: number, early: { ms: number }): Promise<void> {
    store.typing({ sessionId, authorType: author.type, isTyping: true });
    try {
      await sleep(ms, early);
    } finally {
      store.typing({ sessionId, authorType: author.type, isTyping: false });
    }
  }

  async function run(sessionId: string, step: Step, text: string, early: { ms: number }): Promise<void> {
    if ("say" in step || "operatorSays" in step) {
      const author = speaker(sessionId, "operatorSays" in step);
      const spec = "say" in step ? step.say : step.operatorSays;
      store.typing({ sessionId, authorType: author.type, isTyping: true });
      await sleep(context.replyDelayMs, early);
      store.add(newMessage(sessionId, author, messageContent(spec, context, text)));
      store.typing({ sessionId, authorType: author.type, isTyping: false });
    } else if ("typing" in step) {
      await typeFor(sessionId, speaker(sessionId, false), step.typing * scale, early);
    } else if ("delay" in step) {
      await sleep(step.delay * scale, early);
    } else if ("operatorJoins" in step) {
      const operator = { id: randomUUID(), name: step.operatorJoins };
      store.setOperator(sessionId, operator);
      const author = { type: "OPERATOR", ...operator };
      store.add(newMessage(sessionId, author, { type: "OPERATOR_JOINED", body: `${operator.name} joined the chat` }));
    } else if ("operatorLeaves" in step) {
      const author = speaker(sessionId, true);
      store.add(newMessage(sessionId, author, { type: "OPERATOR_LEFT", body: `${author.name} left the chat` }));
      store.setOperator(sessionId, undefined);
    } else if ("close" in step) {
      store.close(sessionId, step.close === true ? undefined : step.close);
    } else if ("fail" in step) {
      const aboutSession = operationRoutes[step.fail.operation].path.includes("{sessionId}");
      const delayMs = step.fail.delayMs === undefined ? {} : { delayMs: step.fail.delayMs * scale };
      faults.add({ ...step.fail, ...delayMs, ...(aboutSession ? { sessionId } : {}) });
    } else {
      store.drop(sessionId);
    }
  }

  function play(sessionId: string, steps: Steps, text = ""): Promise<void> {
    const list = asSteps(steps);
    const queued = performance.now();
    const played = (queues.get(sessionId) ?? Promise.resolve())
      .then(async () => {
        const early = { ms: performance.now() - queued };
        for (const step of list) {
          if (store.find(sessionId)?.closedAt) return;
          await run(sessionId, step, text, early);
        }
      })
      .catch((error: unknown) => {
        if (error !== CANCELLED) throw error;
      });
    const tail = played.catch(() => undefined);
    queues.set(sessionId, tail);
    void tail.then(() => {
      if (queues.get(sessionId) === tail) queues.delete(sessionId);
    });
    return played;
  }

  return {
    sessionStarted(sessionId) {
      void play(sessionId, scenario.greeting ?? []).catch(() => undefined);
    },
    clientSaid(sessionId, text) {
      const nth = store.find(sessionId)?.clientMessages ?? 1;
      const rule = scenario.rules?.find((r) => matches(r.match, text, nth));
      void play(sessionId, rule ? rule.steps : (scenario.fallback ?? []), text).catch(() => undefined);
    },
    play,
    cancel() {
      generation += 1;
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
      queues.clear();
    },
  };
}
