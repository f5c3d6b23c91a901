import { LINK_PROTOCOLS, MEDIA_PROTOCOLS } from '../content/schema/common.js';

/**
 * Resolves a URL from content against the pack's address and returns it only
 * if its protocol is allowed. Content is validated already; this is the
 * second lock on the door, so that no `javascript:` address reaches markup.
 */
export function safeUrl(
  value: string | undefined,
  base: string,
  protocols: readonly string[] = LINK_PROTOCOLS,
): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const safeMediaUrl = (value: string | undefined, base: string) =>
  safeUrl(value, base, MEDIA_PROTOCOLS);
