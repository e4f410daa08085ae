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

const LOCATIONS = new Set(["body", "query", "path", "header", "cookie"]);

/** Prism's violations: `[{ location: ["request", "body", "sessionTtl"], message }]`, `request` being optional. */
function fromPrism(violations: unknown[]): TwinProblem[] {
  return violations.filter(isRecord).map((item) => {
    const location = Array.isArray(item.location) ? item.location.map(String) : [];
    if (location[0] === "request") location.shift();
    if (location.length > 1 && LOCATIONS.has(location[0]!)) location.shift();
    return { field: location.join(".") || "body", message: String(item.message ?? "is invalid") };
  });
}

/** The `sl-violations` header by which Prism lists request problems when the spec declares the error's body. */
function violationsHeader(header: string | null | undefined): unknown[] {
  if (!header) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
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

/**
 * Reads per-field problems and a summary from an error body (Prism's `validation` or the vendor's
 * `{ error, details }`), falling back to Prism's `sl-violations` header; `summary` is undefined when there is none.
 */
export function describeProblems(body: unknown, violations?: string | null): DescribedProblems {
  const record = isRecord(body) ? body : {};
  let list = Array.isArray(record.validation) ? fromPrism(record.validation) : fromDetails(record.details);
  if (list.length === 0) list = fromPrism(violationsHeader(violations));
  const headline = [record.error, record.title, record.detail, record.message].find((v) => typeof v === "string") as
    | string
    | undefined;
  const fields = list.map((p) => `${p.field} ${p.message}`).join("; ");
  const summary = [headline, fields].filter(Boolean).join(": ") || undefined;
  return { list, summary };
}
