import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ScenarioProblem } from "@twin-chat/api-types";
import { parse } from "yaml";
import { messageOf } from "../error-message.js";
import { packageFile } from "../package-files.js";
import { ScenarioError } from "./errors.js";
import type { Scenario, Step, Steps } from "./format.js";

/** The scenarios the package ships, by the name `--scenario` takes. */
export const BUNDLED_SCENARIOS = ["support-bot", "handover", "flaky-network"] as const;

/** The name of a bundled scenario. */
export type BundledScenario = (typeof BUNDLED_SCENARIOS)[number];

/** Folder of the bundled scenarios: `dist/scenarios/` when built, `scenarios/` from the sources. */
const bundledFolder = packageFile("scenarios", "scenarios");

/** Where the bundled scenario `name` lives, or undefined when `name` is not one. */
export function bundledScenarioPath(name: string): string | undefined {
  return BUNDLED_SCENARIOS.some((bundled) => bundled === name) ? resolve(bundledFolder, `${name}.yaml`) : undefined;
}

const stepsOf = (steps: Steps | undefined): Step[] => (typeof steps === "object" ? steps : []);

/** Every step of the scenario with its JSON pointer. */
function* allSteps(scenario: Scenario): Generator<[string, Step]> {
  for (const [i, step] of stepsOf(scenario.greeting).entries()) yield [`/greeting/${i}`, step];
  for (const [r, rule] of (scenario.rules ?? []).entries()) {
    for (const [i, step] of stepsOf(rule.steps).entries()) yield [`/rules/${r}/steps/${i}`, step];
  }
  for (const [i, step] of stepsOf(scenario.fallback).entries()) yield [`/fallback/${i}`, step];
}

/** Rules the schema cannot state: a `regex` that compiles, attachment files that exist (made absolute). */
function semanticProblems(scenario: Scenario, folder: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  for (const [r, rule] of (scenario.rules ?? []).entries()) {
    if (!("regex" in rule.match)) continue;
    try {
      new RegExp(rule.match.regex, "i");
    } catch (error) {
      problems.push({
        path: `/rules/${r}/match/regex`,
        message: `must be a valid regular expression (${messageOf(error)})`,
      });
    }
  }
  for (const [pointer, step] of allSteps(scenario)) {
    const message = "say" in step ? step.say : "operatorSays" in step ? step.operatorSays : undefined;
    if (typeof message !== "object") continue;
    const key = "say" in step ? "say" : "operatorSays";
    for (const [a, attachment] of (message.attachments ?? []).entries()) {
      if (attachment.file === undefined) continue;
      attachment.file = resolve(folder, attachment.file);
      if (!existsSync(attachment.file)) {
        problems.push({
          path: `${pointer}/${key}/attachments/${a}/file`,
          message: `must name an existing file (${attachment.file})`,
        });
      }
    }
  }
  return problems;
}

/** How many single-character edits (insert, delete, replace) turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (const [i, char] of [...a].entries()) {
    const row = [i + 1];
    for (const [j, other] of [...b].entries()) {
      row.push(Math.min(previous[j + 1]! + 1, row[j]! + 1, previous[j]! + (char === other ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** Why a scenario cannot be read; for a name that is not a path, the bundled name it was likely meant to be. */
function unreadable(source: string, path: string, error: unknown): string {
  const bundled = `bundled scenarios: ${BUNDLED_SCENARIOS.join(", ")}`;
  if (existsSync(path)) return `cannot be read: ${messageOf(error)}`;
  if (/[/\\.]/.test(source)) return `cannot be read: ${messageOf(error)} (${bundled})`;
  const [closest] = BUNDLED_SCENARIOS.map((name) => ({ name, edits: editDistance(source, name) }))
    .filter(({ edits }) => edits <= 3)
    .sort((x, y) => x.edits - y.edits);
  const guess = closest ? `; did you mean "${closest.name}"?` : "";
  return `is neither a bundled scenario nor a file${guess} (${bundled})`;
}

/**
 * Reads a scenario: a bundled one by name (`support-bot`) or a YAML or JSON file, checked against
 * `scenario.schema.json`. Throws a {@link ScenarioError} naming each bad field and its rule.
 */
export async function loadScenario(source: string): Promise<Scenario> {
  const path = bundledScenarioPath(source) ?? resolve(source);
  let data: unknown;
  try {
    data = parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new ScenarioError(source, [{ path: "", message: unreadable(source, path, error) }]);
  }
  const { checkScenario } = await import("../schemas/validator.js"); // ajv only when a file is loaded: a faster start
  const checked = checkScenario(data);
  if (!checked.ok) throw new ScenarioError(source, checked.problems);
  const scenario = checked.value;
  const semantic = semanticProblems(scenario, dirname(path));
  if (semantic.length > 0) throw new ScenarioError(source, semantic);
  return scenario;
}
