import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));

// Runs in a fresh process (a fresh module cache): imports the built package, creates a core (which loads Prism),
// then reads faker as Prism does.
const probe = `
import { createRequire } from "node:module";
import { dirname } from "node:path";
const entry = process.argv[1];
const { createMockCore } = await import(entry);
const prismPath = createRequire(entry).resolve("@stoplight/prism-http");
const fromPrism = createRequire(prismPath);
const prismAtImport = prismPath in fromPrism.cache;
const core = createMockCore();
await core.ready;
core.close();
const path = fromPrism.resolve("@faker-js/faker");
const files = () => Object.keys(fromPrism.cache).filter((f) => f.startsWith(dirname(path))).length;
const atImport = files();
const standIn = fromPrism.cache[path].exports;
const faker = fromPrism("@faker-js/faker").default;
const word = faker.lorem.word();
console.log(JSON.stringify({ prismAtImport, atImport, afterUse: files(), word, replaced: fromPrism.cache[path].exports !== standIn, same: fromPrism.cache[path].exports.faker.lorem === faker.lorem }));
`;

it("importing loads nothing of Prism; Prism loads without faker's files, and faker loads whole at its first use", async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe, entry]);
  const result = JSON.parse(stdout);
  expect(result.prismAtImport, "importing the package has no side effect (package.json: sideEffects false)").toBe(
    false,
  );
  expect(result.atImport, "only the stand-in is in the cache once Prism is loaded").toBe(1);
  expect(result.afterUse, "the real faker is loaded at first use").toBeGreaterThan(1);
  expect(result.word).toMatch(/^\p{L}+$/u);
  expect(result, "the cache now holds the real module, which the stand-in reads").toMatchObject({
    replaced: true,
    same: true,
  });
});
