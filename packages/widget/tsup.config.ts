import { defineConfig } from "tsup";
import base from "../../tsup.base.js";

export default defineConfig([
  base,
  {
    // One file for a page with only a script tag: the element and everything it needs, minified.
    entry: { "twin-chat": "src/index.ts" },
    format: ["esm"],
    outExtension: () => ({ js: ".js" }),
    noExternal: [/.*/],
    platform: "browser",
    minify: true,
    target: "es2022",
    clean: false,
    dts: false,
  },
]);
