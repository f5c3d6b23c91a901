/**
 * Benchmarks that run in the browser page scripts/bench.mjs opens. Each one
 * reports `{ name, value, unit }`; the script prints `bench: NAME VALUE UNIT`.
 */
import '../../src/widgets/testimonials/define.js';
import { validatePack } from '../../src/content/load.js';
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

async function firstRender(count: number, runs: number): Promise<number[]> {
  const data = pack(count);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const el = document.createElement('ontrack-testimonials') as OntrackTestimonials;
    el.lang = 'en';
    document.body.append(el);
    await el.updateComplete;
    const start = performance.now();
    el.pack = data;
    // The content arrives (validation included), then the cards render.
    await new Promise<void>((resolve) => el.addEventListener('ontrack-load', () => resolve(), { once: true }));
    await el.updateComplete;
    times.push(performance.now() - start);
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
  return results;
}

(window as unknown as { runBenchmarks: typeof runBenchmarks }).runBenchmarks = runBenchmarks;
