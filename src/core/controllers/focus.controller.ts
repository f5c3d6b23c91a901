import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = string | (() => HTMLElement | null | undefined);

/**
 * Moves focus after the next render: views that replace what had focus
 * (a confirmation after submit, an option page after a click) ask for the
 * element to focus, and it is focused once that render is on screen.
 * The selector is looked up in the host's shadow root.
 */
export class FocusController implements ReactiveController {
  #pending?: Target;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Focuses `target` after the next update; asks for that update. */
  focusAfterRender(target: Target): void {
    this.#pending = target;
    this.host.requestUpdate();
  }

  /** Resolves once the pending focus (if any) has been applied. */
  get settled(): Promise<boolean> {
    return this.host.updateComplete;
  }

  hostUpdated(): void {
    const target = this.#pending;
    if (target === undefined) return;
    this.#pending = undefined;
    const element =
      typeof target === 'string' ? (this.host.shadowRoot?.querySelector<HTMLElement>(target) ?? null) : target();
    element?.focus();
  }
}
