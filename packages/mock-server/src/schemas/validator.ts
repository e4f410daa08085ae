import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import scenarioSchema from "../../scenario.schema.json" with { type: "json" };
import type { paths } from "../generated/control.js";
import type { Scenario } from "../generated/scenario.js";
import { packageFile } from "../package-files.js";

/** One thing wrong in a checked value: where (a JSON pointer such as `/rules/0/match`) and which rule it breaks. */
export interface SchemaProblem {
  path: string;
  message: string;
}

let controlText: string | undefined;

/** The control API's own OpenAPI document (not the vendor's contract), as the mock serves it: from `dist/` when built. */
export function controlOpenApiText(): string {
  controlText ??= readFileSync(packageFile("control-openapi.yaml", "control-openapi.yaml"), "utf8");
  return controlText;
}

const CONTROL_ID = new URL("control-openapi.yaml", scenarioSchema.$id).href;

let ajv: Ajv2020 | undefined;

/** The one ajv of the mock: the scenario schema and the control document that refers to it, made on first use. */
function schemas(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  addFormats.default(ajv);
  ajv.addSchema(scenarioSchema);
  ajv.addSchema({ ...parse(controlOpenApiText()), $id: CONTROL_ID });
  return ajv;
}

/**
 * The validator of the schema `id` (an `$id`, with a `#/pointer` into it), compiled on first use; `T` is the type
 * generated from that schema (`pnpm generate`), which a value it accepts has.
 */
function validatorOf<T>(id: string): ValidateFunction<T> {
  return schemas().getSchema<T>(id) ?? schemas().compile<T>({ $ref: id });
}

/** The rule an error of a `minProperties`/`maxProperties` keyword breaks, as its schema states both bounds. */
function propertyCount(error: ErrorObject): string {
  const { minProperties, maxProperties } = error.parentSchema ?? {};
  if (minProperties !== maxProperties) return error.message ?? "has too many or too few fields";
  return maxProperties === 1 ? "must have exactly one key" : `must have exactly ${maxProperties} keys`;
}

/** One problem per ajv error, at the field it names: the unknown or missing field itself, not its parent. */
function describe(error: ErrorObject): SchemaProblem {
  const { params, instancePath } = error;
  switch (error.keyword) {
    case "required":
      return { path: `${instancePath}/${params.missingProperty}`, message: "is required" };
    case "additionalProperties":
    case "unevaluatedProperties":
      return {
        path: `${instancePath}/${params.additionalProperty ?? params.unevaluatedProperty}`,
        message: "is not a known field",
      };
    case "enum":
      return { path: instancePath, message: `must be one of ${params.allowedValues.join(", ")}` };
    case "maxProperties":
    case "minProperties":
      return { path: instancePath, message: propertyCount(error) };
    default:
      return { path: instancePath, message: error.message ?? "is invalid" };
  }
}

const depth = (error: ErrorObject) => error.instancePath.split("/").length;

/**
 * Of the errors under a `oneOf`, only those of the branch that got furthest into the value: a list of steps with
 * one bad step is reported as that step, not also as "must be a string". When no branch got past the value
 * itself, one message lists the types it may have.
 */
function withoutOneOfNoise(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  for (const oneOf of errors.filter((e) => e.keyword === "oneOf")) {
    const prefix = `${oneOf.schemaPath}/`;
    const within = (e: ErrorObject) => `${e.instancePath}/`.startsWith(`${oneOf.instancePath}/`);
    // A schema used in several places (through `$ref`) has one schemaPath for all: the value's path tells them apart.
    // An error deeper in the value whose schemaPath starts elsewhere was reached through a `$ref` of some branch.
    const branchOf = (e: ErrorObject) =>
      e.schemaPath.startsWith(prefix) ? e.schemaPath.slice(prefix.length).split("/")[0]! : "$ref";
    const under = (e: ErrorObject) =>
      e !== oneOf && within(e) && (e.schemaPath.startsWith(prefix) || depth(e) > depth(oneOf));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of kept.filter(under)) branches.set(branchOf(e), [...(branches.get(branchOf(e)) ?? []), e]);
    const deepest = Math.max(...[...branches.values()].flat().map(depth));
    const winner = [...branches.values()].find((list) => list.some((e) => depth(e) === deepest)) ?? [];
    const shallow = deepest <= depth(oneOf);
    const forms = [...new Set([...branches.values()].flat().map((e) => e.message))].join(" or ");
    kept = kept.flatMap((e) => {
      if (e === oneOf) return shallow ? [{ ...e, message: forms || e.message }] : [];
      return !under(e) || (!shallow && winner.includes(e)) ? [e] : [];
    });
  }
  return kept;
}

/** A checked value: the value, typed, when its schema accepts it; else each place and rule it breaks. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: SchemaProblem[] };

/** `value` checked against the schema `id` (whose generated type is `T`), each problem's place and rule once. */
function check<T>(id: string, value: unknown): Checked<T> {
  const validate = validatorOf<T>(id);
  if (validate(value)) return { ok: true, value };
  const problems = withoutOneOfNoise(validate.errors ?? []).map(describe);
  const once = problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.message === p.message) === i);
  return { ok: false, problems: once };
}

/** `data` checked against `scenario.schema.json`. */
export const checkScenario = (data: unknown): Checked<Scenario> => check(scenarioSchema.$id, data);

/** The JSON request body the control document states for `method` on `path`. */
export type ControlBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** A request body checked against the control document's schema for `method` on `path` (such as `/api/faults`, `post`). */
export function checkControlBody<P extends keyof paths, M extends keyof paths[P] & string>(
  path: P,
  method: M,
  body: unknown,
): Checked<ControlBody<P, M>> {
  const pointer = `/paths/${path.replaceAll("/", "~1")}/${method}/requestBody/content/application~1json/schema`;
  return check(`${CONTROL_ID}#${pointer}`, body);
}
