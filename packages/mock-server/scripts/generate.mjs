#!/usr/bin/env node
// Generates src/generated/* from control-openapi.yaml and scenario.schema.json. `--check` compares instead of writing
// and fails on drift.
import { readFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { documentExports, generatedHeader, writeGenerated } from "../../../scripts/generated-files.mjs";

const SCRIPT = "packages/mock-server/scripts/generate.mjs";
const controlUrl = new URL("../control-openapi.yaml", import.meta.url);
const scenarioUrl = new URL("../scenario.schema.json", import.meta.url);
const outDir = new URL("../src/generated/", import.meta.url);

/** Doc comments for openapi-typescript's top-level exports, which it leaves bare. */
const ROOT_DOCS = {
  paths: "Every path of the control API with its operations, keyed by path template.",
  webhooks: "Webhooks of the control API (none are defined).",
  components: "Schemas, parameters and responses of the control API, with the scenario definitions it refers to.",
  $defs: "JSON Schema definitions of the control API (none are defined).",
  operations: "Operations of the control API (each is written inline under its path).",
};

/**
 * Types of every path and component of the control API, by openapi-typescript (as api-types does for spec/); a
 * definition it takes from scenario.schema.json (named by its `title`) is that file's generated type, not a copy.
 */
async function controlFile(scenarioTitles) {
  const scenarioType = (name) =>
    ts.factory.createTypeReferenceNode(ts.factory.createQualifiedName(ts.factory.createIdentifier("scenario"), name));
  const transform = (schema) => (scenarioTitles.has(schema.title) ? scenarioType(schema.title) : undefined);
  const source = astToString(await openapiTS(controlUrl, { defaultNonNullable: false, transform }));
  return `${generatedHeader("packages/mock-server/control-openapi.yaml", SCRIPT)}import type * as scenario from "./scenario.js";

${documentExports(source, ROOT_DOCS)}`;
}

/**
 * The schema as json-schema-to-typescript can state it: every `$ref`'s siblings dropped (beside a `description`, an
 * annotation, or `unevaluatedProperties`, which TypeScript cannot state, it makes a new, numbered type), and an
 * object of exactly one key (`maxProperties: 1`) as the union of its one-key objects.
 */
function forTypeScript(node) {
  if (Array.isArray(node)) return node.map(forTypeScript);
  if (node === null || typeof node !== "object") return node;
  if ("$ref" in node) return { $ref: node.$ref };
  const { properties, maxProperties, minProperties, additionalProperties, type, ...rest } = node;
  if (maxProperties === 1 && properties) {
    const oneKey = Object.entries(properties).map(([key, value]) => ({
      type: "object",
      additionalProperties: false,
      required: [key],
      properties: { [key]: forTypeScript(value) },
    }));
    return { ...forTypeScript(rest), oneOf: oneKey };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, forTypeScript(value)]));
}

/** Types of the scenario format and each of its definitions (named by their `title`), by json-schema-to-typescript. */
async function scenarioFile(schema) {
  const source = await compile(forTypeScript(schema), "Scenario", {
    bannerComment: "",
    unreachableDefinitions: true,
    additionalProperties: false,
  });
  return generatedHeader("packages/mock-server/scenario.schema.json", SCRIPT) + source;
}

const scenarioSchema = JSON.parse(await readFile(scenarioUrl, "utf8"));
const scenarioTitles = new Set(Object.values(scenarioSchema.$defs).flatMap((definition) => definition.title ?? []));
await writeGenerated(
  outDir,
  { "control.ts": await controlFile(scenarioTitles), "scenario.ts": await scenarioFile(scenarioSchema) },
  "control-openapi.yaml and scenario.schema.json",
);
