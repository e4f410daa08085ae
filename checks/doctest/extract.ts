/**
 * Reads the fenced code blocks of a Markdown guide the way a reader copies them.
 *
 * Every ```ts, ```tsx, ```js and ```mjs block is code to check. An HTML comment on the line above a fence (blank
 * lines may sit between) says more about it:
 *
 * - `<!-- doctest: file=NAME -->`: the block is (part of) the file NAME; the blocks of one guide with the same NAME
 *   are one file, in the order they appear. A block without a marker is a file of its own.
 * - `<!-- doctest: file=NAME run -->`: the file is run as well: a node script, a vitest test file (`*.test.*`), or
 *   a browser module, when an HTML block of the guide, marked `file=NAME.html`, loads it with `<script src="./NAME">`.
 * - `<!-- doctest: run -->` above a ```sh block: the reader's commands are run in the app folder.
 * - `<!-- doctest: skip — why -->`: a deliberately partial block, not checked; the reason is required.
 */

/** Fence languages checked as code, with the extension their file gets. */
const CODE = { ts: ".ts", typescript: ".ts", tsx: ".tsx", js: ".mjs", javascript: ".mjs", mjs: ".mjs" } as const;
const SHELL = new Set(["sh", "bash", "shell"]);
const CODE_EXTENSIONS: readonly string[] = [".ts", ".tsx", ".mts", ".js", ".mjs", ".jsx"];

/** A mistake in a guide's doctest markers, named by guide and line. */
export class DocTestError extends Error {
  override name = "DocTestError";
}

/** One fenced block: where its fence is (1-based line), its language and its text. */
export interface Block {
  line: number;
  lang: string;
  code: string;
}

/** A file made of one or more blocks of a guide; `lines[i]` is the guide line of the file's line i + 1. */
export interface DocFile {
  guide: string;
  name: string;
  run: boolean;
  blocks: Block[];
  source: string;
  lines: number[];
}

/** What a guide holds for the doc test. */
export interface Extracted {
  files: DocFile[];
  /** Shell blocks marked `run`. */
  shell: Block[];
  /** Blocks marked `skip`, with the reason given. */
  skipped: (Block & { reason: string })[];
}

interface Marker {
  file?: string;
  run: boolean;
  skip?: string;
}

/** Parses a marker's text (after `doctest:`); `where` names the guide and line for errors. */
function parseMarker(text: string, where: string): Marker {
  const skip = /^skip\b\s*(?:[—–:-]\s*)?(.*)$/s.exec(text);
  if (skip) {
    if (!skip[1]!.trim()) throw new DocTestError(`${where}: "doctest: skip" needs a reason (skip — why)`);
    return { run: false, skip: skip[1]!.trim() };
  }
  const marker: Marker = { run: false };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word === "run") marker.run = true;
    else if (word.startsWith("file=") && /^file=[\w./-]+$/.test(word) && !word.includes(".."))
      marker.file = word.slice(5);
    else throw new DocTestError(`${where}: unknown doctest marker word "${word}" (file=NAME, run, skip — why)`);
  }
  return marker;
}

/** The fenced blocks of a Markdown text, each with the marker above it (if any). */
function blocks(guide: string, markdown: string): { block: Block; marker?: Marker }[] {
  const lines = markdown.split("\n");
  const found: { block: Block; marker?: Marker }[] = [];
  let pending: { marker: Marker; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const comment = /^\s*<!--\s*doctest:\s*(.*?)\s*-->\s*$/.exec(line);
    if (comment) {
      if (pending) throw new DocTestError(`${guide}:${pending.line}: a doctest marker with no code block after it`);
      pending = { marker: parseMarker(comment[1]!, `${guide}:${i + 1}`), line: i + 1 };
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)[^`]*$/.exec(line); // an info string holds no backtick
    if (!fence) {
      if (pending && line.trim() !== "")
        throw new DocTestError(`${guide}:${pending.line}: a doctest marker must sit right above a code block`);
      continue;
    }
    const [, indent, ticks] = fence;
    const end = lines.findIndex((l, j) => j > i && l.trim() === ticks);
    if (end === -1) throw new DocTestError(`${guide}:${i + 1}: a code block that is never closed`);
    const code = lines
      .slice(i + 1, end)
      .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
      .join("\n");
    found.push({
      block: { line: i + 1, lang: fence[3]!.toLowerCase(), code },
      ...(pending && { marker: pending.marker }),
    });
    pending = undefined;
    i = end;
  }
  if (pending) throw new DocTestError(`${guide}:${pending.line}: a doctest marker with no code block after it`);
  return found;
}

/** The extension a file named in a marker has, or gets from its first block's language. */
function fileName(name: string | undefined, block: Block, guide: string): string {
  const ext = CODE[block.lang as keyof typeof CODE];
  if (name === undefined) return `block-${block.line}${ext}`;
  const own = /\.[^./]+$/.exec(name)?.[0];
  if (own === undefined) return `${name}${ext}`;
  if (!CODE_EXTENSIONS.includes(own))
    throw new DocTestError(`${guide}:${block.line}: file=${name} is not a TypeScript or JavaScript file name`);
  return name;
}

/** Everything in one guide (`guide` is its path as printed in errors) that the doc test checks, runs or skips. */
export function extract(guide: string, markdown: string): Extracted {
  const files = new Map<string, DocFile>();
  const extracted: Extracted = { files: [], shell: [], skipped: [] };
  for (const { block, marker } of blocks(guide, markdown)) {
    if (marker?.skip !== undefined) {
      extracted.skipped.push({ ...block, reason: marker.skip });
      continue;
    }
    if (SHELL.has(block.lang)) {
      if (marker?.file !== undefined)
        throw new DocTestError(`${guide}:${block.line}: a shell block cannot be part of file=${marker.file}`);
      if (marker?.run) extracted.shell.push(block);
      continue;
    }
    if (block.lang === "html" && marker?.file !== undefined) {
      if (!marker.file.endsWith(".html") || marker.run)
        throw new DocTestError(
          `${guide}:${block.line}: an HTML block is a page, file=NAME.html, and is not run itself`,
        );
      files.set(marker.file, { guide, name: marker.file, run: false, blocks: [block], source: "", lines: [] });
      continue;
    }
    if (!(block.lang in CODE)) {
      if (marker) throw new DocTestError(`${guide}:${block.line}: a doctest marker on a "${block.lang}" block`);
      continue;
    }
    const name = fileName(marker?.file, block, guide);
    const file = files.get(name) ?? { guide, name, run: false, blocks: [], source: "", lines: [] };
    files.set(name, file);
    file.run ||= marker?.run ?? false;
    file.blocks.push(block);
  }
  for (const file of files.values()) {
    file.source = `${file.blocks.map((b) => b.code).join("\n")}\n`;
    file.lines = file.blocks.flatMap((b) => b.code.split("\n").map((_, i) => b.line + 1 + i));
    extracted.files.push(file);
  }
  return extracted;
}

/** Where a line of an extracted file comes from: `guide:line (block at line N)`. */
export function origin(file: DocFile, line: number): string {
  const at = file.lines[line - 1] ?? file.blocks.at(-1)!.line;
  const fence = file.blocks.filter((b) => b.line < at).at(-1)!.line;
  return `${file.guide}:${at} (code block at line ${fence})`;
}
