import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

/** spec/openapi.yaml, parsed. */
export const spec = parse(readFileSync(new URL("../../../../spec/openapi.yaml", import.meta.url), "utf8"));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...spec, $id: "openapi" });

/** Validation errors of `value` against the schema at `pointer` in spec/openapi.yaml (empty when valid). */
export function schemaErrors(pointer: string, value: unknown): string[] {
  const validate = ajv.getSchema(`openapi#${pointer}`) ?? ajv.compile({ $ref: `openapi#${pointer}` });
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** JSON-pointer escaping of one segment. */
export const pointerSegment = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");
