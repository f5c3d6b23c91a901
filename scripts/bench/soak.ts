/**
 * The delivery soak test: several "tabs" (same-origin iframes sharing storage
 * and locks) take sign-ups one after another from simulated people, while the
 * seeded chaos receiver drops connections, answers 503, 429 with Retry-After
 * and redirects, loses answers after storing, and the driver reloads and
 * closes tabs in the middle of sending. A redirect shows the visitor that the
 * form cannot send; the simulated person presses "Try to send it now", as
 * they are asked to. At the end every sign-up must have arrived exactly once.
 */
import { seeded } from './seeded.mjs';

export interface SoakResult {
  made: number;
  arrived: number;
  lost: number;
  duplicated: number;
  requests: number;
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(20);
  }
  return check();
}

export async function runSoak({ seed, signups = 200, tabs = 3, timeout = 50_000 }: { seed: number; signups?: number; tabs?: number; timeout?: number }): Promise<SoakResult> {
  const started = Date.now();
  const run = `soak-${seed}-${Date.now()}`;
  await fetch(`/soak-api/start?run=${run}&seed=${seed}`);
  const random = seeded(seed);
  const frames: HTMLIFrameElement[] = [];
  const open = (i: number) => {
    const frame = document.createElement('iframe');
    frame.src = `/scripts/bench/soak-tab.html?run=${run}`;
    frame.style.cssText = 'width:360px;height:300px';
    document.body.append(frame);
    frames[i] = frame;
  };
  const widget = (i: number) => frames[i].contentDocument?.querySelector('ontrack-signup') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
  const root = (i: number) => (widget(i)?.getAttribute('state') === 'ready' ? widget(i)!.shadowRoot : null);
  const click = (i: number, selector: string) => root(i)?.querySelector<HTMLButtonElement>(selector)?.click();
  for (let i = 0; i < tabs; i++) open(i);

  let next = 0;
  const made: string[] = [];
  const tabLoop = async (i: number) => {
    while (next < signups && Date.now() - started < timeout) {
      if (!(await until(() => root(i) !== null, 5000))) {
        frames[i].remove();
        open(i);
        continue;
      }
      const r = root(i)!;
      if (r.querySelector('[part="problem"]')) {
        click(i, '.problem .retry');
        await sleep(50);
        continue;
      }
      if (!r.querySelector('form') || r.querySelector('form[aria-busy="true"]')) {
        if (!click(i, '.again')) await sleep(30);
        continue;
      }
      const person = `person-${next++}`;
      const input = r.querySelector<HTMLInputElement>('[data-path="answers.name"]')!;
      input.value = person;
      input.dispatchEvent(new Event('input'));
      await widget(i)!.updateComplete;
      click(i, '[part="submit"]');
      await widget(i)!.updateComplete;
      // Written to the outbox before the first try: from here on, closing the tab must not lose it.
      made.push(person);
      const dice = random();
      if (dice < 0.07) frames[i].contentWindow!.location.reload();
      else if (dice < 0.13) {
        frames[i].remove();
        await sleep(random() * 200);
        open(i);
      }
      await sleep(random() * 40);
    }
  };
  await Promise.all(frames.map((_, i) => tabLoop(i)));

  // Drain: the tabs stay open and send what is left; a person told "cannot send" presses retry.
  const report = async () =>
    (await (await fetch(`/soak-api/report?run=${run}`)).json()) as { stored: number; people: Record<string, number>; requests: number };
  let last = await report();
  let rounds = 0;
  while (Date.now() - started < timeout && made.some((p) => !last.people[p])) {
    for (let i = 0; i < tabs; i++) {
      if (root(i)?.querySelector('[part="problem"]')) click(i, '.problem .retry');
      else if (root(i) && !root(i)!.querySelector('[part="queued"]')) click(i, '.again');
    }
    // A refused sign-up of a closed tab is shown when its form opens again.
    if (++rounds % 10 === 0) frames[rounds % tabs].contentWindow!.location.reload();
    await sleep(300);
    last = await report();
  }
  await sleep(500);
  last = await report();
  for (const frame of frames) frame.remove();
  const lost = made.filter((p) => !last.people[p]).length;
  const duplicated = Object.values(last.people).reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  return { made: made.length, arrived: Object.keys(last.people).length, lost, duplicated, requests: last.requests, ms: Date.now() - started };
}
