/**
 * Loading a content pack: from a URL (one request per URL per page, however
 * many widgets share it), from inline JSON, or from a value given in script.
 */
import type { PackHeader } from './schema/common.js';
import { ContentError } from './content-error.js';
import { parseJson } from './json.js';
import type { LoadedPack, PackSchema } from './read.js';
import { readValid } from './read-valid.js';

export type { LoadedPack, PackSchema };
type Wording = typeof import('./wording.js');

/** A fetched, parsed, not yet validated document. */
interface RawPack {
  readonly data: unknown;
  readonly base: string;
}

export interface LoadOptions {
  /** Abort waiting (the shared request goes on for the other widgets). */
  signal?: AbortSignal;
  /** Milliseconds before the request counts as failed. */
  timeout?: number;
  /** Largest document accepted, in bytes. */
  maxBytes?: number;
  /** Ask the server again instead of sharing an earlier request (and revalidate the browser's HTTP cache). */
  fresh?: boolean;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

let wording: Wording | undefined;
let wordingLoad: Promise<Wording> | undefined;

/**
 * The editor's wording of content problems (and the reader that leaves broken
 * items out), loaded the first time content has a mistake: most pages never
 * need it. The network is up then, as the content just arrived.
 */
export function editorWording(): Promise<Wording> {
  wordingLoad ??= import('./wording.js').then(
    (module) => (wording = module),
    (error: unknown) => {
      wordingLoad = undefined;
      throw error;
    },
  );
  return wordingLoad;
}

/** The editor's wording, if a mistake in some content already loaded it. */
export function loadedWording(): Wording | undefined {
  return wording;
}

/** Results per document and schema: widgets of one kind sharing a pack validate it once. */
const validated = new WeakMap<object, Map<PackSchema<never>, Promise<LoadedPack>>>();

/**
 * Validates any value against a widget's pack schema: a broken header fails,
 * a broken item is left out and listed in `problems` (see `read.ts`). Content
 * without a mistake is read at once, without the editor's wording.
 */
export function validatePack<P extends PackHeader>(
  data: unknown,
  schema: PackSchema<P>,
  base = document.baseURI,
): Promise<LoadedPack<P>> {
  const key = data && typeof data === 'object' ? data : undefined;
  const cache = key ? (validated.get(key) ?? new Map<PackSchema<never>, Promise<LoadedPack>>()) : undefined;
  let outcome = cache?.get(schema as PackSchema<never>);
  if (!outcome) {
    const valid = readValid(data, schema, base);
    outcome = valid
      ? Promise.resolve(valid)
      : editorWording().then(
          ({ readPack }) => readPack(data, schema, base),
          (error: unknown) => {
            cache?.delete(schema as PackSchema<never>);
            throw new ContentError('invalid', `The content has a mistake, and its description could not be loaded: ${String(error)}`);
          },
        );
    if (cache && key) {
      cache.set(schema as PackSchema<never>, outcome);
      validated.set(key, cache);
    }
  }
  return outcome as Promise<LoadedPack<P>>;
}

/** Parses and validates JSON text (inline content, or a fetched body). */
export async function parsePack<P extends PackHeader>(
  text: string,
  schema: PackSchema<P>,
  base = document.baseURI,
): Promise<LoadedPack<P>> {
  return validatePack(await parseJson(text), schema, base);
}

const requests = new Map<string, Promise<RawPack>>();

/** Forgets every cached request, so that the next load asks the server again. */
export function clearPackCache(): void {
  requests.clear();
}

/**
 * Loads the pack at `src` and validates it with `schema`. Widgets that ask for
 * the same URL share one request; a failed request is forgotten, so a retry
 * asks again.
 */
export async function loadPack<P extends PackHeader>(
  src: string,
  schema: PackSchema<P>,
  options: LoadOptions = {},
): Promise<LoadedPack<P>> {
  const raw = await loadRaw(src, options);
  return validatePack(raw.data, schema, raw.base);
}

function loadRaw(src: string, options: LoadOptions): Promise<RawPack> {
  const url = new URL(src, document.baseURI).href;
  let request = options.fresh ? undefined : requests.get(url);
  if (!request) {
    request = fetchPack(url, options.timeout ?? DEFAULT_TIMEOUT, options.maxBytes ?? DEFAULT_MAX_BYTES, options.fresh);
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

async function fetchPack(url: string, timeout: number, maxBytes: number, fresh = false): Promise<RawPack> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        // A reload asks the server, not the browser's HTTP cache.
        cache: fresh ? 'no-cache' : 'default',
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
    return { data: await parseJson(text), base: response.url || url };
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
