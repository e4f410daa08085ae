import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import scenarioSchema from "../scenario.schema.json" with { type: "json" };
import { type FieldDetails, groupDetails } from "./error-body.js";
import { packageFile } from "./package-files.js";

/** The control API's own OpenAPI document (not the vendor's contract), as the mock serves it: from `dist/` when built. */
export const controlOpenApiText = readFileSync(packageFile("control-openapi.yaml", "control-openapi.yaml"), "utf8");

const CONTROL_ID = new URL("control-openapi.yaml", scenarioSchema.$id).href;

let ajv: Ajv2020 | undefined;

/** Ajv with the control document and the scenario schema it refers to, made on first use. */
function validator(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addSchema(scenarioSchema);
  ajv.addSchema({ ...parse(controlOpenApiText), $id: CONTROL_ID });
  return ajv;
}

/** The validator of the schema at `pointer` (such as `/components/schemas/SayRequest`) in the control document. */
export function controlSchema(pointer: string): ValidateFunction {
  const id = `${CONTROL_ID}#${pointer}`;
  return validator().getSchema(id) ?? validator().compile({ $ref: id });
}

/** The field an ajv error is about, dotted (`answers.0`), and what is wrong with it. */
function fieldProblem(error: ErrorObject): [string, string] {
  const field = error.instancePath.slice(1).replaceAll("/", ".");
  if (error.keyword === "required")
    return [[field, error.params.missingProperty].filter(Boolean).join("."), "is required"];
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const name = error.params.additionalProperty ?? error.params.unevaluatedProperty;
    return [[field, name].filter(Boolean).join("."), "is not a known field"];
  }
  return [field || "body", error.message ?? "is invalid"];
}

/** The problems of `value` against `validate`, per field; undefined when it is valid. */
export function controlProblems(validate: ValidateFunction, value: unknown): FieldDetails | undefined {
  return validate(value) ? undefined : groupDetails((validate.errors ?? []).map(fieldProblem));
}
