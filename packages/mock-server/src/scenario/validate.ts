import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import schema from "../../scenario.schema.json" with { type: "json" };
import type { ScenarioProblem } from "./errors.js";
import type { Scenario } from "./format.js";

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile<Scenario>(schema);

/** One problem per ajv error, with the unknown or missing field named in the message. */
function describe(error: ErrorObject): ScenarioProblem {
  const { params } = error;
  if (error.keyword === "additionalProperties") {
    return { path: error.instancePath, message: `has an unknown field "${params.additionalProperty}"` };
  }
  if (error.keyword === "required") {
    return { path: `${error.instancePath}/${params.missingProperty}`, message: "is required" };
  }
  if (error.keyword === "enum") {
    return { path: error.instancePath, message: `must be one of ${params.allowedValues.join(", ")}` };
  }
  if (error.keyword === "maxProperties" || error.keyword === "minProperties") {
    return { path: error.instancePath, message: "must have exactly one key" };
  }
  return { path: error.instancePath, message: error.message ?? "is invalid" };
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

/** The problems of `data` against `scenario.schema.json`; empty when it is a valid scenario. */
export function schemaProblems(data: unknown): ScenarioProblem[] {
  if (validate(data)) return [];
  const problems = withoutOneOfNoise(validate.errors ?? []).map(describe);
  return problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.message === p.message) === i);
}
