import fc from "fast-check";
import { describe, expect } from "vitest";
import { createTwinClient, TwinValidationError } from "../../src/index.js";
import { test } from "../support/fault-server.js";

/** Seed of the random ids: set SEED to replay a failure, whose report prints the seed it ran with. */
const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));

/** What the client must refuse instead of sending: blank ids, dot segments, lone surrogates. */
const refused = (id: string) => id.trim() === "" || id === "." || id === ".." || /\p{Surrogate}/u.test(id);

describe("path parameters over real HTTP", () => {
  test("sends any id as one segment whose decoded value is the id exactly, or refuses it before sending", {
    timeout: 120_000,
  }, async ({ server }) => {
    const twin = createTwinClient({ baseUrl: server.url });
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
      { seed, numRuns: 200 },
    );
  });
});
