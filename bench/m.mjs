import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const r = await build({
  entryPoints: ["../packages/chat/dist/index.js"],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  external: ["@twin-chat/*", "socket.io-client", "openapi-fetch"],
  logLevel: "silent",
});
const code = r.outputFiles[0].text;
console.log(code.length, gzipSync(code, { level: 9 }).length);
console.log(code);
