import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

/** What the package exports, as either build gives it. */
type Build = typeof import("../src/index.js");

/** The CommonJS build, as `require("@twin-chat/api-types")` loads it. */
const cjs: Build = createRequire(import.meta.url)("../dist/index.cjs");
/** The ESM build, as `import` loads it. */
const esm: Build = await import(new URL("../dist/index.js", import.meta.url).href);

const builds = [
  ["CommonJS", cjs],
  ["ESM", esm],
] as const;

describe("an error made by one build is recognised by the other", () => {
  it("loads two distinct classes", () => {
    expect(cjs.TwinError).not.toBe(esm.TwinError);
  });

  for (const [madeBy, maker] of builds) {
    for (const [checkedBy, checker] of builds) {
      it(`made by ${madeBy}, checked by ${checkedBy}`, () => {
        const error = new maker.TwinError("closed", "the session closed");
        expect(checker.isTwinError(error)).toBe(true);
        expect(checker.isTwinError(error, "closed")).toBe(true);
        expect(checker.isTwinError(error, "timeout")).toBe(false);
        // instanceof follows the prototype chain: it holds within one build only (documented on TwinErrorConstructor)
        expect(error instanceof checker.TwinError).toBe(maker === checker);
      });

      it(`a subclass made by ${madeBy}, checked by ${checkedBy}`, () => {
        class PortTaken extends maker.TwinError<"port-in-use"> {
          constructor(readonly port: number) {
            super("port-in-use", `port ${port} is already in use`);
          }
        }
        const error = new PortTaken(4010);
        expect(checker.isTwinError(error, "port-in-use") && error.port).toBe(4010);
        expect(checker.isTwinError(error, "closed")).toBe(false);
        expect(checker.mayHaveReachedServer(error)).toBe(false);
      });
    }
  }

  it("refuses what neither build made", () => {
    for (const [, checker] of builds) {
      for (const value of [new Error("x"), { code: "closed" }, "closed", null, undefined]) {
        expect(checker.isTwinError(value)).toBe(false);
        expect(value instanceof checker.TwinError).toBe(false);
      }
    }
  });
});
