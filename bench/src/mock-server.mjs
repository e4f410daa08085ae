import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { operationRoutes } from "@twin-chat/api-types";
import autocannon from "autocannon";

const spec = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
const prismBin = fileURLToPath(new URL("../node_modules/@stoplight/prism-cli/dist/index.js", import.meta.url));
const mockBin = fileURLToPath(new URL("../node_modules/@twin-chat/mock-server/dist/cli.js", import.meta.url));

/** A port free a moment ago on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Spawns a server process and resolves with it and its cold-start time once `ready` appears on its output. */
async function launch(args, ready) {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (ready.test(output)) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  return { child, started, startMs: performance.now() - started };
}

/** Time from a launch to the first answered request of the TWIN API (`createClientMessage`), in ms. */
async function firstAnswerMs(server, port) {
  const request = REQUESTS[1];
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: request.body,
  });
  if (!response.ok) throw new Error(`${request.operation}: ${response.status}`);
  return performance.now() - server.started;
}

/** The two seed operations as autocannon requests. */
const REQUESTS = [
  {
    operation: "startChatSession",
    path: `${operationRoutes.startChatSession.path.replace("{chatId}", "demo-chat")}?x_widget=1`,
    body: JSON.stringify({ messageBody: "Hello", clientTimezone: 180, returnAnswerAsync: false }),
  },
  {
    operation: "createClientMessage",
    path: operationRoutes.createClientMessage.path.replace("{sessionId}", "bench-session"),
    body: JSON.stringify({ body: "What are your opening hours?" }),
  },
];

/** Requests/s and latency percentiles of one POST against `url` for `duration` seconds. */
async function load(url, request, duration) {
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: request.body,
    connections: 10,
    duration,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${request.operation}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * Our mock (CLI) vs bare `prism mock` on the same spec: cold start to the banner and to the first answered request,
 * then the same load on each seed operation.
 */
export async function measureMockServer({ duration = 2 } = {}) {
  const [ourPort, prismPort] = await Promise.all([freePort(), freePort()]);
  // Each server is launched and asked once before the other starts, so that neither start waits on the other.
  const ours = await launch([mockBin, "--port", String(ourPort)], /Press Ctrl\+C/);
  let prism;
  try {
    const firstMs = { mock: await firstAnswerMs(ours, ourPort) };
    prism = await launch(
      [prismBin, "mock", spec, "--port", String(prismPort), "--host", "127.0.0.1"],
      /Prism is listening/,
    );
    firstMs.prism = await firstAnswerMs(prism, prismPort);
    const rows = [];
    for (const request of REQUESTS) {
      const mock = await load(`http://127.0.0.1:${ourPort}`, request, duration);
      const bare = await load(`http://127.0.0.1:${prismPort}`, request, duration);
      rows.push({ operation: request.operation, mock, prism: bare, ratio: mock.rps / bare.rps });
    }
    return { rows, startMs: { mock: ours.startMs, prism: prism.startMs }, firstMs };
  } finally {
    ours.child.kill("SIGTERM");
    prism?.child.kill("SIGTERM");
  }
}

/** The mock's rows of `pnpm bench`: throughput on each seed operation next to bare Prism, and cold start. */
export const mockSuite = {
  name: "mock",
  async measure() {
    const { rows, startMs, firstMs } = await measureMockServer();
    const throughput = rows.map((r) => ({
      id: `mock.${r.operation}`,
      benchmark: `mock server: ${r.operation} req/s vs bare prism mock`,
      value: r.ratio,
      unit: "ratio",
      target: { op: ">=", value: 0.9 },
      measured: `${Math.round(r.mock.rps)} vs ${Math.round(r.prism.rps)} req/s; p99 ${r.mock.p99} vs ${r.prism.p99} ms`,
    }));
    const measured = `${startMs.mock.toFixed(0)} vs ${startMs.prism.toFixed(0)} ms`;
    const coldStart = [
      {
        id: "mock.coldStart",
        benchmark: "mock server: CLI to banner (the port open), vs bare prism mock to its listening line",
        value: startMs.mock / startMs.prism,
        unit: "ratio",
        target: { op: "<=", value: 0.7 },
        measured,
      },
      {
        id: "mock.coldStartMs",
        benchmark: "mock server: CLI to banner",
        value: startMs.mock,
        unit: "ms",
        target: { op: "<=", value: 1000 },
        measured,
      },
      {
        id: "mock.firstAnswer",
        benchmark: "mock server: CLI to the first answered API request (Prism loaded), vs bare prism mock",
        value: firstMs.mock / firstMs.prism,
        unit: "ratio",
        target: { op: "<=", value: 1 },
        measured: `${firstMs.mock.toFixed(0)} vs ${firstMs.prism.toFixed(0)} ms`,
      },
    ];
    return [...throughput, ...coldStart];
  },
};
