import { type OperationId, operationRoutes } from "@twin-chat/api-types";

/** A request matched to an operation of the spec, with its decoded path parameters. */
export interface MatchedRoute {
  operation: OperationId;
  params: Record<string, string>;
}

const matchers = Object.entries(operationRoutes).map(([operation, route]) => {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { operation: operation as OperationId, method: route.method, pattern: new RegExp(`^${source}$`), names };
});

/** The operation of `method` and `path`, or undefined when the spec has none. */
export function matchRoute(method: string, path: string): MatchedRoute | undefined {
  for (const m of matchers) {
    const found = m.method === method ? m.pattern.exec(path) : null;
    if (!found) continue;
    try {
      return {
        operation: m.operation,
        params: Object.fromEntries(m.names.map((n, i) => [n, decodeURIComponent(found[i + 1]!)])),
      };
    } catch {
      return undefined; // malformed percent-encoding: Prism answers it
    }
  }
  return undefined;
}
