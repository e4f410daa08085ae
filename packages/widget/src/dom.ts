import { absoluteUrl } from "@twin-chat/api-types";
/** Creates a `tag` element with `props` (`className`, `part`, attributes as strings) and `children`; text via textContent only. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === "className") element.className = String(value);
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

/** `url` when it is an absolute `http:` or `https:` URL, else undefined: nothing else is ever opened. */
export const safeUrl = (url: unknown): string | undefined => absoluteUrl(url)?.href;

/** A link to the http(s) `url` that opens in a new tab and gives the target no hold on this page. */
export function link(url: string, text: string): HTMLAnchorElement {
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text);
}

const URLS = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;

/** `text` as text nodes, with each http(s) URL in it made a {@link link}; never parsed as markup. */
export function textWithLinks(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(URLS)) {
    const url = safeUrl(match[0]);
    if (!url) continue;
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    nodes.push(link(url, match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

/** A decorative 24×24 SVG icon of the path `d`, hidden from assistive technology. */
export function icon(d: string): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}
