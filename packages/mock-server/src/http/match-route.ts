import { type OperationId, operationRoutes } from "@twin-chat/api-types";

/** A request matched to an operation of the spec, with its decoded path parameters. */
export interface MatchedRoute {
  operation: OperationId;
  params: Record<string, string>;
}

/** Whether `name` is an operationId of the spec. */
const isOperationId = (name: string): name is OperationId => Object.hasOwn(operationRoutes, name);

/** Every operationId of the spec, in its order. */
export const operationIds: readonly OperationId[] = Object.keys(operationRoutes).filter(isOperationId);

const matchers = operationIds.map((operation) => {
  const route = operationRoutes[operation];
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { operation, method: route.method, pattern: new RegExp(`^${source}$`), names };
});

/** The operation of `method` and `path`, or undefined when the spec has none. */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  for (const m of matchers) {
    const found = m.method === method ? m.pattern.exec(path) : null;
    if (!found) continue;
    try {
      return {
        operation: m.operation,
        params: Object.fromEntries(m.names.map((n, i) => [n, decodeURIComponent(found[i + 1] ?? "")])),
      };
    } catch {
      return undefined; // malformed percent-encoding: Prism answers it
    }
  }
  return undefined;
}
