import { readFileSync } from "node:fs";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { parse } from "yaml";
import scenarioSchema from "../../scenario.schema.json" with { type: "json" };
import type { MockServer } from "../../src/index.js";
import { pointerSegment } from "./spec.js";

/** The control API's OpenAPI document, parsed. */
export const controlDoc = parse(readFileSync(new URL("../../control-openapi.yaml", import.meta.url), "utf8"));

const ID = new URL("control-openapi.yaml", scenarioSchema.$id).href;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(scenarioSchema);
ajv.addSchema({ ...controlDoc, $id: ID });

/** The node a local `$ref` (`#/components/…`) points at in the control document. */
const at = (ref: string): unknown =>
  ref
    .slice(2)
    .split("/")
    .reduce((node: Record<string, unknown>, key) => node[key] as Record<string, unknown>, controlDoc);

/** The operations of the document: method, path template, operationId, and a matcher of concrete paths. */
export const controlOperations = Object.entries(
  controlDoc.paths as Record<string, Record<string, { operationId: string }>>,
).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => method !== "parameters")
    .map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      pattern: new RegExp(`^/__twin${path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
    })),
);

/** Operations a test has called; each test file checks that it reached all of them. */
export const called = new Set<string>();

/** The errors of `value` against the schema at `pointer` of the control document (empty when valid). */
export function controlErrors(pointer: string, value: unknown): string[] {
  const validate = ajv.getSchema(`${ID}#${pointer}`) ?? ajv.compile({ $ref: `${ID}#${pointer}` });
  return validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`);
}

/**
 * Calls the control API over HTTP and checks the answer against control-openapi.yaml: the operation exists, its
 * status is documented, and the JSON body validates against the documented schema. Resolves with status and body.
 */
export async function callControl(
  mock: MockServer,
  method: string,
  path: string,
  body?: unknown,
  raw?: string,
): Promise<{ status: number; body: unknown }> {
  const url = new URL(`/__twin${path}`, mock.url);
  const operation = controlOperations.find((o) => o.method === method && o.pattern.test(url.pathname));
  expect(operation, `${method} ${path} is an operation of control-openapi.yaml`).toBeDefined();
  called.add(operation!.operationId);
  const response = await fetch(url, {
    method,
    headers: body === undefined && raw === undefined ? {} : { "content-type": "application/json" },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const answers = controlDoc.paths[operation!.path][method.toLowerCase()].responses;
  const answer = answers[String(response.status)] as { $ref?: string; content?: object } | undefined;
  expect(answer, `${method} ${path} documents ${response.status}`).toBeDefined();
  const text = await response.text();
  const parsed = text === "" ? undefined : JSON.parse(text);
  const pointer = answer!.$ref
    ? answer!.$ref.slice(1)
    : `/paths/${pointerSegment(operation!.path)}/${method.toLowerCase()}/responses/${response.status}`;
  const resolved = answer!.$ref ? at(answer!.$ref) : answer!;
  const json = (resolved as { content?: Record<string, unknown> }).content?.["application/json"];
  if (json) expect(controlErrors(`${pointer}/content/application~1json/schema`, parsed)).toEqual([]);
  else expect(text).toBe("");
  return { status: response.status, body: parsed };
}
