#!/usr/bin/env node
// Generates src/generated/* from spec/openapi.yaml. `--check` compares instead of writing and fails on drift.
import { readFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { documentExports, generatedHeader, writeGenerated } from "../../../scripts/generated-files.mjs";

const specUrl = new URL("../../../spec/openapi.yaml", import.meta.url);
const asyncSpecUrl = new URL("../../../spec/asyncapi.yaml", import.meta.url);
const outDir = new URL("../src/generated/", import.meta.url);
const HEADER = generatedHeader("spec/", "packages/api-types/scripts/generate.mjs");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
/** Methods that may be repeated without changing the result, so retried by default (RFC 9110, 9.2.2). */
const IDEMPOTENT = ["get", "head", "put", "delete", "options"];

/** Doc comments for openapi-typescript's top-level exports, which it leaves bare. */
const ROOT_DOCS = {
  paths: "Every path of the API with its operations, keyed by path template.",
  webhooks: "Webhooks of the API (none are defined).",
  components: "Reusable schemas, parameters and responses of the API.",
  $defs: "JSON Schema definitions of the spec (none are defined).",
  operations: "Every operation of the API, keyed by operationId: parameters, request body and responses.",
};

/** Types of every path, operation and component, by openapi-typescript; file contents (`format: binary`) are Blobs. */
async function typesFile() {
  const blob = ts.factory.createTypeReferenceNode("Blob");
  const transform = (schema) => (schema.format === "binary" ? blob : undefined);
  const source = astToString(await openapiTS(specUrl, { defaultNonNullable: false, transform }));
  return HEADER + documentExports(source, ROOT_DOCS);
}

/** Required query parameters the spec allows one value for (a one-value `enum`), such as `x_widget=1`. */
function fixedQuery(parameters) {
  const query = {};
  for (const parameter of parameters) {
    const values = parameter.schema?.enum;
    if (parameter.in === "query" && parameter.required && values?.length === 1) query[parameter.name] = values[0];
  }
  return query;
}

/**
 * The default server of each host, and one table per operation (openapi-typescript drops `servers`): its method,
 * path and host, whether it takes the bearer token, whether it is idempotent, and the query it always sends. Each
 * row is an export of its own, so that a bundle holds only the rows of the operations it calls.
 */
function operationsFile(spec) {
  const hosts = {};
  const addHost = (server) => {
    if (!server["x-host"]) throw new Error(`server ${server.url} has no x-host name`);
    hosts[server["x-host"]] ??= server.url;
    return server["x-host"];
  };
  const fallback = addHost(spec.servers[0]);
  const rows = [];
  const ids = [];
  for (const { path, method, item, op, parameters } of operationsOf(spec)) {
    const servers = op.servers ?? item.servers;
    const query = fixedQuery(parameters);
    const host = servers ? addHost(servers[0]) : fallback;
    const bearer = (op.security ?? spec.security ?? []).some((requirement) => "bearerAuth" in requirement);
    const idempotent = IDEMPOTENT.includes(method);
    const fixed = Object.keys(query).length > 0 && { fixedQuery: query };
    const row = { id: op.operationId, method, path, host, bearer, idempotent, ...fixed };
    const sends = fixed ? `, always with \`?${new URLSearchParams(query)}\`` : "";
    const doc = `\`${op.operationId}\`: ${method.toUpperCase()} \`${path}\` on the \`${host}\` host${sends}.`;
    ids.push(op.operationId);
    rows.push(`/** ${doc} */\nexport const ${op.operationId}Route = ${JSON.stringify(row)} as const;\n`);
  }
  return `${HEADER}
/** Default base URL of each API host, keyed by the server's \`x-host\` name in the spec. */
export const hosts = ${JSON.stringify(hosts, null, 2)} as const;

/** Name of an API host, such as \`widget\` or \`chats\`. */
export type HostName = keyof typeof hosts;

${rows.join("\n")}
/**
 * Every operation's table, keyed by operationId: method, path template, host, whether it takes the optional bearer
 * token (\`bearer\`), whether it is idempotent (so retried by default) and the query it always sends (\`fixedQuery\`).
 */
export const operationRoutes = {
${ids.map((id) => `  ${id}: ${id}Route,`).join("\n")}
} as const;

/** An operationId of the spec. */
export type OperationId = keyof typeof operationRoutes;

/** One operation's table, as {@link operationRoutes} holds it. */
export type OperationRoute = (typeof operationRoutes)[OperationId];
`;
}

/** Every operation of the spec in order, with its path item and its parameters (the path item's first, `$ref`s resolved). */
function* operationsOf(spec) {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const op = item[method];
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((ref) =>
        ref.$ref ? spec.components.parameters[ref.$ref.split("/").at(-1)] : ref,
      );
      yield { path, method, item, op, parameters };
    }
  }
}

