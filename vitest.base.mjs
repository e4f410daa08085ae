/**
 * What every vitest config in the repository shares; each merges it with `mergeConfig(base, defineConfig(…))`.
 * With `SEED` set (as `pnpm test:stress` does, printing it), files and tests run in an order shuffled from that seed,
 * and tests that draw random inputs draw them from it too: the same `SEED` replays the same run.
 */
const seed = process.env.SEED;
if (seed !== undefined && !/^\d+$/.test(seed)) throw new Error(`SEED must be a whole number, got "${seed}"`);

export default {
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // `expect.poll` waits for what a test awaits (a reconnect, an outbox's backoff): a hang guard under the test's
    // timeout, never a race against a loaded machine (vitest's default gives up after 1 s)
    expect: { poll: { timeout: 50_000 } },
    sequence: seed === undefined ? {} : { shuffle: { files: true, tests: true }, seed: Number(seed) },
  },
};

/** What a package's tests share: its `test/` files, and the type-level tests (`*.test-d.ts`) checked by tsc. */
export const packageTests = {
  include: ["test/**/*.test.ts"],
  typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
};
