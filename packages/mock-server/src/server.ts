import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { realtimeDefaults, TwinError } from "@twin-chat/api-types";
import { chatBehaviour } from "./hooks.js";
import { createPrismHandler } from "./http.js";
import { attachRealtime } from "./realtime.js";
import { DEFAULT_SCENARIO, loadScenario } from "./scenario.js";
import { SessionStore } from "./sessions.js";
import { openapiPath } from "./spec.js";

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; `0` picks a free one. Default `4010`. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Path of a scenario file (YAML or JSON: keyword → reply) for the bot. Default: greet, then echo. */
  scenario?: string;
  /** Generate response data from the schemas instead of the spec's examples. Default `false`. */
  dynamic?: boolean;
  /** Delay between the bot's typing event and its message. Default `25` ms. */
  replyDelayMs?: number;
  /**
   * Hold the first answer of a session started with `returnAnswerAsync` until the session's first socket joins, for
   * clients that do not catch up from the history. Default `false`: the bot answers at once, as a server would.
   */
  holdAnswers?: boolean;
  /**
   * Receives one line per HTTP request: method, path, status and time. Never bodies, headers or query strings,
   * which carry personal data (phone, e-mail, messages).
   */
  log?: (line: string) => void;
}

/** A running mock server. */
export interface MockServer {
  /** HTTP base URL for every operation, e.g. `http://127.0.0.1:4010`; pass it as the client's `baseUrl`. */
  url: string;
  /** Socket.IO URL (the same origin). */
  socketUrl: string;
  /** Socket.IO path. */
  socketPath: string;
  /** Closes every socket and connection and stops listening. */
  close(): Promise<void>;
}

/** Error thrown when the port is taken, naming it; a {@link TwinError} with code `port-in-use`. */
export class PortInUseError extends TwinError<"port-in-use"> {
  override name = "PortInUseError";

  /** @param port - The port that is in use. */
  constructor(readonly port: number) {
    super("port-in-use", `port ${port} is already in use`);
  }
}

/**
 * Starts the whole TWIN chat API on one port: Prism answers every HTTP operation of spec/openapi.yaml and a
 * Socket.IO server speaks spec/asyncapi.yaml, with a bot that replies to client messages.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = "127.0.0.1", dynamic = false, replyDelayMs = 25, holdAnswers = false } = options;
  const scenario = options.scenario ? await loadScenario(options.scenario) : DEFAULT_SCENARIO;
  const store = new SessionStore();
  const server = createServer();
  const realtime = attachRealtime(server, store, { replyDelayMs, holdAnswers });
  const handle = await createPrismHandler(openapiPath, {
    dynamic,
    onResponse: chatBehaviour(store, realtime, scenario),
  });
  server.on("request", (req, res) => {
    if (req.url?.startsWith(`${realtimeDefaults.path}/`)) return; // Socket.IO answers these
    if (options.log) {
      const started = performance.now();
      const path = (req.url ?? "/").split("?")[0];
      res.once("finish", () =>
        options.log!(`${req.method} ${path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`),
      );
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/problem+json" });
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      void realtime.close();
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error);
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url: origin,
    socketUrl: origin,
    socketPath: realtimeDefaults.path,
    async close() {
      server.closeAllConnections();
      await realtime.close();
    },
  };
}
