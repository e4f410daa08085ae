import type { ErrorBody } from "@twin-chat/api-types";

/** One problem the server reported about a field of the request. */
export interface TwinProblem {
  /** Dotted path of the field, such as `sessionTtl` or `clientMetadata.var1`; `body` for the body as a whole. */
  field: string;
  /** What is wrong with it, in the server's words. */
  message: string;
}

/** Problems found in an error body, and a one-line summary of them for an error message. */
export interface DescribedProblems {
  list: TwinProblem[];
  summary: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The spec's free-form `details`: `{ field: message | message[] }`, or a list of `{ field, message }`. */
function fromDetails(details: ErrorBody["details"]): TwinProblem[] {
  if (Array.isArray(details)) {
    return details.filter(isRecord).map((item) => ({
      field: String(item.field ?? "body"),
      message: String(item.message ?? "is invalid"),
    }));
  }
  if (!isRecord(details)) return [];
  return Object.entries(details).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : [value]).map((message) => ({ field, message: String(message) })),
  );
}

/**
 * Reads per-field problems and a summary from an error body in the spec's `ErrorBody` shape (`{ error, details }`);
 * `summary` is undefined when the body says nothing.
 */
export function describeProblems(body: unknown): DescribedProblems {
  const record: ErrorBody = isRecord(body) ? body : {};
  const list = fromDetails(record.details);
  const headline = typeof record.error === "string" ? record.error : undefined;
  const fields = list.map((p) => `${p.field} ${p.message}`).join("; ");
  return { list, summary: [headline, fields].filter(Boolean).join(": ") || undefined };
}
