import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PREVIEW_SIZE_MESSAGE, type PreviewMessage } from '../logic/preview.js';

/**
 * Talks to the preview frame: posts what to show (only to a page of the
 * studio's own origin) and sizes the frame to what the widget needs.
 */
export class PreviewController implements ReactiveController {
  #frame?: HTMLIFrameElement;
  #last?: PreviewMessage;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('message', this.#onMessage);
  }

  hostDisconnected(): void {
    removeEventListener('message', this.#onMessage);
  }

  /** The frame (re)loaded: it gets the last message again. */
  attach(frame: HTMLIFrameElement): void {
    this.#frame = frame;
    if (this.#last) this.post(this.#last);
  }

  post(message: PreviewMessage): void {
    this.#last = message;
    this.#frame?.contentWindow?.postMessage(message, location.origin);
  }

  #onMessage = (e: MessageEvent) => {
    const frame = this.#frame;
    if (e.origin !== location.origin || !frame || e.source !== frame.contentWindow) return;
    const data = e.data as { type?: string; height?: number };
    if (data?.type === PREVIEW_SIZE_MESSAGE && typeof data.height === 'number') {
      frame.style.height = `${Math.min(Math.max(data.height, 200), 4000)}px`;
    }
  };
}
