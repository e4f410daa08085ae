/**
 * `uploadFiles`, apart from the main entry so that apps that never upload do not bundle it.
 *
 * @packageDocumentation
 */
import { type FileDescriptor, type UploadFilesRequest, uploadFilesRoute } from "@twin-chat/api-types";
import { json, type TwinClient } from "./client.js";
import { TwinValidationError } from "./errors.js";
import type { CallOptions } from "./options.js";

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
  // TS 5.9's Uint8Array<ArrayBufferLike> may be shared memory, which BlobPart excludes; stream chunks never are
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

/** The file's contents as a File of its name and type, checked against `max`. */
async function toFile(field: string, file: UploadFile, max: number): Promise<File> {
  const data = file instanceof Blob ? file : file.data;
  const type = file instanceof Blob ? file.type : (file.type ?? "application/octet-stream");
  let blob: Blob;
  if (data instanceof Blob) blob = data;
  // the same: an ArrayBufferView of ArrayBufferLike may be shared memory for the compiler, not for a caller's file
  else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) blob = new Blob([data as BlobPart]);
  else if (data && typeof data === "object") blob = await readStream(field, data, max);
  else throw new TwinValidationError(`${field}.data`, "must be a Blob, ArrayBuffer, Uint8Array or stream");
  if (blob.size > max) throw new TwinValidationError(field, `must be at most ${max} bytes, got ${blob.size}`);
  const name: unknown = file.name; // a JavaScript caller may give anything
  if (typeof name !== "string" || name.trim() === "" || /[/\\\0]/.test(name)) {
    throw new TwinValidationError(`${field}.name`, "must be a non-empty file name without / \\ or NUL");
  }
  return new File([blob], name, { type });
}

/** The `uploadFiles` body, checked: every file with its name, and the options in their wire form. */
async function uploadBody(files: readonly UploadFile[], options: UploadOptions): Promise<UploadFilesRequest> {
  if (!Array.isArray(files) || files.length === 0) throw new TwinValidationError("files", "must be a non-empty array");
  const { ttl, path, maxFileBytes = MAX_FILE_BYTES } = options;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 1)) {
    throw new TwinValidationError("ttl", `must be a whole number of seconds above 0, got ${ttl}`);
  }
  const parts: File[] = [];
  for (const [i, file] of files.entries()) parts.push(await toFile(`files[${i}]`, file, maxFileBytes));
  const flag = options.private === undefined ? undefined : options.private ? "1" : "0";
  return { "file[]": parts, private: flag, path, ttl };
}

/** The multipart form of an `uploadFiles` body: one `file[]` part per file, then the options that are set. */
function multipart(body: UploadFilesRequest): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (part !== undefined) form.append(name, part instanceof Blob ? part : String(part));
    }
  }
  return form;
}

/**
 * Uploads files to the files host (`uploadFiles`) with `twin`'s timeout, retries and token, and returns their
 * descriptors, whose ids go into a message's `attachments` or a session's `messageAttachments`. Names and sizes
 * are checked first, with a {@link TwinValidationError} naming the file at fault, before anything is sent.
 *
 * @example
 * ```ts
 * import { uploadFiles } from "@twin-chat/client/uploads";
 * const [file] = await uploadFiles(twin, [new File(["hello"], "hello.txt")]);
 * ```
 */
export async function uploadFiles(
  twin: TwinClient,
  files: readonly UploadFile[],
  options: UploadOptions = {},
  init?: CallOptions,
): Promise<FileDescriptor[]> {
  const body = await uploadBody(files, options);
  return json(twin, uploadFilesRoute, { body, bodySerializer: multipart }, init);
}
