#!/usr/bin/env node
// The page as a site would serve it: the HTML pages of public/ and the widget's one-file module, in dist/.
import { cpSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const dist = new URL("./dist/", import.meta.url);
mkdirSync(dist, { recursive: true });
cpSync(new URL("./public/", import.meta.url), dist, { recursive: true });
cpSync(createRequire(import.meta.url).resolve("@twin-chat/widget/twin-chat.js"), new URL("twin-chat.js", dist));
