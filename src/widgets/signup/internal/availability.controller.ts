import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Places left per session, as the receiver tells them
 * (`GET <receiver>/availability?trajectory=<id>`). Until an answer arrives,
 * or when it fails, `placesLeft()` is undefined and the content's counts hold.
 */
export class AvailabilityController implements ReactiveController {
  #places = new Map<string, number>();
  #asked = '';
  #abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#asked = '';
  }

  /** Asks the receiver at `receiverUrl` once per receiver and trajectory. */
  load(receiverUrl: string | undefined, trajectory: string): void {
    const ask = receiverUrl ? availabilityUrl(receiverUrl, trajectory) : '';
    if (ask === this.#asked) return;
    this.#asked = ask;
    this.#abort?.abort();
    this.#places = new Map();
    if (!ask) return;
    const abort = (this.#abort = new AbortController());
    void fetch(ask, { signal: abort.signal, headers: { Accept: 'application/json' }, redirect: 'error', credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) return;
        const data = (await response.json()) as { trajectory?: unknown; sessions?: unknown };
        if (data?.trajectory !== trajectory || !Array.isArray(data.sessions)) return;
        const places = new Map<string, number>();
        for (const s of data.sessions as { id?: unknown; placesLeft?: unknown }[]) {
          if (typeof s?.id === 'string' && typeof s.placesLeft === 'number' && s.placesLeft >= 0) places.set(s.id, Math.floor(s.placesLeft));
        }
        if (abort.signal.aborted) return;
        this.#places = places;
        this.host.requestUpdate();
      })
      .catch(() => undefined /* no answer: the content's counts stay */);
  }

  placesLeft(session: string): number | undefined {
    return this.#places.get(session);
  }
}

/** `/api/signups?bucket=b` → `/api/signups/availability?bucket=b&trajectory=id` */
export function availabilityUrl(receiverUrl: string, trajectory: string): string {
  const url = new URL(receiverUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/availability`;
  url.searchParams.set('trajectory', trajectory);
  return url.href;
}
