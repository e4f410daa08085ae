import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import schema from "../../scenario.schema.json" with { type: "json" };
import { BUNDLED_SCENARIOS, loadScenario, ScenarioError, TwinError } from "../../src/index.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "twin-scenario-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** Writes `text` as a scenario file and loads it; resolves with the error it throws. */
async function problemsOf(text: string, name = "scenario.yaml"): Promise<ScenarioError> {
  const path = join(folder, name);
  await writeFile(path, text);
  const error = await loadScenario(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScenarioError);
  return error as ScenarioError;
}

describe("scenario files", () => {
  it("the schema is a valid JSON Schema 2020-12, and every bundled scenario follows it", async () => {
    expect(new Ajv2020({ strict: false }).validateSchema(schema)).toBe(true);
    for (const name of BUNDLED_SCENARIOS) expect((await loadScenario(name)).name).toBe(name);
  });

  it("reads JSON as well as YAML", async () => {
    const path = join(folder, "echo.json");
    await writeFile(path, JSON.stringify({ name: "json", fallback: "Echo {text}" }));
    expect(await loadScenario(path)).toEqual({ name: "json", fallback: "Echo {text}" });
  });

  it.each([
    [
      "an unknown field",
      "rules:\n  - match: { keywrd: hi }\n    steps: Hello",
      "/rules/0/match/keywrd",
      "is not a known field",
    ],
    ["a missing field", "rules:\n  - match: { keyword: hi }", "/rules/0/steps", "is required"],
    ["a step with two actions", "greeting:\n  - { say: Hi, delay: 10 }", "/greeting/0", "exactly one key"],
    ["a negative delay", "greeting:\n  - delay: -5", "/greeting/0/delay", "must be >= 0"],
    [
      "a status out of range",
      "fallback:\n  - fail: { operation: createClientMessage, status: 99 }",
      "/fallback/0/fail/status",
      "must be >= 400",
    ],
    [
      "an operation the spec does not have",
      "fallback:\n  - fail: { operation: sendEverything }",
      "/fallback/0/fail/operation",
      "must be one of",
    ],
    ["an n-th message below 1", "rules:\n  - match: { nth: 0 }\n    steps: Hi", "/rules/0/match/nth", "must be >= 1"],
    [
      "a regex that does not compile",
      'rules:\n  - match: { regex: "(" }\n    steps: Hi',
      "/rules/0/match/regex",
      "valid regular expression",
    ],
    [
      "an attachment with a name alone",
      "greeting:\n  - say: { body: Hi, attachments: [{ name: a.txt }] }",
      "/greeting/0/say/attachments/0",
      "fewer than 2 properties",
    ],
    [
      "an attachment file that is not there",
      "greeting:\n  - say: { body: Hi, attachments: [{ name: a.pdf, file: missing.pdf }] }",
      "/greeting/0/say/attachments/0/file",
      "existing file",
    ],
  ])("names the field and the rule it breaks: %s", async (_, text, path, rule) => {
    const error = await problemsOf(text);
    expect(error).toBeInstanceOf(TwinError);
    expect(error.code).toBe("invalid-scenario");
    expect(error.problems).toContainEqual({ path, message: expect.stringContaining(rule) });
    expect(error.message).toContain(path);
  });

  it("reports each bad place once, though several places share one schema (steps)", async () => {
    const error = await problemsOf(
      "fallback: 3\nrules:\n  - match: { keyword: hi }\n    steps: [{ say: { body: 1 } }]",
    );
    expect(error.problems).toEqual([
      { path: "/rules/0/steps/0/say/body", message: "must be string" },
      { path: "/fallback", message: "must be string or must be array" },
    ]);
  });

  it("reports a bad step as that step alone, not also as a list that must be a string", async () => {
    const error = await problemsOf("rules:\n  - match: { keyword: hi }\n    steps:\n      - sya: typo");
    expect(error.problems).toEqual([{ path: "/rules/0/steps/0/sya", message: "is not a known field" }]);
  });

  it.each([
    ["support-bto", 'did you mean "support-bot"?'],
    ["handoveR", 'did you mean "handover"?'],
    ["flaky", "is neither a bundled scenario nor a file (bundled scenarios: support-bot, handover, flaky-network)"],
  ])("guesses the bundled scenario a misspelled name meant: %s", async (name, hint) => {
    const error = (await loadScenario(name).catch((e: unknown) => e)) as ScenarioError;
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.message).toContain(hint);
  });

  it("says which file cannot be read, and lists the bundled names", async () => {
    const error = (await loadScenario(join(folder, "nope.yaml")).catch((e: unknown) => e)) as ScenarioError;
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.message).toMatch(/cannot be read.*bundled scenarios: support-bot, handover, flaky-network/);
  });

  it("says where YAML that does not parse breaks", async () => {
    const error = await problemsOf("rules: [\n  - oops");
    expect(error.problems[0]!.message).toMatch(/cannot be read/);
  });
});
