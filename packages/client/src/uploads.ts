import type { UploadFilesRequest } from "@twin-chat/api-types";
import { TwinValidationError } from "./errors.js";

/** File contents the client can upload: bytes, a Blob, or a stream (web `ReadableStream` or a Node readable). */
export type FileData = Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A file to upload: a `File` (which has a name), or data with the name to give it. */
export type UploadFile = File | { name: string; data: FileData; type?: string };

/** Options of `uploadFiles`, beside the files. */
export interface UploadOptions {
  /** Whether the files need authorisation to download. Sent as the wire's `1` / `0`. */
  private?: boolean;
  /** Storage folder to put the files in. */
  path?: UploadFilesRequest["path"];
  /** How long to keep the files, in seconds. */
  ttl?: UploadFilesRequest["ttl"];
  /** Largest file accepted, checked before sending. Default {@link MAX_FILE_BYTES}. */
  maxFileBytes?: number;
}

/** Largest file `uploadFiles` accepts by default; the vendor documents no limit. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Reads a stream into a Blob, refusing it once it grows past `max` bytes. */
async function readStream(
  field: string,
  stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  max: number,
): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterable: AsyncIterable<Uint8Array> =
    Symbol.asyncIterator in stream ? stream : { [Symbol.asyncIterator]: () => streamIterator(stream) };
  for await (const chunk of iterable) {
    size += chunk.byteLength;
    if (size > max) throw new TwinValidationError(field, `must be at most ${max} bytes`);
    chunks.push(chunk);
  }
  return new Blob(chunks as BlobPart[]);
}

/** An async iterator over a web ReadableStream, for runtimes whose streams are not async-iterable. */
async function* streamIterator(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    reader.releaseLock();
  }
}

/** The file's contents as a Blob of its type, checked against `max`. */
async function toBlob(field: string, file: UploadFile, max: number): Promise<Blob> {
  const data = file instanceof Blob ? file : file.data;
  const type = file instanceof Blob ? file.type : (file.type ?? "application/octet-stream");
  let blob: Blob;
  if (data instanceof Blob) blob = data;
  else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) blob = new Blob([data as BlobPart]);
  else if (data && typeof data === "object") blob = await readStream(field, data, max);
  else throw new TwinValidationError(`${field}.data`, "must be a Blob, ArrayBuffer, Uint8Array or stream");
  if (blob.size > max) throw new TwinValidationError(field, `must be at most ${max} bytes, got ${blob.size}`);
  return blob.type === type ? blob : new Blob([blob], { type });
}

/**
 * Builds the `uploadFiles` multipart body: one `file[]` part per file, with its name, plus the options. Names and
 * sizes are checked first, with a {@link TwinValidationError} naming the file at fault.
 */
export async function uploadForm(files: readonly UploadFile[], options: UploadOptions = {}): Promise<FormData> {
  if (!Array.isArray(files) || files.length === 0) throw new TwinValidationError("files", "must be a non-empty array");
  const max = options.maxFileBytes ?? MAX_FILE_BYTES;
  const form = new FormData();
  for (const [i, file] of files.entries()) {
    const field = `files[${i}]`;
    const name: unknown = (file as { name?: unknown })?.name;
    if (typeof name !== "string" || name.trim() === "" || /[/\\\0]/.test(name)) {
      throw new TwinValidationError(`${field}.name`, "must be a non-empty file name without / \\ or NUL");
    }
    form.append("file[]", await toBlob(field, file, max), name);
  }
  if (options.private !== undefined) form.append("private", options.private ? "1" : "0");
  if (options.path !== undefined) form.append("path", options.path);
  if (options.ttl !== undefined) {
    if (!Number.isInteger(options.ttl) || options.ttl < 1)
      throw new TwinValidationError("ttl", `must be a whole number of seconds above 0, got ${options.ttl}`);
    form.append("ttl", String(options.ttl));
  }
  return form;
}
