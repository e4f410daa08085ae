#!/usr/bin/env node
import { parseArgs } from "node:util";
import { CONTROL_PREFIX } from "../control/prefix.js";
import { messageOf } from "../error-message.js";
import { type AccessOptions, isLoopback, MockOptionError } from "../http/access-rules.js";
import { BUNDLED_SCENARIOS } from "../scenario/load.js";
import type { MockServer } from "./node-server.js";

const USAGE = `Usage: twin-mock [--port 4010] [--host 127.0.0.1] [--dynamic] [--scenario name|file.yaml] [--reply-delay 25] [--hold-answers] [--log]
                 [--cors-origin <origin>]... [--control-origin <origin>]... [--allowed-hosts <host,...>|all]

Serves the TWIN chat API on one port: HTTP (Prism, from spec/openapi.yaml) and realtime (Socket.IO).
  --port         port to listen on; 0 picks a free one (default 4010)
  --host         interface to listen on (default 127.0.0.1)
  --dynamic      generate response data from the schemas instead of the spec's examples
  --scenario     how the bot, operators and faults behave: ${BUNDLED_SCENARIOS.join(", ")}, or a YAML or
                 JSON file (schema: scenario.schema.json in the package); default: greet, then echo
  --reply-delay  ms the bot or an operator types before each message (default 25)
  --hold-answers hold a new session's first answers until its first socket joins
  --log          print one line per request: method, path, status, time (never bodies or query strings)

Who may reach it (see the mock guide's security section):
  --cors-origin <origin>     an origin whose pages may call the TWIN API, e.g. http://localhost:5173; repeat
                             for more (default: every origin)
  --control-origin <origin>  an origin besides the mock's own whose pages may use the control API, its events
                             and the console; repeat for more (default: none)
  --allowed-hosts <host,...> Host names answered besides the mock's address, localhost and IP addresses
                             (".test" allows subdomains); "all" answers every Host (no DNS-rebinding check)`;

/** The warning for an interface other machines reach: what it opens to them. */
const exposed = (host: string) => [
  `  WARNING   listening on ${host}, not a loopback address: whoever reaches this machine can use the TWIN API,`,
  "            the control API, the operator console and every conversation the mock holds.",
  "            Use --host 127.0.0.1 unless that is what you want.",
];

/** The lines printed once the server listens: where to point an app, ready to paste. */
function banner(server: MockServer, host: string, corsOrigins: string[] | undefined): string {
  return [
    "TWIN chat mock API is running.",
    ...(isLoopback(host) ? [] : exposed(host)),
    `  HTTP      ${server.url}   (every operation of spec/openapi.yaml, CORS for ${corsOrigins?.join(", ") ?? "every origin"})`,
    `  Realtime  ${server.socketUrl}   Socket.IO path ${server.socketPath}, handshake auth { sessionId }`,
    `  Console   ${server.consoleUrl}   (operator console; control API under ${CONTROL_PREFIX}/api, see ${CONTROL_PREFIX}/openapi.yaml)`,
    `  Scenario  ${server.scenario.name ?? "custom"}`,
    "",
    `  Client:    createTwinClient({ baseUrl: ${JSON.stringify(server.url)} })`,
    `  Socket:    io(${JSON.stringify(server.socketUrl)}, { path: ${JSON.stringify(server.socketPath)}, auth: { sessionId } })`,
    "",
    "Press Ctrl+C to stop.",
  ].join("\n");
}

/** The flag of each access option, for errors that name it as the command line does. */
const FLAGS: Record<keyof AccessOptions, string> = {
  corsOrigins: "--cors-origin",
  controlOrigins: "--control-origin",
  allowedHosts: "--allowed-hosts",
};

/** The arguments without a leading `--`, which `pnpm start -- --port 4011` (npm's habit) passes through. */
function cliArgs(args: string[]): string[] {
  return args[0] === "--" ? args.slice(1) : args;
}

const CLI_OPTIONS = {
  port: { type: "string", default: "4010" },
  host: { type: "string", default: "127.0.0.1" },
  dynamic: { type: "boolean", default: false },
  scenario: { type: "string" },
  "reply-delay": { type: "string", default: "25" },
  "hold-answers": { type: "boolean", default: false },
  log: { type: "boolean", default: false },
  "cors-origin": { type: "string", multiple: true },
  "control-origin": { type: "string", multiple: true },
  "allowed-hosts": { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** The parsed flags, or a usage error and exit code 2. */
function parseCli() {
  try {
    return parseArgs({ args: cliArgs(process.argv.slice(2)), options: CLI_OPTIONS }).values;
  } catch (error) {
    console.error(`twin-mock: ${messageOf(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const values = parseCli();
  if (values.help) return console.log(USAGE);
  const port = Number(values.port);
  const replyDelayMs = Number(values["reply-delay"]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`twin-mock: --port must be a whole number from 0 to 65535, got ${values.port}`);
    process.exit(2);
  }
  if (!Number.isInteger(replyDelayMs) || replyDelayMs < 0) {
    console.error(`twin-mock: --reply-delay must be a whole number of ms, got ${values["reply-delay"]}`);
    process.exit(2);
  }
  const hosts = values["allowed-hosts"];
  // Loaded once the flags are known to be good: a usage error answers without loading Prism.
  const { PortInUseError, startMockServer } = await import("./node-server.js");
  let server: MockServer;
  try {
    server = await startMockServer({
      port,
      host: values.host,
      dynamic: values.dynamic,
      scenario: values.scenario,
      replyDelayMs,
      holdAnswers: values["hold-answers"],
      log: values.log ? (line) => console.log(line) : undefined,
      corsOrigins: values["cors-origin"],
      controlOrigins: values["control-origin"],
      allowedHosts: hosts === "all" ? true : hosts?.split(",").map((name) => name.trim()),
    });
  } catch (error) {
    if (error instanceof MockOptionError) {
      console.error(`twin-mock: ${FLAGS[error.field]} ${error.rule}`);
      process.exit(2);
    }
    if (error instanceof PortInUseError) {
      console.error(
        `twin-mock: port ${error.port} is already in use; choose another with --port <number> (or --port 0 for any free port).`,
      );
    } else {
      console.error(`twin-mock: ${messageOf(error)}`);
    }
    process.exit(1);
  }
  // Ctrl+C in a terminal signals the whole process group, and `pnpm start` forwards the signal as well: the second
  // one must not end the process by the signal's default action (pnpm would then print ELIFECYCLE). Stopping on a
  // signal is the expected way out, so it exits 0.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Only a guard against a close that hangs: a busy machine may take seconds to close cleanly.
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    void server.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(banner(server, values.host, values["cors-origin"])); // last: whoever waits for it may signal at once
}

void main();
