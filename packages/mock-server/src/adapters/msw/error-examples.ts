import { readFile } from "node:fs/promises";
import { type OperationId, operationRoutes } from "@twin-chat/api-types";
import { parse } from "yaml";
import { openapiPath } from "../../http/spec-path.js";

let document: Promise<unknown> | undefined;

/** The value under `key` of `node`; undefined when `node` is not an object. */
const field = (node: unknown, key: string | number): unknown =>
  typeof node === "object" && node !== null ? Reflect.get(node, key) : undefined;

/** `node`, or what its `$ref` (`#/components/…`) points to in `root`. */
const resolve = (root: unknown, node: unknown): unknown => {
  const ref = field(node, "$ref");
  return typeof ref === "string" ? ref.slice(2).split("/").reduce(field, root) : node;
};

/**
 * The body the spec gives as the example of `status` for `operation` (its `5XX` entry for a 5xx status), read from
 * spec/openapi.yaml; `undefined` when that answer has no example.
 */
export async function errorExample(operation: OperationId, status: number): Promise<unknown> {
  document ??= readFile(openapiPath, "utf8").then(parse);
  const root = await document;
  const route = operationRoutes[operation];
  const path = resolve(root, field(field(root, "paths"), route.path));
  const responses = field(field(path, route.method), "responses");
  const response = resolve(root, field(responses, status) ?? field(responses, `${String(status)[0]}XX`));
  const json = field(field(response, "content"), "application/json");
  const examples = field(json, "examples");
  const first = typeof examples === "object" && examples !== null ? Object.values(examples)[0] : undefined;
  return field(json, "example") ?? field(first, "value");
}
