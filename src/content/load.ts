/**
 * Loading a content pack: from a URL (one request per URL per page, however
 * many widgets share it), from inline JSON, or from a value given in script.
 */
import { contentPack, type ContentPack } from './schema.js';
import { ContentError, invalidContent } from './errors.js';

/** A validated pack and the address relative URLs in it are resolved against. */
export interface LoadedPack {
  readonly pack: ContentPack;
  readonly base: string;
}

export interface LoadOptions {
  /** Abort waiting (the shared request goes on for the other widgets). */
  signal?: AbortSignal;
  /** Milliseconds before the request counts as failed. */
  timeout?: number;
  /** Largest document accepted, in bytes. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Validates any value against the content format. */
export function validatePack(data: unknown, base = document.baseURI): LoadedPack {
  const result = contentPack.safeParse(data, { reportInput: true });
  if (!result.success) throw invalidContent(result.error.issues);
  return { pack: result.data, base };
}

/** Parses and validates JSON text (inline content, or a fetched body). */
export function parsePack(text: string, base = document.baseURI): LoadedPack {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError('json', `The content is not valid JSON: ${reason}`);
  }
  return validatePack(data, base);
}

const requests = new Map<string, Promise<LoadedPack>>();

/** Forgets every cached request, so that the next load asks the server again. */
export function clearPackCache(): void {
  requests.clear();
}

/**
 * Loads and validates the pack at `src`. Widgets that ask for the same URL
 * share one request; a failed request is forgotten, so a retry asks again.
 */
export function loadPack(src: string, options: LoadOptions = {}): Promise<LoadedPack> {
  const url = new URL(src, document.baseURI).href;
  let request = requests.get(url);
  if (!request) {
    request = fetchPack(url, options.timeout ?? DEFAULT_TIMEOUT, options.maxBytes ?? DEFAULT_MAX_BYTES);
    requests.set(url, request);
    request.catch(() => {
      if (requests.get(url) === request) requests.delete(url);
    });
  }
  return abortable(request, options.signal);
}

function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchPack(url: string, timeout: number, maxBytes: number): Promise<LoadedPack> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch {
      throw controller.signal.aborted
        ? new ContentError('timeout', `No answer from ${url} within ${timeout} ms`)
        : new ContentError('network', `Could not reach ${url} (offline, or the server refused)`);
    }
    if (!response.ok) {
      throw new ContentError(
        'http',
        `${url} answered ${response.status} ${response.statusText}`.trim(),
        undefined,
        response.status,
      );
    }
    const text = await readLimited(response, maxBytes, url, controller);
    return parsePack(text, response.url || url);
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(
  response: Response,
  maxBytes: number,
  url: string,
  controller: AbortController,
): Promise<string> {
  const tooLarge = () =>
    new ContentError('too-large', `${url} is larger than the limit of ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    controller.abort();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        controller.abort();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw controller.signal.aborted
      ? new ContentError('timeout', `${url} did not finish within the time limit`)
      : new ContentError('network', `The connection to ${url} broke off`);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
