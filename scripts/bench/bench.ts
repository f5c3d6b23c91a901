/**
 * Benchmarks that run in the browser page scripts/bench.mjs opens. Each one
 * reports `{ name, value, unit }`; the script prints `bench: NAME VALUE UNIT`.
 */
import '../../src/widgets/testimonials/define.js';
import '../../src/widgets/study-explorer/define.js';
import type { OntrackStudyExplorer } from '../../src/widgets/study-explorer/study-explorer.js';
import { validatePack } from '../../src/content/load.js';
import type { OntrackElement } from '../../src/core/ontrack-element.js';
import { contentPack } from '../../src/content/schema.js';
import type { OntrackTestimonials } from '../../src/widgets/testimonials/testimonials.js';

interface Result {
  name: string;
  value: number;
  unit: string;
}

function testimonial(i: number) {
  return {
    id: `story-${i}`,
    name: `Name ${i}`,
    age: 14 + (i % 8),
    school: { en: `School number ${i}`, nl: `School nummer ${i}` },
    quote: { en: `Quote ${i}: my coach helped me stay in school and finish my year.`, nl: `Citaat ${i}: mijn coach hielp me.` },
    story: { en: 'A longer story about getting back on track. '.repeat(3) },
    tags: ['ghent', i % 2 ? 'internship' : 'study-choice'],
    consent: { until: '2099-12-31' },
  };
}

function pack(count: number) {
  return {
    version: 1,
    publisher: { name: { en: 'Bench city' } },
    defaultLanguage: 'en',
    testimonials: Array.from({ length: count }, (_, i) => testimonial(i)),
  };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** Puts `data` into a new `<tag>` and times until it has rendered it (validation included). */
async function timeFirstRender<T extends OntrackElement>(tag: string, data: unknown): Promise<{ el: T; time: number }> {
  const el = document.createElement(tag) as T;
  el.lang = 'en';
  document.body.append(el);
  await el.updateComplete;
  const start = performance.now();
  el.pack = data as T['pack']; // generated content, checked by the widget
  await new Promise<void>((resolve) => el.addEventListener('ontrack-load', () => resolve(), { once: true }));
  await el.updateComplete;
  const time = performance.now() - start;
  if (el.getAttribute('state') !== 'ready') throw new Error(`<${tag}> not ready: ${el.getAttribute('state')}`);
  return { el, time };
}

async function firstRender(count: number, runs: number): Promise<number[]> {
  const data = pack(count);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { el, time } = await timeFirstRender<OntrackTestimonials>('ontrack-testimonials', data);
    times.push(time);
    if (el.shadowRoot!.querySelectorAll('[part="card"]').length !== count) throw new Error('not every card rendered');
    el.remove();
  }
  return times;
}

function validation(runs: number): { times: number[]; bytes: number } {
  let count = 0;
  let data = pack(0);
  while (JSON.stringify(data).length < 1024 * 1024) data = pack((count += 250));
  const bytes = JSON.stringify(data).length;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const text = JSON.stringify(data);
    const start = performance.now();
    validatePack(JSON.parse(text), contentPack);
    times.push(performance.now() - start);
  }
  return { times, bytes };
}

const DOMAINS = ['stem', 'care', 'economy', 'food', 'agri', 'language', 'arts', 'sport'];
const TRACKS = ['d', 'da', 'a'];
const WORDS = ['science', 'care', 'building', 'kitchen', 'language', 'business', 'music', 'garden', 'sport', 'media', 'health', 'technology'];
const TAGS = ['hands', 'science', 'people', 'maths', 'food', 'nature', 'creative', 'money'];

