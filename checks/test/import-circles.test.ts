import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { repo } from "./support/packages.js";

/** The TypeScript sources of the packages, generated files included, as git knows them. */
const sources = new Set(
  execFileSync("git", ["ls-files", "packages/*/src/*.ts", "packages/*/src/*.tsx"], { cwd: repo, encoding: "utf8" })
    .trim()
    .split("\n"),
);

/** The source file a relative specifier of `from` names (`./x.js` is `x.ts`, `x.tsx` or `x/index.ts`), if any. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = posix.join(posix.dirname(from), specifier).replace(/\.[cm]?js$/, "");
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((file) => sources.has(file));
}

/** The package sources `file` imports or re-exports, type-only and dynamic imports included (as madge counts them). */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(new URL(file, repo), "utf8"), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) specifiers.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers.filter((s) => s.startsWith(".")).flatMap((s) => resolveImport(file, s) ?? []);
}

/** Every import circle among the sources, each as the files along it (depth-first, each circle reported once). */
function circles(): string[][] {
  const graph = new Map([...sources].map((file) => [file, importsOf(file)]));
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, path: string[]): void => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file]);
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...path, file]);
    done.add(file);
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

it("no source file of a package imports itself through others (issue #21: no import circle)", () => {
  expect(circles().map((circle) => circle.join(" > "))).toEqual([]);
});
