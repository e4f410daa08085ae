import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { repo } from "./support/packages.js";

/** Where the mechanics the packages share are written, once (issue #21). */
const SHARED = "packages/api-types/src/shared/";

/**
 * How each shared mechanic looks when it is written again: each pattern matched every copy there was before #21
 * (six listener sets, four evict-oldest, three URL checks, two pagers, three backoffs).
 */
const MECHANICS: Record<string, RegExp> = {
  "subscribe/notify (Emitter)": /new Set<\s*(\(\)\s*=>\s*void|\w*Listener\w*)\s*>|for \(const listener of/,
  "evict-oldest (evictOldest)": /\.(keys|values)\(\)\.next\(\)\.value/,
  "URL check (absoluteUrl)": /URL\.canParse|\.protocol\b/,
  "pager (allItems)": /offset \+= /,
  "exponential backoff (backoff)": /\* 2 \*\*|2 \*\* [a-z(]/,
};

/** The hand-written TypeScript sources of the packages outside the shared folder, as git knows them. */
const sources = execFileSync("git", ["ls-files", "packages/*/src/*.ts", "packages/*/src/*.tsx"], {
  cwd: repo,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .filter((file) => !file.includes("/generated/") && !file.startsWith(SHARED));

it("no package writes a shared mechanic again: each comes from @twin-chat/api-types (issue #21)", () => {
  const copies: string[] = [];
  for (const file of sources) {
    readFileSync(new URL(file, repo), "utf8")
      .split("\n")
      .forEach((line, i) => {
        for (const [mechanic, pattern] of Object.entries(MECHANICS)) {
          if (pattern.test(line)) copies.push(`${file}:${i + 1}: ${mechanic}: ${line.trim()}`);
        }
      });
  }
  expect(sources.length).toBeGreaterThan(50);
  expect(copies).toEqual([]);
});

it("each mechanic is written in the shared folder, where the patterns find it", () => {
  const shared = execFileSync("git", ["ls-files", SHARED], { cwd: repo, encoding: "utf8" })
    .trim()
    .split("\n")
    .map((file) => readFileSync(new URL(file, repo), "utf8"))
    .join("\n");
  for (const [mechanic, pattern] of Object.entries(MECHANICS)) expect(pattern.test(shared), mechanic).toBe(true);
});
