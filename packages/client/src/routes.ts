import { type HostName, operationRoutes, type paths } from "@twin-chat/api-types";
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

/** Host of each `METHOD /path/template` of the spec. */
const hostOf = new Map<string, HostName>(
  Object.values(operationRoutes).map((route) => [`${route.method.toUpperCase()} ${route.path}`, route.host]),
);

/**
 * An openapi-fetch client that sends each call to its operation's host, as the spec's `servers` say. A call
 * made with a `baseUrl` of its own keeps it.
 */
export function routedClient(baseUrls: Record<HostName, string>, options: ClientOptions): Client<paths> {
  const origin = Object.values(baseUrls)[0] ?? "";
  const client = createClient<paths>({ ...options, baseUrl: origin });
  client.use({
    onRequest({ request, schemaPath }) {
      const host = hostOf.get(`${request.method} ${schemaPath}`);
      if (!host || !request.url.startsWith(`${origin}/`)) return undefined;
      return new Request(baseUrls[host] + request.url.slice(origin.length), request);
    },
  });
  return client;
}
