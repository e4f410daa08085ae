import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { packPublished, published, repo, run } from "./support/packages.js";
import { type StartedMock, startTwinMock } from "./support/twin-mock.js";

/** The README's "Usage" snippet, as a user copies it. */
function readmeUsage(): string {
  const readme = readFileSync(new URL("README.md", repo), "utf8");
  const usage = readme.slice(readme.indexOf("\n## Usage"));
  const snippet = /```js\n([\s\S]*?)```/.exec(usage)?.[1];
  if (!snippet) throw new Error('README.md has no ```js block under "## Usage"');
  return snippet;
}

/** Connects to a new session, sends one message and prints the bot's reply to it: a realtime round trip. */
const ROUND_TRIP = `
import { createTwinClient } from "@twin-chat/client";
import { connectSession } from "@twin-chat/realtime";

const url = process.argv[2];
const twin = createTwinClient({ baseUrl: url });
const { id } = await twin.startSession("demo-chat", { returnAnswerAsync: true });
const session = connectSession({ baseUrl: url, sessionId: id, history: (sessionId, query) => twin.listMessages(sessionId, query) });
await new Promise((resolve) => session.on("status", (status) => status === "connected" && resolve()));
const reply = new Promise((resolve) => session.on("message", (m) => m.authorType === "BOT" && m.body.endsWith("round trip") && resolve(m)));
await twin.sendMessage(id, { body: "round trip" });
const message = await reply;
console.log(\`\${message.authorType}: \${message.body}\`);
session.close();
`;

const node24 = inject("node24");
if ("skipped" in node24) console.warn(`Node 24 smoke test skipped: ${node24.skipped}`);

describe(`packed tarballs on Node 24 (${"version" in node24 ? node24.version : "not installed"})`, () => {
  const project = mkdtempSync(join(tmpdir(), "twin-node24-"));
  let mock: StartedMock | undefined;
  let url = "";

  beforeAll(async () => {
    if ("skipped" in node24) return;
    const tarballs = await packPublished(project);
    const manifest = {
      name: "twin-node24-smoke",
      private: true,
      type: "module",
      dependencies: tarballs,
      pnpm: { overrides: tarballs }, // the packages' own dependencies on each other come from the tarballs too
    };
    writeFileSync(join(project, "package.json"), JSON.stringify(manifest));
    // From pnpm's store alone when its metadata cache has every dependency (fast), else from the registry.
    const install = (mode: string) => run("pnpm", ["install", mode, "--ignore-workspace"], { cwd: project });
    await install("--offline").catch(() => install("--prefer-offline"));

    const server = published.find((p) => p.manifest.name === "@twin-chat/mock-server")!.manifest;
    const bin = join(project, "node_modules", server.name, server.bin["twin-mock"]);
    mock = await startTwinMock(node24.node, bin, project);
    url = mock.url;
  }, 300_000); // only a guard against a hang: packing and installing are slow on a busy machine

  afterAll(async () => {
    await mock?.stop();
    rmSync(project, { recursive: true, force: true });
  });

  it("runs the README's usage snippet against the packed mock server", async (context) => {
    if ("skipped" in node24) return context.skip(node24.skipped);
    writeFileSync(join(project, "usage.mjs"), readmeUsage().replaceAll("http://127.0.0.1:4010", url));
    const { stdout } = await run(node24.node, ["usage.mjs"], { cwd: project });
    expect(stdout).toMatch(/^session \S+ ttl \d+\nmessage \S+ at \S+\n422 sessionTtl\n$/);
  });

  it("makes a realtime round trip: connect, send, receive the bot's reply", async (context) => {
    if ("skipped" in node24) return context.skip(node24.skipped);
    writeFileSync(join(project, "round-trip.mjs"), ROUND_TRIP);
    const { stdout } = await run(node24.node, ["round-trip.mjs", url], { cwd: project });
    expect(stdout.trim()).toBe("BOT: You said: round trip");
  });
});
