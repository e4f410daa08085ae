/** How far an upload has got, in bytes. */
export interface UploadProgress {
  /** Bytes sent so far. */
  readonly loaded: number;
  /** Bytes to send in all. */
  readonly total: number;
}

/** What {@link uploadingFetch} tells about the upload it is sending, and lets the caller stop. */
export interface UploadWatch {
  /** Called as the request body goes out. */
  progress(progress: UploadProgress): void;
  /** Called once with the function that aborts the upload. */
  started(cancel: () => void): void;
}

const isUpload = (request: Request) =>
  request.method === "POST" && /\/api\/v1\/files\/?$/.test(new URL(request.url).pathname);

/** The response headers of `xhr` as a `Headers`. */
function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Sends `request` with XMLHttpRequest, the one browser API that reports an upload's progress. */
async function send(request: Request, watch: UploadWatch): Promise<Response> {
  const body = await request.blob();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of request.headers) xhr.setRequestHeader(name, value);
    xhr.responseType = "blob";
    xhr.upload.onprogress = (event) => watch.progress({ loaded: event.loaded, total: event.total || body.size });
    xhr.onload = () => resolve(new Response(xhr.response, { status: xhr.status, headers: headersOf(xhr) }));
    const failed = () => reject(new TypeError("network error"));
    xhr.onerror = failed;
    xhr.ontimeout = failed;
    const abort = () => reject(request.signal.reason ?? new DOMException("The upload was cancelled.", "AbortError"));
    xhr.onabort = abort;
    request.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    watch.started(() => xhr.abort());
    xhr.send(body);
  });
}

/**
 * A `fetch` for the chat's client that sends `uploadFiles` requests with XMLHttpRequest, reporting their progress
 * to the watch `next()` hands out (the oldest send waiting for an upload) and letting it cancel them; every other
 * request goes to the global `fetch` as it is.
 */
export function uploadingFetch(next: () => UploadWatch | undefined): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    const watch = typeof XMLHttpRequest === "function" && isUpload(request) ? next() : undefined;
    return watch ? send(request, watch) : globalThis.fetch(request);
  };
}