/** A study system with `count` generated options, like a large region's offer across many schools. */
function explorerPack(count: number) {
  const axis = (id: string) => ({ id, name: { en: `Name of ${id}`, nl: `Naam van ${id}` }, explain: { en: `What ${id} means.` } });
  const options = Array.from({ length: count }, (_, i) => {
    const word = WORDS[i % WORDS.length];
    return {
      id: `option-${i}`,
      name: { en: `${word[0].toUpperCase()}${word.slice(1)} option ${i}`, nl: `Richting ${word} ${i}` },
      learn: { en: `What you learn in option ${i}: ${WORDS[(i * 7) % WORDS.length]} and ${WORDS[(i * 3) % WORDS.length]}.` },
      subjects: [{ en: `Subject ${i % 40}` }, { en: `Subject ${(i + 13) % 40}` }],
      domain: DOMAINS[i % DOMAINS.length],
      track: TRACKS[i % TRACKS.length],
      levels: i % 2 ? ['g2', 'g3'] : ['g3'],
      studies: [{ en: `Further study ${i % 25}` }],
      jobs: [{ en: `Job ${i % 60}` }],
      schools: [{ name: `School ${i % 120}`, place: `Town ${i % 45}` }],
      tags: [TAGS[i % TAGS.length], TAGS[(i * 5) % TAGS.length]],
    };
  });
  return {
    version: 1,
    publisher: { name: { en: 'Bench city' } },
    defaultLanguage: 'en',
    studySystems: [
      {
        id: 'bench',
        name: { en: 'Bench system' },
        levels: ['g2', 'g3'].map(axis),
        tracks: TRACKS.map(axis),
        domains: DOMAINS.map(axis),
        options,
        questions: TAGS.map((tag) => ({ id: `q-${tag}`, text: { en: `Do you like ${tag}?` }, interest: { en: tag }, tags: [tag] })),
      },
    ],
  };
}

const explorerReady = (data: unknown) => timeFirstRender<OntrackStudyExplorer>('ontrack-study-explorer', data);

async function explorerFirstRender(data: unknown, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { el, time } = await explorerReady(data);
    times.push(time);
    el.remove();
  }
  return times;
}

/** Typing in the search, one keystroke at a time, with interest answers so ranking counts too. */
async function explorerFilter(data: unknown): Promise<number[]> {
  localStorage.setItem(
    'ontrack-study-explorer:bench',
    JSON.stringify({ answers: { 'q-hands': 'yes', 'q-science': 'bit', 'q-people': 'yes' }, step: 8, shortlist: [], compare: [] }),
  );
  const { el } = await explorerReady(data);
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[data-view="search"]')!.click();
  await el.updateComplete;
  const input = root.querySelector<HTMLInputElement>('#query')!;
  const times: number[] = [];
  const queries = ['s', 'sc', 'sci', 'scie', 'scien', 'scienc', 'science', 'science ', 'science o', 'science op', 'science opt',
    'science optio', 'science option', 'science option 1', 'science option 12', 'science option 1', 'science option', ''];
  for (let round = 0; round < 4; round++) {
    for (const query of [...queries, 'k', 'ki', 'kit', 'kitc', 'kitch', 'kitche', 'kitchen', 'g', 'ga', 'gar', 'garden', 'Town 4', '']) {
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      times.push(performance.now() - start);
    }
  }
  if (!root.querySelector('.results > li')) throw new Error('no search results rendered');
  el.remove();
  localStorage.removeItem('ontrack-study-explorer:bench');
  return times;
}

export async function runBenchmarks(): Promise<Result[]> {
  const results: Result[] = [];
  await firstRender(50, 3); // warm up
  const render = await firstRender(50, 25);
  results.push({ name: 'testimonials-first-render-50-p50', value: percentile(render, 50), unit: 'ms' });
  results.push({ name: 'testimonials-first-render-50-p95', value: percentile(render, 95), unit: 'ms' });
  const { times, bytes } = validation(10);
  results.push({ name: 'content-pack-size', value: bytes / 1024, unit: 'KB' });
  results.push({ name: 'validate-1mb-pack-p50', value: percentile(times, 50), unit: 'ms' });
  results.push({ name: 'validate-1mb-pack-p95', value: percentile(times, 95), unit: 'ms' });

  const explorer = explorerPack(5000);
  await explorerFirstRender(explorer, 2); // warm up
  const first = await explorerFirstRender(explorer, 10);
  results.push({ name: 'explorer-first-render-5000-p50', value: percentile(first, 50), unit: 'ms' });
  results.push({ name: 'explorer-first-render-5000-p95', value: percentile(first, 95), unit: 'ms' });
  const filter = await explorerFilter(explorer);
  results.push({ name: 'explorer-filter-5000-p50', value: percentile(filter, 50), unit: 'ms' });
  results.push({ name: 'explorer-filter-5000-p95', value: percentile(filter, 95), unit: 'ms' });
  return results;
}

(window as unknown as { runBenchmarks: typeof runBenchmarks }).runBenchmarks = runBenchmarks;
