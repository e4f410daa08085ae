import { chatGrowthSuite } from "./chat-growth.mjs";
import { clientSuite } from "./client-overhead.mjs";
import { codegenSuite } from "./codegen.mjs";
import { mockChurnSuite, mockScaleSuite } from "./mock-scale.mjs";
import { mockSuite } from "./mock-server.mjs";
import { realtimeSuite } from "./realtime.mjs";
import { realtimeFloodSuite, realtimeMemorySuite } from "./realtime-growth.mjs";
import { sizeSuite } from "./size.mjs";

/**
 * @typedef {object} Suite A group of rows measured together; `pnpm bench` runs each suite once per round.
 * @property {string} name - Short name, for `pnpm bench --only <name>`.
 * @property {number} [runs] - Rounds to run in; default every round. `1` for figures that do not vary (sizes).
 * @property {() => Promise<import("./harness/stats.mjs").Sample[]>} measure - One run: one sample per row.
 */

/**
 * Every suite of `pnpm bench`, in table order. A new row goes into a suite here: return one more sample from its
 * `measure()`, with an `id`, a `unit` and, where there is a goal, a `target`; the runner does the rest.
 * @type {Suite[]}
 */
export const SUITES = [
  clientSuite,
  sizeSuite,
  realtimeSuite,
  realtimeMemorySuite,
  realtimeFloodSuite,
  mockSuite,
  mockScaleSuite,
  mockChurnSuite,
  chatGrowthSuite,
  codegenSuite,
];
