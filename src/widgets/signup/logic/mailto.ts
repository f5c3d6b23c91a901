/**
 * `mailto:` links and receiver addresses, DOM-free. An address must match
 * the e-mail pattern (no `?`, `&`, `%`, spaces or line breaks), so it can
 * never add recipients or headers; subject and body are percent-encoded
 * (RFC 6068), line breaks as CR LF.
 */
import { EMAIL } from '../../../core/lib/patterns.js';

/** A `mailto:` link, or undefined when the address is not a plain address. */
export function mailtoLink(address: string, subject: string, lines: readonly string[]): string | undefined {
  if (!EMAIL.test(address)) return undefined;
  const body = lines.join('\r\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A plain `mailto:` link to an address, or undefined when it is not a plain address. */
export const plainMailto = (address: string): string | undefined => (EMAIL.test(address) ? `mailto:${address}` : undefined);

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a receiver address cannot be used, or undefined when it can: it must be
 * `https:`; plain `http:` only on this computer (localhost) for development.
 */
export function receiverUrlProblem(url: string | undefined): string | undefined {
  if (!url) return 'the receiver has no address';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `the receiver address "${url}" is not a URL`;
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && (LOCAL_HOSTS.has(parsed.hostname) || parsed.hostname.endsWith('.localhost'))) return undefined;
  if (parsed.protocol === 'http:') return `the receiver address "${url}" must start with https: (plain http: only for localhost)`;
  return `the receiver address "${url}" must be an https: address, not ${parsed.protocol}`;
}
