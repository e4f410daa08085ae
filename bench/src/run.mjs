#!/usr/bin/env node
// `pnpm bench`: every benchmark in one run; prints one table and writes results/latest.json.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { measureClientOverhead } from "./client-overhead.mjs";
import { measureCodegen } from "./codegen.mjs";
import { measureMockServer } from "./mock-server.mjs";
import { measureRealtime } from "./realtime.mjs";
import { measureSizes } from "./size.mjs";

const pct = (ratio) => `${(ratio * 100).toFixed(1)} %`;
const rows = [];

for (const r of await measureClientOverhead()) {
  const ours = r.hz[`twin.${r.method}`];
  const bare = r.hz["openapi-fetch"];
  const hand = r.hz["hand-written fetch"];
  rows.push({
    benchmark: `client overhead: twin.${r.method} vs openapi-fetch`,
    measured: `${Math.round(ours.hz)} vs ${Math.round(bare.hz)} ops/s (±${ours.rme.toFixed(1)} %, ±${bare.rme.toFixed(1)} %); hand-written fetch ${Math.round(hand.hz)}`,
    ratio: pct(r.ratio),
    target: "≥ 95 %",
    met: r.ratio >= 0.95,
  });
}

for (const s of await measureSizes()) {
  rows.push({
    benchmark: `bundle size: ${s.name} vs ${s.baseName}`,
    measured: `${s.ours.gzip} B vs ${s.base.gzip} B min+gz (+${s.over} B)`,
    ratio: pct(s.ours.gzip / s.base.gzip),
    target: `≤ +${s.targetOverBase} B`,
    met: s.over <= s.targetOverBase,
  });
}

const mock = await measureMockServer();
for (const r of mock.rows) {
  rows.push({
    benchmark: `mock server: ${r.operation} vs bare prism mock`,
    measured: `${Math.round(r.mock.rps)} vs ${Math.round(r.prism.rps)} req/s; p50 ${r.mock.p50} vs ${r.prism.p50} ms; p99 ${r.mock.p99} vs ${r.prism.p99} ms`,
    ratio: pct(r.ratio),
    target: "≥ 90 %",
    met: r.ratio >= 0.9,
  });
}
rows.push({
  benchmark: "mock server: cold start to ready (CLI) vs bare prism mock",
  measured: `${mock.startMs.mock.toFixed(0)} ms vs ${mock.startMs.prism.toFixed(0)} ms`,
  ratio: pct(mock.startMs.mock / mock.startMs.prism),
  target: "≤ 2000 ms",
  met: mock.startMs.mock <= 2000,
});

const realtime = await measureRealtime();
for (const p of ["p50", "p99"]) {
  const ratio = realtime[`ratio${p.toUpperCase()}`];
  rows.push({
    benchmark: `realtime: POST → bot reply in the callback, ${p}, @twin-chat/realtime vs socket.io-client`,
    measured: `${realtime.ours[p].toFixed(2)} vs ${realtime.raw[p].toFixed(2)} ms over ${realtime.count} messages each`,
    ratio: pct(ratio),
    target: "≤ 105 %",
    met: ratio <= 1.05,
  });
}

const codegen = measureCodegen();
rows.push({
  benchmark: "codegen: pnpm generate (openapi-typescript + routes + aliases)",
  measured: `${codegen.bestMs.toFixed(0)} ms (best of ${codegen.runs})`,
  ratio: "—",
  target: "—",
  met: true,
});

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`twin-chat benchmarks — ${new Date().toISOString()} — ${machine}`);
console.table(rows.map(({ met, ...row }) => ({ ...row, met: met ? "yes" : "NO" })));
await mkdir(new URL("../results/", import.meta.url), { recursive: true });
await writeFile(
  new URL("../results/latest.json", import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2),
);
