import { readFile } from "node:fs/promises";
import { type OperationId, operationRoutes } from "@twin-chat/api-types";
import { parse } from "yaml";
import { openapiPath } from "../../http/spec-path.js";

type Node = Record<string, unknown> | undefined;

let document: Promise<Node> | undefined;

const resolve = (root: Node, node: Node): Node => {
  const ref = node?.$ref;
  if (typeof ref !== "string") return node;
  return ref
    .slice(2)
    .split("/")
    .reduce<Node>((at, key) => at?.[key] as Node, root);
};

/**
 * The body the spec gives as the example of `status` for `operation` (its `5XX` entry for a 5xx status), read from
 * spec/openapi.yaml; `undefined` when that answer has no example.
 */
export async function errorExample(operation: OperationId, status: number): Promise<unknown> {
  document ??= readFile(openapiPath, "utf8").then((text) => parse(text) as Node);
  const root = await document;
  const route = operationRoutes[operation];
  const responses = (resolve(root, (root?.paths as Node)?.[route.path] as Node)?.[route.method] as Node)
    ?.responses as Node;
  const response = resolve(root, (responses?.[status] ?? responses?.[`${String(status)[0]}XX`]) as Node);
  const json = (response?.content as Node)?.["application/json"] as Node;
  const examples = json?.examples as Record<string, Node> | undefined;
  return json?.example ?? (examples ? Object.values(examples)[0]?.value : undefined);
}
