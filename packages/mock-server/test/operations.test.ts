import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { cases } from "./support/cases.js";
import { useMockServer } from "./support/server.js";
import { schemaErrors } from "./support/spec.js";

const server = useMockServer();
const dynamicServer = useMockServer({ dynamic: true });

describe("every operation of spec/openapi.yaml", () => {
  it.each(cases().map((c) => [c.operationId, c] as const))(
    "%s answers its documented status with a schema-valid body",
    async (_id, c) => {
      const response = await fetch(`${server.current.url}${c.url}`, c.init);
      expect(response.status).toBe(Number(c.status));
      if (c.schemaPointer) expect(schemaErrors(c.schemaPointer, await response.json())).toEqual([]);
    },
  );
});

describe("every operation of spec/openapi.yaml, with --dynamic", () => {
  it.each(cases().map((c) => [c.operationId, c] as const))(
    "%s answers generated, schema-valid data",
    async (_id, c) => {
      const ask = () =>
        fetch(`${dynamicServer.current.url}${c.url}`, {
          ...c.init,
          body: c.init.body instanceof FormData ? cloneForm(c.init.body) : c.init.body,
        });
      const first = await ask();
      expect(first.status).toBe(Number(c.status));
      if (!c.schemaPointer) return;
      const bodies = [await first.json()];
      if (c.operationId !== "listSessionMessages") {
        // Generated answers may be alike by chance (two empty lists): ask again until one differs, 10 times at most.
        while (bodies.length < 10 && bodies.every((body) => isDeepStrictEqual(body, bodies[0]))) {
          bodies.push(await (await ask()).json());
        }
        expect(bodies.at(-1), "every generated answer is alike: is --dynamic ignored?").not.toEqual(bodies[0]);
      }
      for (const body of bodies) expect(schemaErrors(c.schemaPointer, body)).toEqual([]);
    },
  );
});

/** A copy of `form`, since a request body can be sent only once. */
function cloneForm(form: FormData): FormData {
  const copy = new FormData();
  for (const [name, value] of form.entries()) copy.append(name, value);
  return copy;
}

describe("bad requests", () => {
  const post = (path: string, body: string, type = "application/json") =>
    fetch(`${server.current.url}${path}`, { method: "POST", headers: { "content-type": type }, body });

  it.each([
    ['{"sessionTtl":99999}', "sessionTtl"],
    ['{"clientTimezone":"x"}', "clientTimezone"],
    ['{"clientMetadata":{"a":1}}', "clientMetadata.a"],
  ])("answers 422 to %s naming %s", async (sent, field) => {
    const response = await post("/api/chats/v1/chats/demo/sessions?x_widget=1", sent);
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toBe("The given data was invalid.");
    expect(Object.keys(body.details)).toContain(field);
    expect(schemaErrors("/components/schemas/ErrorBody", body)).toEqual([]);
  });

  it("answers 422 to a message without a body field", async () => {
    const response = await post("/api/v1/sessions/s/messages", '{"text":"hi"}');
    expect(response.status).toBe(422);
  });

  it("answers 400 to malformed JSON", async () => {
    const response = await post("/api/v1/sessions/s/messages", '{"body":');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ error: "Malformed JSON.", details: { body: [expect.any(String)] } });
    expect(schemaErrors("/components/schemas/ErrorBody", body)).toEqual([]);
  });

  it("answers 413 to a body over 10 MB, and keeps serving", async () => {
    const response = await post("/api/v1/sessions/s/messages", JSON.stringify({ body: "x".repeat(11 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect((await post("/api/v1/sessions/s/messages", '{"body":"ok"}')).status).toBe(201);
  });

  it("answers 404 to a path outside the spec", async () => {
    expect((await fetch(`${server.current.url}/api/v1/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.current.url}/nope`)).status).toBe(404);
  });
});

describe("CORS", () => {
  it("answers a browser-origin request with CORS headers", async () => {
    const response = await fetch(`${server.current.url}/api/v1/sessions/s/messages`, {
      method: "POST",
      headers: { origin: "http://localhost:5173", "content-type": "application/json" },
      body: '{"body":"hi"}',
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("answers a preflight with 204 and the asked method", async () => {
    const response = await fetch(`${server.current.url}/api/v1/sessions/s/messages`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("POST");
    expect(response.headers.get("access-control-allow-headers")).toBe("content-type");
  });
});
