import { describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/index.js";
import { Generator, runSeed, type Schema, seeded } from "./support/generate.js";
import { pointerSegment, schemaErrors, spec } from "./support/spec.js";

/** How many valid and how many invalid inputs each operation gets, at least. */
const PER_KIND = 50;
const SEED = runSeed("contract fuzz");

interface Parameter {
  name: string;
  in: "path" | "query";
  required?: boolean;
  schema: Schema;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  /** The body's media type and schema, if the operation takes one. */
  body?: { type: string; schema: Schema; required: boolean };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const generator = new Generator(spec, seeded(SEED));
const resolveParameter = (p: Parameter | { $ref: string }) => generator.resolve(p as Schema) as unknown as Parameter;

const operations: Operation[] = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(
  ([path, item]) =>
    Object.entries(item)
      .filter(([method]) => method !== "parameters")
      .map(([method, op]) => {
        const content = op.requestBody?.content as Record<string, { schema: Schema }> | undefined;
        const [type, media] = Object.entries(content ?? {})[0] ?? [];
        return {
          id: op.operationId,
          method: method.toUpperCase(),
          path,
          parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolveParameter),
          body: media && { type: type!, schema: media.schema, required: op.requestBody.required === true },
          responses: op.responses,
        };
      }),
);

/** One request to send: where, what, and whether the contract says it is valid. */
interface Case {
  valid: boolean;
  /** What it breaks, for the failure message. */
  breaks?: string;
  query: Record<string, unknown>;
  body?: { raw: BodyInit; type?: string } | undefined;
}

/** The query object schema of an operation's query parameters. */
function querySchema(operation: Operation): Schema {
  const query = operation.parameters.filter((p) => p.in === "query");
  return {
    type: "object",
    properties: Object.fromEntries(query.map((p) => [p.name, p.schema])),
    required: query.filter((p) => p.required).map((p) => p.name),
  };
}

/** A multipart body from a generated object: arrays as repeated parts, binary strings as files. */
function formData(value: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, field] of Object.entries(value)) {
    for (const item of [field].flat()) {
      if (key.endsWith("[]")) form.append(key, new Blob([String(item)]), `file-${form.getAll(key).length}.txt`);
      else form.append(key, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

function encodeBody(operation: Operation, value: unknown): Case["body"] {
  if (operation.body!.type === "multipart/form-data") return { raw: formData(value as Record<string, unknown>) };
  return { raw: JSON.stringify(value), type: "application/json" };
}

/** A query string value as a URL carries it: strings as they are, the rest as JSON. */
const queryValue = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/**
 * Whether a broken rule survives the wire: a query string and a multipart form carry only text (and files), so a
 * `type` rule is broken there only by text that does not parse as the type (a number for a string does not break it).
 */
function breakableOnTheWire(operation: Operation, where: "query" | "body", broken: { field: string; rule: string }) {
  if (broken.field === "") return where === "body" && operation.body?.type === "application/json";
  if (!broken.rule.startsWith("type")) return true;
  if (where === "body") return operation.body?.type === "application/json";
  const parameter = operation.parameters.find((p) => p.in === "query" && p.name === broken.field.split(".")[0]);
  const schema = parameter && generator.resolve(parameter.schema);
  return !(schema && [schema.type].flat().includes("string"));
}

/** At least {@link PER_KIND} valid and invalid cases of an operation, plus malformed JSON and a null body. */
function casesOf(operation: Operation): Case[] {
  const cases: Case[] = [];
  const query = querySchema(operation);
  const validQuery = () => generator.valid(query) as Record<string, unknown>;
  const validBody = () =>
    operation.body && (operation.body.required || generator.random() < 0.8)
      ? encodeBody(operation, generator.valid(operation.body.schema))
      : undefined;
  for (let i = 0; i < PER_KIND; i++) cases.push({ valid: true, query: validQuery(), body: validBody() });
  const breakable = [
    ...(Object.keys(query.properties as object).length > 0 ? ["query"] : []),
    ...(operation.body ? ["body"] : []),
  ];
  for (let tries = 0; cases.length < 2 * PER_KIND && tries < 50 * PER_KIND && breakable.length > 0; tries++) {
    if (generator.pick(breakable) === "query") {
      const broken = generator.invalid(query);
      if (!broken || !breakableOnTheWire(operation, "query", broken)) continue;
      const body = operation.body?.required ? encodeBody(operation, generator.valid(operation.body.schema)) : undefined;
      const brokenQuery = broken.value as Record<string, unknown>;
      cases.push({ valid: false, breaks: `query ${broken.field} ${broken.rule}`, query: brokenQuery, body });
    } else {
      const broken = generator.invalid(operation.body!.schema);
      if (!broken || !breakableOnTheWire(operation, "body", broken)) continue;
      cases.push({
        valid: false,
        breaks: `body ${broken.field} ${broken.rule}`,
        query: validQuery(),
        body: encodeBody(operation, broken.value),
      });
    }
  }
  if (operation.method !== "GET") {
    // A JSON body that is malformed or null is refused where a body is documented, and ignored where none is.
    const takesBody = operation.body !== undefined;
    const breaks = (what: string) => (takesBody ? what : undefined);
    cases.push(
      {
        valid: !takesBody,
        breaks: breaks("malformed JSON"),
        query: validQuery(),
        body: { raw: '{"body": "x",', type: "application/json" },
      },
      {
        valid: !takesBody,
        breaks: breaks("null body"),
        query: validQuery(),
        body: { raw: "null", type: "application/json" },
      },
    );
  }
  return cases;
}

/** The documented response of `status` (its own key, else `4XX`/`5XX`) and the pointer to it in the spec. */
function documented(operation: Operation, status: number): { pointer: string; content?: object } | undefined {
  const key = [String(status), `${String(status)[0]}XX`].find((k) => k in operation.responses);
  if (!key) return undefined;
  const answer = operation.responses[key] as { $ref?: string; content?: object };
  const pointer = answer.$ref
    ? answer.$ref.slice(1)
    : `/paths/${pointerSegment(operation.path)}/${operation.method.toLowerCase()}/responses/${key}`;
  return { pointer, content: (generator.resolve(answer as Schema) as { content?: object }).content };
}

/** Sends one case and checks the answer against the contract; returns what is wrong, or "" when nothing is. */
async function check(mock: MockServer, operation: Operation, sample: Case): Promise<string> {
  const path = operation.path.replace(/\{[^}]+\}/g, () => generator.uuid());
  const url = new URL(path, mock.url);
  for (const [key, value] of Object.entries(sample.query)) {
    for (const item of [value].flat()) url.searchParams.append(key, queryValue(item));
  }
  const response = await fetch(url, {
    method: operation.method,
    headers: sample.body?.type ? { "content-type": sample.body.type } : {},
    body: sample.body?.raw,
  });
  const text = await response.text();
  const what = `${operation.method} ${url.pathname}${url.search} ${sample.breaks ?? "valid"} → ${response.status} ${text.slice(0, 300)}`;
  const answer = documented(operation, response.status);
  if (!answer) return `undocumented status: ${what}`;
  if (sample.valid !== response.status < 400) return `expected ${sample.valid ? "success" : "an error"}: ${what}`;
  if (!sample.valid && ![400, 422].includes(response.status)) return `expected 400 or 422: ${what}`;
  if (!answer.content || !("application/json" in answer.content)) {
    return text === "" ? "" : `a body where none is documented: ${what}`;
  }
  const errors = schemaErrors(`${answer.pointer}/content/application~1json/schema`, JSON.parse(text));
  return errors.length > 0 ? `body breaks its schema (${errors.join("; ")}): ${what}` : "";
}

describe(`contract fuzz of every operation of spec/openapi.yaml (SEED=${SEED})`, () => {
  it.each(operations.map((o) => [o.id, o] as const))("%s", { timeout: 120_000 }, async (_, operation) => {
    const cases = casesOf(operation);
    const counts = { valid: cases.filter((c) => c.valid).length, invalid: cases.filter((c) => !c.valid).length };
    const mock = await startMockServer({ port: 0, replyDelayMs: 0 });
    try {
      const problems: string[] = [];
      for (const sample of cases) {
        const problem = await check(mock, operation, sample);
        if (problem) problems.push(problem);
      }
      expect(problems, `SEED=${SEED}`).toEqual([]);
    } finally {
      await mock.close();
    }
    expect(counts.valid).toBeGreaterThanOrEqual(PER_KIND);
    if (operation.body || operation.parameters.some((p) => p.in === "query")) {
      expect(counts.invalid).toBeGreaterThanOrEqual(PER_KIND);
    }
  });
});
