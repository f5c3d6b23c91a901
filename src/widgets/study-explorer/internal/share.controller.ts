import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeSummary, shareUrl, type SharedSummary } from '../logic/share.js';

/**
 * The summary as a link: the link to share, copying it, and following one
 * (a shared link opened on this page, or reached by back and forward).
 */
export class ShareController implements ReactiveController {
  #copied = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLinkFollowed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onLinkFollowed);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onLinkFollowed);
  }

  /** Whether the link was just copied. */
  get copied(): boolean {
    return this.#copied;
  }

  /** The summary in the page's address, if it has one. */
  fromAddress(): SharedSummary | undefined {
    return decodeSummary(location.hash);
  }

  /** This page's address with the summary as its fragment. */
  link(summary: SharedSummary): string {
    return shareUrl(location.href, summary);
  }

  /** Copies the link; where the clipboard is blocked, `fallback` lets the visitor copy it by hand. */
  async copy(summary: SharedSummary, fallback: () => void): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.link(summary));
      this.#copied = true;
      this.host.requestUpdate();
    } catch {
      fallback();
    }
  }

  /** Forgets "copied" (the visitor moved on). */
  reset(): void {
    if (!this.#copied) return;
    this.#copied = false;
    this.host.requestUpdate();
  }
}
