import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readJson, writeJson } from '../../../core/storage.js';
import { EMPTY_PROGRESS, progressKey, toProgress, type Progress } from '../logic/progress.js';

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Progress the browser refused to store, kept for the page's life instead. */
const unsaved = new Map<string, Progress>();

/**
 * The pupil's progress for one system, on this device. Reading happens when
 * the system is chosen (in `willUpdate`, a read has no effect); writing
 * happens after the update that showed the change, never during it. A write
 * the browser refuses (storage blocked or full) keeps the progress for this
 * page and says so: `saved` turns false.
 */
export class ProgressController implements ReactiveController {
  #system = '';
  #value: Progress = EMPTY_PROGRESS;
  #dirty = false;
  #saved = true;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get value(): Progress {
    return this.#value;
  }

  /** Whether the last change reached the browser's storage. */
  get saved(): boolean {
    return this.#saved;
  }

  /** Reads the progress stored for `system`. */
  load(system: string): void {
    this.#system = system;
    this.#dirty = false;
    const kept = unsaved.get(system);
    this.#saved = kept === undefined;
    this.#value = kept ?? toProgress(readJson(progressKey(system), isObject));
  }

  /** Changes the progress; it is stored once the change is rendered. */
  set(progress: Progress): void {
    this.#value = progress;
    this.#dirty = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#dirty || !this.#system) return;
    this.#dirty = false;
    const ok = writeJson(progressKey(this.#system), this.#value).ok;
    if (ok) unsaved.delete(this.#system);
    else unsaved.set(this.#system, this.#value);
    if (ok !== this.#saved) {
      this.#saved = ok;
      this.host.requestUpdate();
    }
  }
}
