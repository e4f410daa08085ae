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

/** Prism's problem+json: `validation: [{ location: ["body", "sessionTtl"], message }]`. */
function fromPrism(validation: unknown[]): TwinProblem[] {
  return validation.filter(isRecord).map((item) => {
    const location = Array.isArray(item.location) ? item.location.map(String) : [];
    const path = location.length > 1 ? location.slice(1) : location;
    return { field: path.join(".") || "body", message: String(item.message ?? "is invalid") };
  });
}

/** The vendor's `details`: `{ field: message | message[] }` or `[{ field|property, message }]`. */
function fromDetails(details: unknown): TwinProblem[] {
  if (Array.isArray(details)) {
    return details.filter(isRecord).map((item) => ({
      field: String(item.field ?? item.property ?? item.path ?? "body"),
      message: String(item.message ?? item.error ?? "is invalid"),
    }));
  }
  if (!isRecord(details)) return [];
  return Object.entries(details).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : [value]).map((message) => ({ field, message: String(message) })),
  );
}

/** Reads per-field problems and a summary from an error body of either shape; `summary` is undefined when it has none. */
export function describeProblems(body: unknown): DescribedProblems {
  if (!isRecord(body)) return { list: [], summary: undefined };
  const list = Array.isArray(body.validation) ? fromPrism(body.validation) : fromDetails(body.details);
  const headline = [body.error, body.title, body.detail, body.message].find((v) => typeof v === "string") as
    | string
    | undefined;
  const fields = list.map((p) => `${p.field} ${p.message}`).join("; ");
  const summary = [headline, fields].filter(Boolean).join(": ") || undefined;
  return { list, summary };
}
