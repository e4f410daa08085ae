import { Readable } from "node:stream";
import { hosts } from "@twin-chat/api-types";
import { describe, expect, it } from "vitest";
import { createTwinClient, type TokenProvider } from "../../src/index.js";
import { closeSession, getSession, markRead } from "../../src/sessions.js";
import { uploadFiles } from "../../src/uploads.js";
import { json, stubFetch } from "../support/stub-fetch.js";

describe("bearer token", () => {
  it("is sent to operations that take it and never to the vendor page's two calls", async () => {
    const fetch = stubFetch(json(201, { id: "s" }), json(200, { count: 0, items: [] }));
    const twin = createTwinClient({ fetch, token: "secret" });
    await twin.startSession("c");
    await twin.listMessages("s");
    expect(fetch.sent.map((r) => r.headers.get("authorization"))).toEqual([null, "Bearer secret"]);
  });

  it("refreshes once after a 401 and sends the request once more", async () => {
    const fetch = stubFetch(json(401, { error: "Token is expired." }), json(200, { count: 0, items: [] }));
    const calls: boolean[] = [];
    const token: TokenProvider = async ({ refresh }) => {
      calls.push(refresh);
      return refresh ? "fresh" : "stale";
    };
    await expect(createTwinClient({ fetch, token }).listMessages("s")).resolves.toEqual({ count: 0, items: [] });
    expect(calls).toEqual([false, true]);
    expect(fetch.sent.map((r) => r.headers.get("authorization"))).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("refreshes once for many calls that get a 401 at once, and sends each of them again", async () => {
    const fetch = stubFetch((request) =>
      request.headers.get("authorization") === "Bearer fresh"
        ? json(200, { count: 0, items: [] })
        : json(401, { error: "Token is expired." }),
    );
    const calls: boolean[] = [];
    const token: TokenProvider = async ({ refresh }) => {
      calls.push(refresh);
      return refresh ? "fresh" : "stale";
    };
    const twin = createTwinClient({ fetch, token });
    const pages = await Promise.all(Array.from({ length: 10 }, () => twin.listMessages("s")));
    expect(pages).toHaveLength(10);
    expect(calls.filter(Boolean)).toEqual([true]);
    expect(fetch.sent.filter((r) => r.headers.get("authorization") === "Bearer fresh")).toHaveLength(10);
  });

  it("shares a refresh with a later call that got a 401 for the same stale token", async () => {
    const fetch = stubFetch((request) =>
      request.headers.get("authorization") === "Bearer fresh" ? json(200, { id: "s" }) : json(401, {}),
    );
    let refreshes = 0;
    const twin = createTwinClient({
      fetch,
      token: ({ refresh }) => (refresh ? `fresh${refreshes++ ? "!" : ""}` : "stale"),
    });
    await getSession(twin, "a");
    await getSession(twin, "b");
    expect(refreshes).toBe(1);
  });

  it("asks again after a refresh that failed", async () => {
    const fetch = stubFetch(json(401, {}));
    let refreshes = 0;
    const twin = createTwinClient({
      fetch,
      token: ({ refresh }) => {
        if (!refresh) return "stale";
        refreshes++;
        throw new Error("sign-in needed");
      },
    });
    await expect(getSession(twin, "a")).rejects.toThrow("sign-in needed");
    await expect(getSession(twin, "b")).rejects.toThrow("sign-in needed");
    expect(refreshes).toBe(2);
  });

  it("gives up with the 401 when the fresh token is refused too", async () => {
    const fetch = stubFetch(json(401, { error: "Token is expired." }));
    const twin = createTwinClient({ fetch, token: () => "t" });
    await expect(getSession(twin, "s")).rejects.toMatchObject({ name: "TwinApiError", status: 401 });
    expect(fetch.sent).toHaveLength(2);
  });

  it("does not refresh a fixed string token", async () => {
    const fetch = stubFetch(json(401, {}));
    await expect(getSession(createTwinClient({ fetch, token: "fixed" }), "s")).rejects.toMatchObject({ status: 401 });
    expect(fetch.sent).toHaveLength(1);
  });
});

describe("answers without a body", () => {
  it("resolves closeSession and markRead to undefined on 204, sending the close result as JSON", async () => {
    const fetch = stubFetch(new Response(null, { status: 204 }));
    const twin = createTwinClient({ fetch });
    await expect(closeSession(twin, "s 1", { result: "done" })).resolves.toBeUndefined();
    await expect(markRead(twin, "m/1")).resolves.toBeUndefined();
    expect(fetch.sent.map((r) => `${r.method} ${r.url.pathname} ${r.body}`)).toEqual([
      'DELETE /api/v1/sessions/s%201 {"result":"done"}',
      "PATCH /api/v1/messages/m%2F1/read ",
    ]);
  });
});

describe("uploads", () => {
  it("sends one file[] part per file to the files host, with names, types and options", async () => {
    const fetch = stubFetch(json(201, []));
    const twin = createTwinClient({ fetch });
    await uploadFiles(
      twin,
      [
        new File(["hello"], "hello.txt", { type: "text/plain" }),
        { name: "data.bin", data: new Uint8Array([1, 2, 3]) },
        { name: "stream.txt", data: Readable.from([Buffer.from("ab"), Buffer.from("c")]), type: "text/plain" },
        { name: "web.txt", data: new Blob(["xyz"]).stream() },
        new File([], "empty.txt"),
      ],
      { private: true, path: "docs", ttl: 60 },
    );
    const [req] = fetch.sent;
    expect(req!.url.href).toBe(`${hosts.files}/api/v1/files`);
    expect(req!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(req!.body, {
      headers: { "content-type": req!.headers.get("content-type")! },
    }).formData();
    const files = form.getAll("file[]") as File[];
    expect(files.map((f) => [f.name, f.type, f.size])).toEqual([
      ["hello.txt", "text/plain", 5],
      ["data.bin", "application/octet-stream", 3],
      ["stream.txt", "text/plain", 3],
      ["web.txt", "application/octet-stream", 3],
      ["empty.txt", "application/octet-stream", 0],
    ]);
    expect(await files[2]!.text()).toBe("abc");
    expect([form.get("private"), form.get("path"), form.get("ttl")]).toEqual(["1", "docs", "60"]);
  });

  it("stops reading a stream as soon as it passes maxFileBytes", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(1024);
      }
    }
    const fetch = stubFetch(json(201, []));
    const error = await uploadFiles(createTwinClient({ fetch }), [{ name: "huge.bin", data: endless() }], {
      maxFileBytes: 10 * 1024,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TwinValidationError", field: "files[0]" });
    expect(pulled).toBe(11);
    expect(fetch.sent).toHaveLength(0);
  });

  it("refuses a ttl that is not a whole number of seconds", async () => {
    const fetch = stubFetch(json(201, []));
    await expect(
      uploadFiles(createTwinClient({ fetch }), [new File(["x"], "x.txt")], { ttl: 1.5 }),
    ).rejects.toMatchObject({ field: "ttl" });
  });
});