/**
 * One named alias per component schema, documented with the first sentence of the schema's description; and one
 * per operation whose query a caller chooses (`ListSessionMessagesQuery`), beside the query it always sends.
 */
function schemasFile(spec) {
  const aliases = Object.entries(spec.components.schemas).map(([name, schema]) => {
    const summary = (schema.description ?? name)
      .split(/(?<=\.)\s/)[0]
      .replace(/\s+/g, " ")
      .trim();
    return `/** ${summary.replaceAll("*/", "*\\/")} */\nexport type ${name} = components["schemas"]["${name}"];\n`;
  });
  for (const { op, parameters } of operationsOf(spec)) {
    const fixed = fixedQuery(parameters);
    if (!parameters.some((p) => p.in === "query" && !(p.name in fixed))) continue;
    const name = `${op.operationId[0].toUpperCase()}${op.operationId.slice(1)}Query`;
    aliases.push(
      `/** The query of \`${op.operationId}\`, as a caller gives it. */\nexport type ${name} = NonNullable<operations["${op.operationId}"]["parameters"]["query"]>;\n`,
    );
  }
  return `${HEADER}import type { components, operations } from "./openapi.js";\n\n${aliases.join("\n")}`;
}

/** The schema name behind a payload `$ref` into openapi.yaml's components. */
function payloadSchema(message) {
  const name = /^\.\/openapi\.yaml#\/components\/schemas\/(\w+)$/.exec(message.payload?.$ref ?? "")?.[1];
  if (!name) throw new Error(`asyncapi message ${message.name} must take its payload from openapi.yaml's components`);
  return name;
}

/** Event names, payload types and connection defaults of the realtime protocol, from asyncapi.yaml. */
function realtimeFile(asyncSpec) {
  const receive = {};
  const send = {};
  for (const operation of Object.values(asyncSpec.operations)) {
    for (const ref of operation.messages) {
      const key = ref.$ref.split("/").at(-1);
      const message = asyncSpec.channels.session.messages[key];
      const component = asyncSpec.components.messages[message.$ref.split("/").at(-1)];
      (operation.action === "receive" ? receive : send)[key] = {
        event: component.name,
        schema: payloadSchema(component),
      };
    }
  }
  const server = Object.values(asyncSpec.servers)[0];
  const defaults = {
    path: server["x-socketio"].path,
    authKey: Object.keys(server["x-socketio"].auth)[0],
    host: server.host,
  };
  const names = (events) =>
    JSON.stringify(Object.fromEntries(Object.entries(events).map(([k, v]) => [k, v.event])), null, 2);
  const payloads = (events) =>
    Object.entries(events)
      .map(([k, v]) => `  /** Payload of \`${v.event}\`. */\n  ${k}: components["schemas"]["${v.schema}"];`)
      .join("\n");
  const listeners = (events) =>
    Object.values(events)
      .map(
        (v) =>
          `  /** \`${v.event}\`: one argument, its payload. */\n  "${v.event}": (payload: components["schemas"]["${v.schema}"]) => void;`,
      )
      .join("\n");
  return `${HEADER}import type { components } from "./openapi.js";

/** Wire names of the events the server sends to a client, keyed by their name in asyncapi.yaml. All assumed. */
export const serverEvents = ${names(receive)} as const;

/** Wire names of the events a client sends to the server, keyed by their name in asyncapi.yaml. All assumed. */
export const clientEvents = ${names(send)} as const;

/** Connection defaults of asyncapi.yaml: Socket.IO path, the handshake \`auth\` key of the session id, and host. */
export const realtimeDefaults = ${JSON.stringify(defaults, null, 2)} as const;

/** Payload of each server → client event, keyed like {@link serverEvents}. */
export interface ServerEventPayloads {
${payloads(receive)}
}

/** Payload of each client → server event, keyed like {@link clientEvents}. */
export interface ClientEventPayloads {
${payloads(send)}
}

/** Socket.IO event map of the server → client events, keyed by wire name, as \`Socket<ServerToClientEvents, …>\` takes it. */
export interface ServerToClientEvents {
${listeners(receive)}
}

/** Socket.IO event map of the client → server events, keyed by wire name, as \`Socket<…, ClientToServerEvents>\` takes it. */
export interface ClientToServerEvents {
${listeners(send)}
}
`;
}

const spec = parse(await readFile(specUrl, "utf8"));
const asyncSpec = parse(await readFile(asyncSpecUrl, "utf8"));
const files = {
  "openapi.ts": await typesFile(),
  "operations.ts": operationsFile(spec),
  "schemas.ts": schemasFile(spec),
  "realtime.ts": realtimeFile(asyncSpec),
};
await writeGenerated(outDir, files, "spec/openapi.yaml");
