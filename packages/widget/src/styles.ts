/**
 * The widget's styles. Colours, radius and font are CSS custom properties a page sets on the element
 * (`twin-chat { --twin-accent: #0a7 }`); parts are exposed as `::part(…)`. Light and dark palettes both meet WCAG AA
 * contrast; `theme="auto"` follows `prefers-color-scheme`. Logical properties make `dir="rtl"` mirror the layout.
 */
export const CSS = `
:host {
  --twin-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --twin-radius: 12px;
  --twin-width: 380px;
  --twin-height: 560px;
  --twin-accent: #0b5cad;
  --twin-on-accent: #ffffff;
  --twin-bg: #ffffff;
  --twin-fg: #1b1f24;
  --twin-muted: #57606a;
  --twin-border: #8c959f;
  --twin-bubble: #eef1f4;
  --twin-bubble-own: #0b5cad;
  --twin-on-bubble-own: #ffffff;
  --twin-danger: #b3261e;
  --twin-warning-bg: #fff4d6;
  --twin-warning-fg: #5c3c00;
  --twin-link: #0b5cad;
  --twin-link-own: #ffffff;
  display: block;
  font-family: var(--twin-font);
  font-size: 15px;
  line-height: 1.4;
  color: var(--twin-fg);
}
:host([hidden]) { display: none; }
:host([data-scheme="dark"]) {
  --twin-accent: #6cb6ff;
  --twin-on-accent: #0d1117;
  --twin-bg: #161b22;
  --twin-fg: #e6edf3;
  --twin-muted: #9da7b3;
  --twin-border: #6e7681;
  --twin-bubble: #262c36;
  --twin-bubble-own: #6cb6ff;
  --twin-on-bubble-own: #0d1117;
  --twin-danger: #ff9492;
  --twin-warning-bg: #3d2e00;
  --twin-warning-fg: #f2cc60;
  --twin-link: #8cc8ff;
  --twin-link-own: #0d1117;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
button, textarea, input { font: inherit; color: inherit; }
button {
  cursor: pointer;
  border: 1px solid var(--twin-border);
  border-radius: 8px;
  background: var(--twin-bg);
  color: var(--twin-fg);
  padding: 6px 12px;
  min-height: 32px;
}
button:focus-visible, textarea:focus-visible, a:focus-visible, .log:focus-visible {
  outline: 3px solid var(--twin-accent);
  outline-offset: 2px;
}
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.launcher {
  position: fixed; inset-block-end: 20px; inset-inline-end: 20px; z-index: 2147483000;
  width: 56px; height: 56px; border-radius: 50%; border: none;
  background: var(--twin-accent); color: var(--twin-on-accent);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  display: grid; place-items: center;
}
.launcher svg { width: 26px; height: 26px; fill: currentColor; }
.badge {
  position: absolute; inset-block-start: -4px; inset-inline-end: -4px;
  min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  background: var(--twin-danger); color: #fff; font-size: 12px; font-weight: 700; line-height: 22px;
}
:host([data-scheme="dark"]) .badge { color: #0d1117; }
.panel {
  display: flex; flex-direction: column; background: var(--twin-bg); color: var(--twin-fg);
  border: 1px solid var(--twin-border); border-radius: var(--twin-radius); overflow: hidden;
  height: 100%; min-height: 320px;
}
:host([mode="launcher"]) .panel, :host(:not([mode])) .panel {
  position: fixed; inset-block-end: 88px; inset-inline-end: 20px; z-index: 2147483000;
  width: min(var(--twin-width), calc(100vw - 40px)); height: min(var(--twin-height), calc(100vh - 120px));
  box-shadow: 0 8px 32px rgb(0 0 0 / 0.25);
}
header {
  display: flex; align-items: center; gap: 8px; padding: 10px 14px;
  background: var(--twin-accent); color: var(--twin-on-accent);
}
header h2 { margin: 0; font-size: 16px; flex: 1; }
header .status { font-size: 13px; }
header button { background: transparent; color: inherit; border-color: currentColor; }
.banner { margin: 0; padding: 8px 14px; background: var(--twin-warning-bg); color: var(--twin-warning-fg); font-size: 14px; }
.body { position: relative; flex: 1; min-height: 0; display: flex; flex-direction: column; }
.log { flex: 1; overflow-y: auto; padding: 8px 12px; overscroll-behavior: contain; }
.log ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.log li { display: flex; flex-direction: column; }
.older { display: block; margin: 4px auto 8px; font-size: 13px; }
.author { font-size: 12px; color: var(--twin-muted); margin-block-start: 8px; }
.author.own { text-align: end; }
.message {
  max-width: 85%; align-self: flex-start; background: var(--twin-bubble); color: var(--twin-fg);
  padding: 6px 10px; border-radius: 12px; overflow-wrap: anywhere; white-space: pre-wrap;
}
.message.own { align-self: flex-end; background: var(--twin-bubble-own); color: var(--twin-on-bubble-own); }
.message a { color: var(--twin-link); }
.message.own a { color: var(--twin-link-own); }
.message .meta { display: block; font-size: 12px; opacity: 0.95; margin-block-start: 2px; }
.message[data-state="queued"] { outline: 2px dashed var(--twin-accent); outline-offset: 2px; }
.message[data-state="failed"] { outline: 2px solid var(--twin-danger); }
.message[data-state="failed"] .meta { font-weight: 600; }
.message .controls { display: flex; gap: 6px; margin-block-start: 4px; }
.message .controls button { font-size: 13px; padding: 2px 8px; min-height: 28px; }
.message img { display: block; max-width: 100%; max-height: 160px; border-radius: 8px; margin-block-start: 4px; }
.files { display: flex; flex-direction: column; gap: 2px; margin-block-start: 4px; }
progress { width: 100%; accent-color: var(--twin-accent); }
.message.own progress { accent-color: var(--twin-on-bubble-own); }
.upload span { font-size: 13px; }
.new-messages {
  position: absolute; inset-block-end: 8px; inset-inline-start: 50%; transform: translateX(-50%);
  background: var(--twin-accent); color: var(--twin-on-accent); border: none; border-radius: 16px;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
}
.typing { margin: 0; padding: 2px 14px; font-size: 13px; color: var(--twin-muted); min-height: 22px; }
.answers, .keyboard { display: flex; flex-wrap: wrap; gap: 6px; padding: 4px 12px; }
.answers button, .keyboard button, .keyboard a {
  border-color: var(--twin-accent); color: var(--twin-link); border-radius: 16px; font-size: 14px;
}
.keyboard a { border: 1px solid; padding: 5px 12px; text-decoration: none; }
.closed { padding: 10px 14px; display: flex; align-items: center; gap: 10px; border-block-start: 1px solid var(--twin-border); }
.closed p { margin: 0; flex: 1; }
form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 6px; padding: 8px 10px; border-block-start: 1px solid var(--twin-border); }
form.dragging { outline: 3px dashed var(--twin-accent); outline-offset: -4px; }
textarea {
  flex: 1; resize: none; min-height: 38px; max-height: 120px; padding: 8px 10px;
  border: 1px solid var(--twin-border); border-radius: 8px; background: var(--twin-bg);
}
textarea::placeholder { color: var(--twin-muted); opacity: 1; }
form .send { background: var(--twin-accent); color: var(--twin-on-accent); border-color: var(--twin-accent); }
form .attach { padding: 6px 8px; display: grid; place-items: center; }
form .attach svg { width: 20px; height: 20px; fill: currentColor; }
.picked { display: flex; flex-wrap: wrap; gap: 6px; flex-basis: 100%; }
.picked button { font-size: 13px; border-radius: 16px; }
.error { margin: 0; padding: 14px; color: var(--twin-danger); background: var(--twin-bg); border: 2px solid var(--twin-danger); border-radius: 8px; }
@media (prefers-reduced-motion: no-preference) {
  .launcher { transition: transform 0.15s ease; }
  .launcher:hover { transform: scale(1.05); }
}
`;

let shared: CSSStyleSheet | undefined;

/**
 * Gives `root` the widget's styles as a constructed stylesheet (shared by every element; allowed by a CSP without
 * `'unsafe-inline'`), or as a `<style>` where constructed stylesheets are missing.
 */
export function adoptStyles(root: ShadowRoot): void {
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
    shared ??= new CSSStyleSheet();
    if (shared.cssRules.length === 0) shared.replaceSync(CSS);
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = root.ownerDocument.createElement("style");
  style.textContent = CSS;
  root.append(style);
}
