import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { operationRoutes } from "@twin-chat/api-types";
import type { Scenario } from "../scenario/format.js";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The operator console's page: plain HTML, its behaviour in `console.js`. */
export function consolePage(scenario: Scenario): string {
  const operations = Object.keys(operationRoutes)
    .map((op) => `<option${op === "createClientMessage" ? " selected" : ""}>${op}</option>`)
    .join("");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>TWIN mock console</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template: auto 1fr / 18rem 1fr; height: 100vh; }
  header { grid-column: 1 / 3; padding: .5rem 1rem; background: #223; color: #fff; display: flex; gap: 1rem; align-items: baseline; }
  header small { opacity: .7; }
  #sessions { list-style: none; margin: 0; padding: 0; overflow: auto; border-right: 1px solid #ccc; }
  #sessions li { padding: .5rem 1rem; cursor: pointer; border-bottom: 1px solid #eee; }
  #sessions li[aria-selected="true"] { background: #e8eefc; }
  #sessions li.closed { opacity: .5; }
  main { display: flex; flex-direction: column; min-height: 0; }
  #conversation { flex: 1; overflow: auto; padding: 1rem; margin: 0; list-style: none; }
  #conversation li { margin: .25rem 0; padding: .4rem .6rem; border-radius: .5rem; max-width: 40rem; background: #f1f1f1; }
  #conversation li[data-author="CLIENT"] { margin-left: auto; background: #dcf3dc; }
  #conversation li[data-author="OPERATOR"] { background: #fdf0d5; }
  #conversation li b { display: block; font-size: 11px; opacity: .6; }
  #typing { height: 1.2rem; padding: 0 1rem; font-style: italic; opacity: .7; }
  form { display: flex; gap: .5rem; padding: .5rem 1rem; border-top: 1px solid #ccc; align-items: center; flex-wrap: wrap; }
  #answer-text { flex: 1; min-width: 12rem; }
  fieldset { border: 0; padding: 0; margin: 0; display: contents; }
</style>
</head>
<body>
<header><strong>TWIN mock console</strong> <small>scenario: ${escapeHtml(scenario.name ?? "custom")}</small>
  <small id="status">connecting…</small></header>
<ul id="sessions" aria-label="Sessions"></ul>
<main>
  <ul id="conversation" aria-label="Conversation"></ul>
  <div id="typing" aria-live="polite"></div>
  <form id="answer">
    <fieldset id="session-actions" disabled>
      <input id="operator-name" value="Operator" aria-label="Operator name" size="10">
      <input id="answer-text" placeholder="Answer as the operator…" aria-label="Answer" autocomplete="off">
      <button id="send" type="submit">Send</button>
      <label><input id="typing-toggle" type="checkbox"> typing</label>
      <button id="drop" type="button">Drop connection</button>
      <button id="close" type="button">Close session</button>
    </fieldset>
  </form>
  <form id="fault">
    <select id="fault-operation" aria-label="Operation">${operations}</select>
    <input id="fault-status" type="number" min="400" max="599" value="500" aria-label="Status" size="4">
    <input id="fault-times" type="number" min="1" value="1" aria-label="Times" size="3">
    <input id="fault-delay" type="number" min="0" placeholder="delay ms" aria-label="Delay (ms)" size="7">
    <button type="submit">Fail next calls</button>
    <span id="faults"></span>
  </form>
</main>
<script type="module" src="./console.js"></script>
</body>
</html>
`;
}

const built = new URL("./console.js", import.meta.url);

/**
 * The console's script: `dist/console.js` as the build compiled it from `console/console.ts`, or, running from
 * the sources (tests), compiled now with esbuild.
 */
export async function consoleScript(): Promise<string> {
  if (existsSync(built)) return readFile(built, "utf8");
  const esbuild = await import("esbuild");
  const entry = fileURLToPath(new URL("./console.ts", import.meta.url));
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, format: "esm", write: false });
  return result.outputFiles[0]!.text;
}
