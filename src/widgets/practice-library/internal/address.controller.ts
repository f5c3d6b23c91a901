import type { ReactiveControllerHost } from 'lit';
import { HistoryPlaceController } from '../../../core/controllers/history-place.controller.js';
import { stateFromParams, stateToParams } from '../logic/address.js';
import type { LibraryState } from '../logic/library-state.js';

/** How a change reaches the address: a new entry, the current one, or the current one once typing pauses. */
export type AddressWrite = 'push' | 'replace' | 'typing';

/**
 * With `sync-url`, the library's state lives in the page address: read when
 * the library starts and on back and forward, written on each change. Writes
 * keep the host page's own parameters and `history.state` (the page's, and
 * other widgets' such as the study explorer's place), go through the shared
 * guarded history controller, and while typing wait for a pause: one write,
 * not one per key (Safari refuses more than 100 in 10 seconds).
 */
export class LibraryAddressController {
  readonly #history: HistoryPlaceController;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly syncUrl: boolean },
    onChange: (state: LibraryState) => void,
  ) {
    this.#history = new HistoryPlaceController(host, () => {
      if (this.host.syncUrl) onChange(this.read());
    });
  }

  /** The library's state in the current address. */
  read(): LibraryState {
    return stateFromParams(new URLSearchParams(location.search));
  }

  /** Puts `state` in the address (with `sync-url` only). */
  write(state: LibraryState, how: AddressWrite): void {
    if (!this.host.syncUrl) return;
    const params = stateToParams(state, new URLSearchParams(location.search)).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    if (how === 'typing') this.#history.writeSoon(() => ({ state: this.#history.state, url }));
    else this.#history.write(how, this.#history.state, url);
  }
}
