import { readFileSync } from "node:fs";
import type { getHttpOperationsFromSpec, IHttpConfig, IHttpRequest } from "@stoplight/prism-http";
import { builtFile } from "../package-files.js";
import { deferFaker } from "./defer-faker.js";
import { openapiPath } from "./spec-path.js";

/** Prism's answer to a request: a response with the request's violations, or an error with its status. */
export type PrismAnswer =
  | {
      ok: true;
      statusCode: number;
      headers: Record<string, string>;
      body: unknown;
      violations: { path: string[]; message: string }[];
    }
  | { ok: false; status: number; title: string; detail: string };

/** What a request may prefer, as Prism's `Prefer` header states it: `code=404, example=name, dynamic=true`. */
export interface Preferences {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
}

/** An operation of the spec as Prism reads it. */
type HttpOperation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/**
 * The spec's operations as Prism reads them: resolved once at build time into `dist/spec/operations.json` (a
 * faster start), else read from spec/openapi.yaml (running from the sources).
 */
export async function loadOperations(): Promise<HttpOperation[]> {
  const resolved = builtFile("spec/operations.json");
  if (resolved) return JSON.parse(readFileSync(resolved, "utf8"));
  const { getHttpOperationsFromSpec } = await import("@stoplight/prism-http");
  return getHttpOperationsFromSpec(openapiPath);
}

/**
 * Prism's HTTP engine over the spec's operations, through its public API (`createInstance`), as `prism mock`
 * configures it: request validation and security checks, static examples or `dynamic` data; and which operations
 * take a request body. Prism is imported here, not at the top, so that importing the package loads nothing of it
 * and a server opens its port while Prism loads (`ready` says when it has). Faker loads on first use.
 */
export async function createPrism(options: { dynamic: boolean }) {
  deferFaker();
  const [{ createLogger }, { createInstance }, operations] = await Promise.all([
    import("@stoplight/prism-core"),
    import("@stoplight/prism-http"),
    loadOperations(),
  ]);
  const config: IHttpConfig = {
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false,
    upstreamProxy: undefined,
    mock: { dynamic: options.dynamic },
  };
  const prism = createInstance(config, { logger: createLogger("TWIN-MOCK", { level: "silent" }) });
  const withBody = new Set(operations.filter((operation) => operation.request?.body).map((operation) => operation.iid));

  /** Answers `request` with `preferences` over the configured mock options. */
  async function answer(request: IHttpRequest, preferences: Preferences): Promise<PrismAnswer> {
    const result = await prism.request(request, operations, { ...config, mock: { ...config.mock, ...preferences } })();
    if (result._tag === "Left") {
      const error = result.left;
      const status = "status" in error && typeof error.status === "number" ? error.status : 500;
      const detail = "detail" in error && typeof error.detail === "string" ? error.detail : error.message;
      return { ok: false, status, title: error.name, detail };
    }
    const { output, validations } = result.right;
    return {
      ok: true,
      statusCode: output.statusCode,
      headers: { ...output.headers },
      // Prism hands out its static examples by reference: a copy, so that changing it changes no example.
      body: typeof output.body === "object" && output.body !== null ? structuredClone(output.body) : output.body,
      violations: validations.input.map((v) => ({ path: (v.path ?? []).map(String), message: v.message })),
    };
  }

  /** Whether the operation documents a request body (a body sent to one that does not is ignored, as Prism does). */
  const takesBody = (operationId: string) => withBody.has(operationId);

  return { answer, takesBody };
}

/**
 * Reads the `Prefer` header (`code=404, example=name, dynamic=true`); throws a message naming the bad preference.
 */
export function parsePreferences(header: string | null): Preferences {
  const preferences: Preferences = {};
  for (const part of (header ?? "").split(/[,;]/)) {
    const [key = "", value = ""] = part.split("=").map((s) => s.trim().replace(/^"|"$/g, ""));
    if (key === "code") {
      if (!/^\d{3}$/.test(value)) throw new Error(`Prefer code must be a three-digit status, got "${value}"`);
      preferences.code = Number(value);
    } else if (key === "dynamic") {
      if (value !== "true" && value !== "false")
        throw new Error(`Prefer dynamic must be true or false, got "${value}"`);
      preferences.dynamic = value === "true";
    } else if (key === "example") {
      preferences.exampleKey = value;
    }
  }
  return preferences;
}
