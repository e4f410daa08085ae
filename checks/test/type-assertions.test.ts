import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ts from "typescript";
import { expect, it } from "vitest";
import { repo } from "./support/packages.js";

/**
 * Most type assertions (`as T`, `<T>x`; `as const` aside) allowed in `packages/*\/src`, generated files aside.
 * Issue #21 asks for at most 15; the budget is today's total, so that it only goes down.
 */
const BUDGET = 8;

/** One type assertion: where it is, what it says, and the comment line above it (its reason), if any. */
interface Assertion {
  readonly pkg: string;
  readonly where: string;
  readonly text: string;
  readonly reason: string | undefined;
}

/** The hand-written TypeScript sources of the packages, as git knows them. */
const sources = execFileSync("git", ["ls-files", "packages/*/src/*.ts", "packages/*/src/*.tsx"], {
  cwd: repo,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .filter((file) => !file.includes("/generated/"));

/** Non-null assertions (`x!`) per package: not budgeted, printed so that their number is seen. */
const nonNull: Record<string, number> = {};

/** The type assertions in `file`, found by the compiler's parser (so comments, strings and `import … as` do not count). */
function assertionsIn(file: string): Assertion[] {
  const pkg = file.split("/")[1] ?? file;
  const text = readFileSync(new URL(file, repo), "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split("\n");
  const found: Assertion[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isConstAssertion(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const above = lines[line - 1]?.trim() ?? "";
      found.push({
        pkg,
        where: `${file}:${line + 1}`,
        text: node.getText(source).replace(/\s+/g, " "),
        reason: above.startsWith("//") ? above : undefined,
      });
    }
    if (ts.isNonNullExpression(node)) nonNull[pkg] = (nonNull[pkg] ?? 0) + 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether `node` is `x as const` (or `<const>x`), which only narrows a literal and is not counted. */
function isConstAssertion(node: ts.AsExpression | ts.TypeAssertion): boolean {
  return ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === "const";
}

const assertions = sources.flatMap(assertionsIn);
/** Each assertion as `file:line  text`. */
const list = (items: readonly Assertion[]) => items.map((a) => `${a.where}  ${a.text}`);

it(`packages/*/src holds at most ${BUDGET} type assertions (issue #21: 15)`, () => {
  const perPackage: Record<string, number> = {};
  for (const a of assertions) perPackage[a.pkg] = (perPackage[a.pkg] ?? 0) + 1;
  console.info(`type assertions per package: ${JSON.stringify(perPackage)}, ${assertions.length} in all`);
  console.info(`non-null assertions (x!) per package, not budgeted: ${JSON.stringify(nonNull)}`);
  expect(assertions.length, `over the budget of ${BUDGET}:\n${list(assertions).join("\n")}`).toBeLessThanOrEqual(
    BUDGET,
  );
});

it("no assertion goes through `unknown` (`as unknown as`)", () => {
  const through = assertions.filter((a) => /\bas unknown as\b/.test(a.text));
  expect(list(through)).toEqual([]);
});

it("every type assertion has its reason in a `//` comment on the line above", () => {
  expect(list(assertions.filter((a) => a.reason === undefined))).toEqual([]);
});
