import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTwinClient, TwinValidationError } from "../../src/index.js";
import { startFaultServer } from "../support/fault-server.js";

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

/** What the client must refuse instead of sending: blank ids, dot segments, lone surrogates. */
const refused = (id: string) => id.trim() === "" || id === "." || id === ".." || /\p{Surrogate}/u.test(id);

describe("path parameters over real HTTP", () => {
  it("sends any id as one segment whose decoded value is the id exactly, or refuses it before sending", async () => {
    const twin = createTwinClient({ baseUrl: server.url, timeoutMs: 2_000 });
    const special = fc.constantFrom(
      "",
      " ",
      "\t",
      ".",
      "..",
      "/",
      "%2F",
      "?",
      "#",
      "\u0000",
      "💬",
      "a/../b",
      "x".repeat(10_240),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(special, fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })),
        async (id) => {
          const before = server.paths.length;
          const result = await twin.sendMessage(id, { body: "b" }).then(
            () => "sent",
            (error: unknown) => error,
          );
          if (refused(id)) {
            expect(result).toBeInstanceOf(TwinValidationError);
            expect(server.paths.length).toBe(before);
            return;
          }
          expect(result).toBe("sent");
          const raw = server.paths.at(-1)!;
          const segment = /^\/api\/v1\/sessions\/([^/?#]*)\/messages$/.exec(raw)?.[1];
          expect(segment, raw).toBeDefined();
          expect(decodeURIComponent(segment!)).toBe(id);
        },
      ),
      { numRuns: 300, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: true },
    );
  });
});
