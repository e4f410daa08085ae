import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, inject, it } from "vitest";

const readme = new URL("../../../../README.md", import.meta.url);
const packageDir = new URL("../../", import.meta.url);

it("runs the root README's usage example as written, against the mock", async () => {
  const text = await readFile(readme, "utf8");
  const example = /## Usage[\s\S]*?```js\n([\s\S]*?)```/.exec(text)?.[1];
  expect(example, "README.md has a ```js block under ## Usage").toBeTruthy();
  const code = example!.replaceAll("http://127.0.0.1:4010", inject("mockUrl"));
  // Run from the package folder so `@twin-chat/client` resolves to this package's build, as for a user.
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code], {
    cwd: packageDir,
    timeout: 20_000,
  });
  expect(stdout).toMatch(/^session [0-9a-f-]{36} ttl 3600\nmessage [0-9a-f-]{36} at \S+\n422 sessionTtl\n$/);
});
