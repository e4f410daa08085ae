import { type HostName, hosts, operationRoutes, type paths } from "@twin-chat/api-types";
import type { Client } from "openapi-fetch";

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
const DEFAULT_HOST = Object.keys(hosts)[0] as HostName;

/** Host of each `METHOD /path/template` of the spec. */
const hostOf = new Map<string, HostName>(
  Object.values(operationRoutes).map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.host]),
);

/**
 * Wraps an openapi-fetch client so each call goes to its operation's host, as the spec's `servers` say.
 * A `baseUrl` passed to a single call still wins.
 */
export function routeByHost(client: Client<paths>, baseUrls: Record<HostName, string>): Client<paths> {
  // openapi-fetch's method signatures are generic over each path; the wrapper only adds `baseUrl`.
  type Send = (path: string, init?: Record<string, unknown>) => Promise<unknown>;
  const baseFor = (method: string, path: string) => baseUrls[hostOf.get(`${method} ${path}`) ?? DEFAULT_HOST];
  const routed: Record<string, unknown> = { ...client };
  for (const method of METHODS) {
    routed[method] = ((path, init) =>
      (client[method] as Send)(path, { baseUrl: baseFor(method, path), ...init })) satisfies Send;
  }
  routed.request = (method: string, path: string, init?: Record<string, unknown>) =>
    (client.request as (m: string, p: string, i?: unknown) => Promise<unknown>)(method, path, {
      baseUrl: baseFor(method.toUpperCase(), path),
      ...init,
    });
  return routed as unknown as Client<paths>;
}
