import { isIP } from "node:net";
import { TwinError } from "@twin-chat/api-types";
import { CONTROL_PREFIX } from "../control/prefix.js";
import { errorResponse } from "./error-body.js";

/**
 * Which sites may reach the mock. The TWIN API answers every origin unless `corsOrigins` lists them; the control
 * API (`/__twin/api/…`), its event stream and the console answer the mock's own origin and `controlOrigins` only;
 * every request whose `Host` is not the mock's is refused (DNS rebinding) unless `allowedHosts` lists it.
 */
export interface AccessOptions {
  /**
   * Origins such as `http://localhost:5173` whose pages may call the TWIN API and its realtime channel. Default:
   * every origin, which frontend work on localhost needs. The control API never follows this list.
   */
  corsOrigins?: readonly string[];
  /**
   * Origins besides the mock's own whose pages may read and drive the control API, its event stream and the
   * console, for a tool served elsewhere. Default: none.
   */
  controlOrigins?: readonly string[];
  /**
   * Host names answered besides the mock's own address, `localhost` (and `*.localhost`) and IP addresses:
   * `"mock.test"`, or `".test"` for that name and every subdomain, as Vite's `server.allowedHosts`. `true` answers
   * every `Host`, which turns the DNS-rebinding check off. Default: none.
   */
  allowedHosts?: readonly string[] | true;
}

/** A mock option that breaks its rule; a {@link TwinError} with code `invalid-input` naming the option and the rule. */
export class MockOptionError extends TwinError<"invalid-input"> {
  override name = "MockOptionError";

  /**
   * @param field - The option, as `startMockServer` names it (`corsOrigins`).
   * @param rule - The rule it breaks, with the value given.
   */
  constructor(
    readonly field: keyof AccessOptions,
    readonly rule: string,
  ) {
    super("invalid-input", `${field} ${rule}`);
  }
}

/** Why a request is refused: the header that shows it and the rule that header breaks. */
export interface Refusal {
  header: "Host" | "Origin" | "Sec-Fetch-Site";
  rule: string;
}

/** What a request reaches: the app-facing TWIN API (with the files messages attach), or the mock's own controls. */
type Surface = "api" | "control";

/** Reads one request header, lower-case name, from a WHATWG or a Node request. */
export type HeaderReader = (name: string) => string | null | undefined;

/** The access rules, resolved once from {@link AccessOptions}. */
export interface Access {
  /** The refusal of a request whose `Host` the mock does not answer, or undefined. */
  hostRefusal(host: string | undefined): Refusal | undefined;
  /** The refusal of a request to `path` from a site the rules keep out, or undefined; `own` is the mock's origin. */
  originRefusal(method: string, path: string, header: HeaderReader, own: string): Refusal | undefined;
  /** Answers `request` with `answer` under the origin rules: refused, or with the CORS headers its surface grants. */
  guard(request: Request, answer: (request: Request) => Promise<Response>): Promise<Response>;
}

/** The 403 answer of a refused request, `{ error, details }` naming the header and its rule. */
export function refusedResponse(refusal: Refusal): Response {
  const what = refusal.header === "Host" ? "Host" : "site";
  return errorResponse(403, `Refused: the mock does not answer this ${what}.`, { [refusal.header]: [refusal.rule] });
}

const LOOPBACK_NAMES = /^(localhost|.+\.localhost)$/i;

/** Whether `host` (an interface to listen on) is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  return LOOPBACK_NAMES.test(bare) || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === "::1";
}

/** The origins of `field`, each checked to be an origin (scheme, host and port; nothing more). */
function originList(field: "corsOrigins" | "controlOrigins", list: readonly string[] | undefined) {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) throw new MockOptionError(field, `must be a list of origins, got ${typeof list}`);
  return new Set(
    list.map((origin) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {}
      if (parsed?.origin !== origin) {
        throw new MockOptionError(
          field,
          `must list origins such as "http://localhost:5173" (scheme, host and port; no path or trailing slash), got ${JSON.stringify(origin)}`,
        );
      }
      return origin;
    }),
  );
}

/** The host names of `allowedHosts`, each checked to be a bare name (a leading `.` allows its subdomains). */
function hostList(list: readonly string[] | true | undefined): readonly string[] | true {
  if (list === true || list === undefined) return list ?? [];
  if (!Array.isArray(list)) throw new MockOptionError("allowedHosts", `must be a list of host names or true`);
  return list.map((entry) => {
    const name = entry.replace(/^\./, "").toLowerCase();
    let parsed: string | undefined;
    try {
      parsed = new URL(`http://${name}`).hostname;
    } catch {}
    if (name === "" || parsed !== name || name.includes(":")) {
      throw new MockOptionError(
        "allowedHosts",
        `must list host names such as "mock.test" or ".test" (no scheme, port or path), got ${JSON.stringify(entry)}`,
      );
    }
    return entry.toLowerCase();
  });
}

