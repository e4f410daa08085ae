import { describe, expect, it } from "vitest";
import { isTwinError, mayBeRetried, mayHaveReachedServer, TwinError, type TwinErrorCode } from "../src/index.js";

/** An error of `code` with `details`, as a package's subclass would make it. */
const made = <Code extends TwinErrorCode>(code: Code, details: object = {}) =>
  Object.assign(new TwinError(code, code), details);

const api = (status: number) => made("api", { status });

describe("TwinError", () => {
  it("is an Error with its code, message and cause, named TwinError", () => {
    const cause = new Error("reset");
    const error = new TwinError("network", "could not send", { cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: "TwinError", code: "network", message: "could not send", cause });
  });

  it("keeps its brand out of the error's own keys", () => {
    expect(Object.getOwnPropertySymbols(new TwinError("closed", "x"))).toEqual([]);
  });

  it("checks a subclass by its prototype chain", () => {
    class Closed extends TwinError<"closed"> {}
    expect(new Closed("closed", "x")).toBeInstanceOf(Closed);
    expect(new TwinError("closed", "x")).not.toBeInstanceOf(Closed);
  });
});

describe("isTwinError", () => {
  it("tells a twin-chat error, and its code", () => {
    expect(isTwinError(made("timeout"))).toBe(true);
    expect(isTwinError(made("timeout"), "timeout")).toBe(true);
    expect(isTwinError(made("timeout"), "network")).toBe(false);
    expect(isTwinError(Object.assign(new Error("x"), { code: "timeout" }))).toBe(false);
  });
});

describe("mayBeRetried", () => {
  it("is true for network errors and 429 or 503 answers only", () => {
    expect(mayBeRetried(made("network"))).toBe(true);
    expect(mayBeRetried(api(429))).toBe(true);
    expect(mayBeRetried(api(503))).toBe(true);
    for (const status of [400, 401, 404, 422, 500, 502, 504]) expect(mayBeRetried(api(status))).toBe(false);
    for (const code of ["timeout", "invalid-input", "closed", "unexpected"] as const) {
      expect(mayBeRetried(made(code))).toBe(false);
    }
    expect(mayBeRetried(new Error("network"))).toBe(false);
  });
});

describe("mayHaveReachedServer", () => {
  it("is true for timeouts, network errors and 5xx answers only", () => {
    expect(mayHaveReachedServer(made("timeout"))).toBe(true);
    expect(mayHaveReachedServer(made("network"))).toBe(true);
    expect(mayHaveReachedServer(api(500))).toBe(true);
    expect(mayHaveReachedServer(api(502))).toBe(true);
    expect(mayHaveReachedServer(api(422))).toBe(false);
    expect(mayHaveReachedServer(api(429))).toBe(false);
    expect(mayHaveReachedServer(made("invalid-input"))).toBe(false);
    expect(mayHaveReachedServer(undefined)).toBe(false);
  });
});
