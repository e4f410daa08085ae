import { createServer } from "node:http";
import { realtimeDefaults, TwinError } from "@twin-chat/api-types";
import type { MockControl } from "../control/mock-control.js";
import { CONTROL_PREFIX } from "../control/prefix.js";
import { type AccessOptions, refusedResponse, resolveAccess } from "../http/access-rules.js";
import { createCore } from "../http/mock-core.js";
import { attachRealtime } from "../realtime/socket-server.js";
import { DEFAULT_SCENARIO, type Scenario } from "../scenario/format.js";
import { loadScenario } from "../scenario/load.js";
import { nodeHandler, sendResponse } from "./node-bridge.js";

/**
 * Options of {@link startMockServer}. Which sites may reach it (`corsOrigins`, `controlOrigins`, `allowedHosts`)
 * are the CLI's `--cors-origin`, `--control-origin` and `--allowed-hosts`.
 */
export interface MockServerOptions extends AccessOptions {
  /** Port to listen on; `0` picks a free one. Default `4010`. */
  port?: number;
  /**
   * Interface to listen on. Default `127.0.0.1`. Another interface (`0.0.0.0`) opens the TWIN API, the control
   * API, the console and every conversation to whoever reaches this machine.
   */
  host?: string;
  /**
   * How the bot, operators and faults behave: a bundled scenario's name (`support-bot`, `handover`,
   * `flaky-network`), the path of a scenario file (YAML or JSON), or a scenario object. Default: greet, then echo.
   */
  scenario?: string | Scenario;
  /** Generate response data from the schemas instead of the spec's examples. Default `false`. */
  dynamic?: boolean;
  /** How long the bot or an operator types before each message. Default `25` ms. */
  replyDelayMs?: number;
  /** Multiplies every `typing`, `delay` and fault `delayMs` of the scenario: `0.01` plays it 100 times faster. Default `1`. */
  timeScale?: number;
  /**
   * Hold what a new session receives until its first socket joins, for clients that do not catch up from the
   * history. Default `false`: the bot answers at once, socket or not, as a real server would.
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
  /** The operator console's URL, under the control prefix `/__twin`. */
  consoleUrl: string;
  /** The scenario being played. */
  scenario: Scenario;
  /** The control API, in-process: sessions, conversations, say, typing, close, drop, faults, reset. */
  control: MockControl;
  /** Answers a request as the server would, without the network (for MSW handlers and in-process tests). */
  handle(request: Request): Promise<Response>;
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
 * Socket.IO server speaks spec/asyncapi.yaml, with a scenario's bot, a control API and an operator console.
 * Every request, the realtime handshake included, whose `Host` is not the mock's is refused (DNS rebinding), and
 * the control API and console answer their own origin only; a bad access option rejects with a `MockOptionError`.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = "127.0.0.1", dynamic = false, replyDelayMs = 25 } = options;
  const access = resolveAccess({ ...options, host });
  const scenario =
    typeof options.scenario === "string"
      ? await loadScenario(options.scenario)
      : (options.scenario ?? DEFAULT_SCENARIO);
  let origin = `http://${host}:${port}`;
  const core = createCore(
    { scenario, dynamic, replyDelayMs, timeScale: options.timeScale, origin: () => origin },
    access,
  );
  const server = createServer();
  const realtime = attachRealtime(server, core.store, {
    holdAnswers: options.holdAnswers,
    refusal: (req) => {
      const header = (name: string) => [req.headers[name] ?? []].flat()[0];
      const refusal =
        access.hostRefusal(req.headers.host) ??
        access.originRefusal(req.method ?? "GET", realtimeDefaults.path, header, origin);
      return refusal && `${refusal.header} ${refusal.rule}`;
    },
  });
  const handle = nodeHandler(core.handle, () => origin);
  server.on("request", (req, res) => {
    if (req.url?.startsWith(`${realtimeDefaults.path}/`)) return; // Socket.IO answers these
    if (options.log) {
      const started = performance.now();
      const path = (req.url ?? "/").split("?")[0];
      res.once("finish", () =>
        options.log!(`${req.method} ${path} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`),
      );
    }
    const refusal = access.hostRefusal(req.headers.host);
    if (refusal) void sendResponse(refusedResponse(refusal), res);
    else void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      core.close();
      void realtime.close();
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port) : error);
    });
    server.listen(port, host, () => resolve());
  });
  try {
    await core.ready; // loading since the core was created
  } catch (error) {
    core.close();
    await realtime.close();
    throw error;
  }
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The mock server listens on no TCP port.");
  origin = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  return {
    url: origin,
    socketUrl: origin,
    socketPath: realtimeDefaults.path,
    consoleUrl: `${origin}${CONTROL_PREFIX}/`,
    scenario,
    control: core.control,
    handle: core.handle,
    async close() {
      core.close();
      server.closeAllConnections();
      await realtime.close();
    },
  };
}