/** The surface a path belongs to: the files messages attach are the app's, the rest under `/__twin` the mock's. */
const surfaceOf = (path: string): Surface =>
  (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) && !path.startsWith(`${CONTROL_PREFIX}/files/`)
    ? "control"
    : "api";

/**
 * Resolves the access rules once: checks every option (a {@link MockOptionError} names the bad one) and returns
 * the checks the server and the core apply. `host` is the interface the server listens on, a name it answers.
 */
export function resolveAccess(options: AccessOptions & { host?: string }): Access {
  const corsOrigins = originList("corsOrigins", options.corsOrigins);
  const controlOrigins = originList("controlOrigins", options.controlOrigins) ?? new Set<string>();
  const allowedHosts = hostList(options.allowedHosts);
  const ownHost = options.host?.toLowerCase();

  function hostAllowed(name: string): boolean {
    if (allowedHosts === true || isIP(name.replace(/^\[(.*)\]$/, "$1")) || LOOPBACK_NAMES.test(name)) return true;
    if (name === ownHost) return true;
    return allowedHosts.some((entry) => (entry.startsWith(".") ? `.${name}`.endsWith(entry) : name === entry));
  }

  /** The origins a request may come from to a surface, its own among them; undefined for any. */
  const listed = (surface: Surface) => (surface === "control" ? controlOrigins : corsOrigins);

  function originAllowed(surface: Surface, origin: string, header: HeaderReader, own: string): boolean {
    const list = listed(surface);
    const host = header("host");
    return list === undefined || list.has(origin) || origin === own || (!!host && origin === `http://${host}`);
  }

  const access: Access = {
    hostRefusal(host) {
      let name: string | undefined;
      try {
        name = host ? new URL(`http://${host}`).hostname : undefined;
      } catch {}
      if (name && hostAllowed(name)) return undefined;
      return {
        header: "Host",
        rule: `must be the mock's own address, localhost, an IP address or a host in allowedHosts (--allowed-hosts), got ${JSON.stringify(host ?? "")}`,
      };
    },
    originRefusal(method, path, header, own) {
      const surface = surfaceOf(path);
      const origin = header("origin");
      if (origin != null) {
        if (originAllowed(surface, origin, header, own)) return undefined;
        return {
          header: "Origin",
          rule:
            surface === "control"
              ? `must be the mock's own origin or one in controlOrigins (--control-origin): the control API, its events and the console answer no other site; got ${JSON.stringify(origin)}`
              : `must be the mock's own origin or one in corsOrigins (--cors-origin), got ${JSON.stringify(origin)}`,
        };
      }
      // No Origin: a browser still says which site sent the request. Opening the console from a link is no risk.
      const site = header("sec-fetch-site");
      if (surface === "api" || (site !== "cross-site" && site !== "same-site")) return undefined;
      if ((method === "GET" || method === "HEAD") && header("sec-fetch-mode") === "navigate") return undefined;
      return {
        header: "Sec-Fetch-Site",
        rule: `must be same-origin or none: the control API, its events and the console answer no other site; got ${JSON.stringify(site)}`,
      };
    },
    async guard(request, answer) {
      const url = new URL(request.url);
      const header: HeaderReader = (name) => request.headers.get(name);
      const refusal = access.originRefusal(request.method, url.pathname, header, url.origin);
      if (refusal) return refusedResponse(refusal);
      const response = request.method === "OPTIONS" ? preflight(request) : await answer(request);
      const surface = surfaceOf(url.pathname);
      const origin = request.headers.get("origin");
      // The control surface needs no CORS for its own pages: it grants it to the origins listed only.
      const grants = surface === "api" || (origin !== null && controlOrigins.has(origin));
      return withHeaders(request, response, grants, surface === "control");
    },
  };
  return access;
}

/** The answer of a CORS preflight: 204 with the method asked. */
function preflight(request: Request): Response {
  const asked = request.headers.get("access-control-request-method");
  return new Response(null, {
    status: 204,
    headers: { "access-control-allow-methods": asked ?? "GET, POST, PUT, PATCH, DELETE, OPTIONS" },
  });
}

/** `response` with the TWIN API's CORS headers for the request's origin (as the MSW handlers' overrides answer). */
export function withCors(request: Request, response: Response): Response {
  return withHeaders(request, response, true, false);
}

/**
 * `response` with CORS headers for the request's origin (credentials, every header allowed and exposed) when
 * `cors`, and kept out of other sites' frames when `unframed`.
 */
function withHeaders(request: Request, response: Response, cors: boolean, unframed: boolean): Response {
  const origin = request.headers.get("origin");
  const headers = new Headers(response.headers);
  if (cors) {
    headers.set("access-control-allow-origin", origin ?? "*");
    headers.set("access-control-allow-headers", request.headers.get("access-control-request-headers") ?? "*");
    headers.set("access-control-allow-credentials", "true");
    headers.set("access-control-expose-headers", "*");
  }
  if (origin) headers.set("vary", "origin");
  if (unframed) {
    headers.set("content-security-policy", "frame-ancestors 'none'");
    headers.set("x-frame-options", "DENY");
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
