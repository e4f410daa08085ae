import type { ErrorBody, TwinProblem } from "@twin-chat/api-types";

/** Problems found in an error body, and a one-line summary of them for an error message. */
export interface DescribedProblems {
  list: TwinProblem[];
  summary: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads per-field problems and a summary from an error body in the spec's `ErrorBody` shape (`{ error, details }`),
 * whose free-form `details` is `{ field: message | message[] }` or a list of `{ field, message }`; `summary` is
 * undefined when the body says nothing.
 */
export function describeProblems(body: unknown): DescribedProblems {
  const { error, details }: ErrorBody = isRecord(body) ? body : {};
  const pairs = Array.isArray(details)
    ? details.filter(isRecord).map((item) => [item.field ?? "body", item.message ?? "is invalid"])
    : Object.entries(isRecord(details) ? details : {});
  const list = pairs.flatMap(([field, messages]) =>
    [messages].flat().map((message) => ({ field: String(field), message: String(message) })),
  );
  const fields = list.map((p) => `${p.field} ${p.message}`).join("; ");
  return { list, summary: [typeof error === "string" && error, fields].filter(Boolean).join(": ") || undefined };
}
