// Every widget, loaded when its tag is on the page.
import { loadWidget, type ContentPack } from 'ontrack';

/** Events the widgets sent, for the page's own log (and the example check). */
const received: string[] = ((window as unknown as { ontrackEvents: string[] }).ontrackEvents = []);
document.addEventListener('ontrack-load', (event) => received.push(`${event.type} ${(event.target as Element).localName}`));
document.addEventListener('ontrack-submit', (event) => received.push(`ontrack-submit ${event.detail.trajectory}`));

// `pack` is a property: wait for the definition, then set it (typed by HTMLElementTagNameMap).
const pack: Promise<ContentPack> = fetch('/content.json').then((response) => response.json());
await loadWidget('ontrack-testimonials');
document.querySelector('ontrack-testimonials')!.pack = pack;

const widgets = document.querySelector<HTMLElement>('#widgets')!;
const parent = widgets.parentElement!;
for (const lang of ['en', 'nl']) document.querySelector(`#lang-${lang}`)!.addEventListener('click', () => (widgets.lang = lang));
document.querySelector<HTMLButtonElement>('#toggle')!.addEventListener('click', (event) => {
  const button = event.currentTarget as HTMLButtonElement;
  if (widgets.isConnected) widgets.remove();
  else parent.append(widgets);
  button.textContent = `${widgets.isConnected ? 'Hide' : 'Show'} the widgets`;
});
