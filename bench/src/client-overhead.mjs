import { operationRoutes } from "@twin-chat/api-types";
import { createTwinClient } from "@twin-chat/client";
import createClient from "openapi-fetch";
import { Bench } from "tinybench";

const BASE = "http://127.0.0.1:4010";
const SESSION = JSON.stringify({ id: "bce7d22e-dde6-4427-b391-ebbdfda44de6", ttl: 3600, messages: [] });
const CREATED = JSON.stringify({ id: "bce7d22e-dde6-4427-b391-ebbdfda44de6", createdAt: "2018-10-31T11:56:07+00:00" });

/** A stubbed `fetch` that answers every request with a prepared 201 JSON body, as fast as a Response can be made. */
function stubFetch(body) {
  const init = { status: 201, headers: { "content-type": "application/json" } };
  return async () => new Response(body, init);
}

/** The contenders for one operation: our client, bare openapi-fetch on the same path, and a hand-written fetch. */
function contenders(operation, body, answer, ours) {
  const fetch = stubFetch(answer);
  const route = operationRoutes[operation];
  const params =
    operation === "startChatSession"
      ? { path: { chatId: "demo-chat" }, query: { x_widget: 1 } }
      : { path: { sessionId: "bce7d22e-dde6-4427-b391-ebbdfda44de6" } };
  const bare = createClient({ baseUrl: BASE, fetch });
  const twin = createTwinClient({ baseUrl: BASE, fetch });
  const url = `${BASE}${route.path.replace(/\{\w+\}/, encodeURIComponent(Object.values(params.path)[0]))}${params.query ? "?x_widget=1" : ""}`;
  return {
    [`twin.${ours}`]: () => twin[ours](Object.values(params.path)[0], body),
    "openapi-fetch": () => bare.POST(route.path, { params, body }),
    "hand-written fetch": async () => {
      const response = await fetch(
        new Request(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      );
      return response.json();
    },
  };
}

/** Ops/s of each contender for `startSession` and `sendMessage`, measured in one run, with relative margin of error. */
export async function measureClientOverhead({ time = 1_000 } = {}) {
  const cases = [
    ["startChatSession", { messageBody: "Hello", clientTimezone: 180 }, SESSION, "startSession"],
    ["createClientMessage", { body: "What are your opening hours?" }, CREATED, "sendMessage"],
  ];
  const rows = [];
  for (const [operation, body, answer, method] of cases) {
    const bench = new Bench({ time, warmupTime: 300 });
    for (const [name, fn] of Object.entries(contenders(operation, body, answer, method))) bench.add(name, fn);
    await bench.run();
    const hz = Object.fromEntries(
      bench.tasks.map((t) => [t.name, { hz: t.result.throughput.mean, rme: t.result.throughput.rme }]),
    );
    rows.push({ operation, method, hz, ratio: hz[`twin.${method}`].hz / hz["openapi-fetch"].hz });
  }
  return rows;
}

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** The client rows of `pnpm bench`: each operation's throughput through our client as a share of openapi-fetch's. */
export const clientSuite = {
  name: "client",
  async measure() {
    return (await measureClientOverhead()).map((r) => {
      const ops = (name) => `${whole.format(r.hz[name].hz)} ± ${r.hz[name].rme.toFixed(1)} %`;
      return {
        id: `client.${r.method}`,
        benchmark: `client overhead: twin.${r.method} vs openapi-fetch`,
        value: r.ratio,
        unit: "ratio",
        target: { op: ">=", value: 0.95 },
        measured: `${ops(`twin.${r.method}`)} vs ${ops("openapi-fetch")} ops/s; hand-written fetch ${ops("hand-written fetch")}`,
      };
    });
  },
};
