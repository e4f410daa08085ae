import { operationRoutes } from "@twin-chat/api-types";
import { createTwinClient, TwinApiError, TwinNetworkError } from "@twin-chat/client";
import createClient from "openapi-fetch";

const BASE = "http://127.0.0.1:4010";
const TIMEOUT_MS = 30_000;
const WARMUP_CALLS = 10_000;
/** Batches each contender runs, in turns, and calls in each batch. */
const BATCHES = 40;
const CALLS_PER_BATCH = 400;
const SESSION = JSON.stringify({ id: "bce7d22e-dde6-4427-b391-ebbdfda44de6", ttl: 3600, messages: [] });
const CREATED = JSON.stringify({ id: "bce7d22e-dde6-4427-b391-ebbdfda44de6", createdAt: "2018-10-31T11:56:07+00:00" });

/** The contender each ratio is taken against: openapi-fetch doing the client's job, and the hand-written floor. */
export const FAIR = "openapi-fetch, same job";
export const FLOOR = "hand-written fetch, same job";

/** A stubbed `fetch` that answers every request with a prepared 201 JSON body, as fast as a Response can be made. */
function stubFetch(body) {
  const init = { status: 201, headers: { "content-type": "application/json" } };
  return async () => new Response(body, init);
}

/**
 * The error mapping of the client, as an openapi-fetch middleware: an error status becomes a `TwinApiError`, a
 * failed `fetch` a `TwinNetworkError`.
 */
function twinErrors(operation) {
  return {
    async onResponse({ response }) {
      if (!response.ok) throw new TwinApiError(operation, response.status, await response.clone().text(), response);
    },
    onError: ({ error }) => new TwinNetworkError(operation, error),
  };
}

/**
 * The contenders for one operation, all on the same stubbed `fetch`: our client; openapi-fetch doing the same job
 * (a per-call `AbortSignal.timeout`, the client's error mapping in a middleware, the same check of the answer);
 * bare openapi-fetch; and a hand-written `fetch` doing the same job, the floor that no client can beat.
 */
function contenders(operation, id, body, answer, ours) {
  const fetch = stubFetch(answer);
  const route = operationRoutes[operation];
  const key = route.path.match(/\{(\w+)\}/)[1];
  const params = { path: { [key]: id }, query: route.fixedQuery };
  const search = new URLSearchParams(route.fixedQuery).toString();
  const url = `${BASE}${route.path.replace(`{${key}}`, encodeURIComponent(id))}${search ? `?${search}` : ""}`;
  const twin = createTwinClient({ baseUrl: BASE, fetch, timeoutMs: TIMEOUT_MS });
  const bare = createClient({ baseUrl: BASE, fetch });
  const fair = createClient({ baseUrl: BASE, fetch });
  fair.use(twinErrors(operation));
  return {
    [`twin.${ours}`]: () => twin[ours](id, body),
    [FAIR]: async () => {
      const { data, response } = await fair.POST(route.path, { params, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (data === undefined) throw new TwinApiError(operation, response.status, "", response, "empty body");
      return data;
    },
    "openapi-fetch, bare": () => bare.POST(route.path, { params, body }),
    [FLOOR]: async () => {
      const request = new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      let response;
      try {
        response = await fetch(request);
      } catch (error) {
        throw new TwinNetworkError(operation, error);
      }
      const text = await response.text();
      if (!response.ok) throw new TwinApiError(operation, response.status, text, response);
      if (!text) throw new TwinApiError(operation, response.status, "", response, "empty body");
      return JSON.parse(text);
    },
  };
}

/** The middle value of `values`. */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs the contenders in turns, a batch of calls each, for {@link BATCHES} turns (each turn starting one further
 * down the list, so that none always goes first): a slower or faster spell of the machine falls on all of them
 * alike. Returns each contender's ops/s per batch.
 */
async function inTurns(tasks) {
  const rates = Object.fromEntries(tasks.map(([name]) => [name, []]));
  for (let turn = 0; turn < BATCHES; turn++) {
    for (let k = 0; k < tasks.length; k++) {
      const [name, fn] = tasks[(turn + k) % tasks.length];
      const started = performance.now();
      for (let i = 0; i < CALLS_PER_BATCH; i++) await fn();
      rates[name].push(CALLS_PER_BATCH / ((performance.now() - started) / 1000));
    }
  }
  return rates;
}

/**
 * Ops/s of each contender for `startSession` and `sendMessage`, measured in one run (the median batch, and the
 * half-width of the middle half of its batches as a share of it); `ratio` is ours over {@link FAIR} and
 * `floorRatio` ours over {@link FLOOR}, each the median of the ratios of batches run in the same turn.
 */
export async function measureClientOverhead() {
  const cases = [
    ["startChatSession", "demo-chat", { messageBody: "Hello", clientTimezone: 180 }, SESSION, "startSession"],
    ["createClientMessage", JSON.parse(CREATED).id, { body: "What are your opening hours?" }, CREATED, "sendMessage"],
  ];
  const rows = [];
  for (const [operation, id, body, answer, method] of cases) {
    const tasks = Object.entries(contenders(operation, id, body, answer, method));
    // Every contender warms up before any is timed: the first one timed would otherwise pay for the JIT of the
    // code they share (undici's Request and Response, openapi-fetch).
    for (let i = 0; i < WARMUP_CALLS; i++) for (const [, fn] of tasks) await fn();
    const rates = await inTurns(tasks);
    const hz = Object.fromEntries(
      Object.entries(rates).map(([name, list]) => {
        const sorted = [...list].sort((a, b) => a - b);
        const quarter = sorted.length >> 2;
        const spread = (sorted[sorted.length - 1 - quarter] - sorted[quarter]) / 2;
        return [name, { hz: median(list), rme: (spread / median(list)) * 100 }];
      }),
    );
    const ours = rates[`twin.${method}`];
    const against = (name) => median(ours.map((rate, turn) => rate / rates[name][turn]));
    rows.push({ operation, method, hz, ratio: against(FAIR), floorRatio: against(FLOOR) });
  }
  return rows;
}

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * The client rows of `pnpm bench`, two per operation: our client's throughput as a share of openapi-fetch doing the
 * same job (target ≥ 95 %), and as a share of the hand-written floor (target ≥ 80 %).
 */
export const clientSuite = {
  name: "client",
  async measure() {
    return (await measureClientOverhead()).flatMap((r) => {
      const ops = (name) => `${whole.format(r.hz[name].hz)} ± ${r.hz[name].rme.toFixed(1)} %`;
      const ours = `twin.${r.method}`;
      return [
        {
          id: `client.${r.method}`,
          benchmark: `client overhead: ${ours} vs ${FAIR}`,
          value: r.ratio,
          unit: "ratio",
          target: { op: ">=", value: 0.95 },
          measured: `${ops(ours)} vs ${ops(FAIR)} ops/s; openapi-fetch, bare ${ops("openapi-fetch, bare")}`,
        },
        {
          id: `client.${r.method}.floor`,
          benchmark: `client overhead: ${ours} vs ${FLOOR}`,
          value: r.floorRatio,
          unit: "ratio",
          target: { op: ">=", value: 0.8 },
          measured: `${ops(ours)} vs ${ops(FLOOR)} ops/s`,
        },
      ];
    });
  },
};
