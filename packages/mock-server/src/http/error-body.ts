import type { ErrorBody } from "@twin-chat/api-types";

/** Per-field messages, as the spec's `ErrorBody.details` carries them: `{ "sessionTtl": ["must be >= 60"] }`. */
export type FieldDetails = Record<string, string[]>;

/** A JSON response with the spec's `ErrorBody`: `{ error, details }`. */
export function errorResponse(status: number, error: string, details?: FieldDetails): Response {
  const body: ErrorBody = details ? { error, details } : { error };
  return Response.json(body, { status });
}

const LOCATIONS = new Set(["body", "query", "path", "header", "headers", "cookie"]);

/**
 * The field a Prism violation is about, as a client names it: `sessionTtl`, `clientMetadata.var1`, `limit`;
 * `body` for the body as a whole.
 */
function fieldOf(path: string[]): string {
  const rest = path[0] && LOCATIONS.has(path[0]) ? path.slice(1) : path;
  return rest.join(".") || path[0] || "body";
}

/** Groups `[field, message]` pairs by field into `details`, each message once. */
export function groupDetails(problems: [field: string, message: string][]): FieldDetails {
  const details: FieldDetails = {};
  for (const [field, message] of problems) {
    const messages = details[field] ?? [];
    if (!messages.includes(message)) messages.push(message);
    details[field] = messages;
  }
  return details;
}

/** Groups Prism's violations by field into `details`. */
export const fieldDetails = (violations: { path: string[]; message: string }[]): FieldDetails =>
  groupDetails(violations.map((v) => [fieldOf(v.path), v.message]));
