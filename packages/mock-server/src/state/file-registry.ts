import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Attachment } from "@twin-chat/api-types";
import { evictOldest } from "@twin-chat/api-types";
import type { AttachmentSpec } from "../scenario/format.js";

const TYPES: Record<string, string> = {
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
};

/** A served file's bytes and type. */
export interface ServedFile {
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
}

/** Most files kept at once; the oldest is forgotten past this. */
const MAX_FILES = 1_000;

/** The files that messages attach, served by the mock under `{path}/{id}/{name}` (`/__twin/files/…`). */
export class FileRegistry {
  readonly #files = new Map<string, AttachmentSpec>();

  /** @param path - The path under which the mock serves these files, such as `/__twin/files`. */
  constructor(readonly path: string) {}

  /**
   * Registers `spec` and returns the message's attachment, its `url` under `origin` (the base URL the client
   * calls).
   */
  attach(spec: AttachmentSpec, origin: string): Attachment {
    const id = randomUUID();
    this.#files.set(id, spec);
    evictOldest(this.#files, MAX_FILES);
    const dot = spec.name.lastIndexOf(".");
    const extension = dot > 0 ? spec.name.slice(dot + 1).toLowerCase() : "";
    const path = `${this.path}/${id}/${encodeURIComponent(spec.name)}`;
    return {
      id,
      isPrivate: false,
      createdAt: new Date().toISOString(),
      name: spec.name,
      baseName: dot > 0 ? spec.name.slice(0, dot) : spec.name,
      extension,
      sugestedExtension: extension,
      path,
      size: spec.file === undefined ? new TextEncoder().encode(spec.content ?? "").length : statSync(spec.file).size,
      url: `${origin}${path}`,
      downloadLink: `${origin}${path}`,
    };
  }

  /** The file `id`, read now, or undefined when the mock has none. */
  async read(id: string): Promise<ServedFile | undefined> {
    const spec = this.#files.get(id);
    if (!spec) return undefined;
    const extension = spec.name.split(".").at(-1)?.toLowerCase() ?? "";
    const contentType = spec.contentType ?? TYPES[extension] ?? "application/octet-stream";
    const body =
      spec.file === undefined
        ? new TextEncoder().encode(spec.content ?? "")
        : new Uint8Array(await readFile(spec.file));
    return { contentType, body };
  }
}
