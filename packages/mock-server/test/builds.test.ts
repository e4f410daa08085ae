import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const dist = new URL("../dist/", import.meta.url);
type Module = typeof import("../src/index.js");

/** Starts the mock from one build and sends it a client message. */
async function serveOnce(module: Module) {
  const mock = await module.startMockServer({ port: 0 });
  try {
    const response = await fetch(`${mock.url}/api/v1/sessions/s/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"body":"hi"}',
    });
    return response.status;
  } finally {
    await mock.close();
  }
}

describe("the built package", () => {
  it("serves from its ESM build", async () => {
    expect(await serveOnce((await import(new URL("index.js", dist).href)) as Module)).toBe(201);
  });

  it("serves from its CommonJS build", async () => {
    expect(await serveOnce(createRequire(import.meta.url)(new URL("index.cjs", dist).pathname) as Module)).toBe(201);
  });

  it.each(["msw", "global-setup"])("exports ./%s in ESM and CommonJS", async (entry) => {
    const esm = await import(new URL(`${entry}.js`, dist).href);
    const cjs = createRequire(import.meta.url)(new URL(`${entry}.cjs`, dist).pathname);
    const name = entry === "msw" ? "twinHandlers" : "setup";
    for (const module of [esm, cjs]) expect(typeof module[name]).toBe("function");
  });

  it.each(["openapi.yaml", "asyncapi.yaml"])("carries spec/%s in dist/spec/", (name) => {
    expect(readFileSync(new URL(`spec/${name}`, dist), "utf8")).toBe(
      readFileSync(new URL(`../../../spec/${name}`, import.meta.url), "utf8"),
    );
  });
});
