import { useState } from 'react';
import type { ContentPack, OntrackEvent } from 'ontrack';

/** The content as a promise, as a page would build it in script. */
const pack: Promise<ContentPack> = fetch('/content.json').then((response) => response.json());

/** Events the widgets sent, for the page's own log (and the example check). */
const received: string[] = ((window as unknown as { ontrackEvents: string[] }).ontrackEvents = []);
const log = (event: OntrackEvent<'ontrack-load'>) => received.push(`${event.type} ${(event.target as Element).localName}`);

// @ts-expect-error: the element types know the layouts, so a typo is caught.
export const typo = <ontrack-testimonials layout="grid-of-cards" />;

export function App() {
  const [lang, setLang] = useState('en');
  const [shown, setShown] = useState(true);
  return (
    <main>
      <h1>Ontrack in React</h1>
      <p>
        <button id="lang-en" onClick={() => setLang('en')}>English</button>{' '}
        <button id="lang-nl" onClick={() => setLang('nl')}>Nederlands</button>{' '}
        <button id="toggle" onClick={() => setShown(!shown)}>{shown ? 'Hide' : 'Show'} the widgets</button>
      </p>
      {shown && (
        <div id="widgets" lang={lang}>
          <ontrack-language-picker languages="en nl sv"></ontrack-language-picker>
          <ontrack-testimonials pack={pack} layout="carousel" onontrack-load={log}></ontrack-testimonials>
          <ontrack-signup src="/content.json" trajectory="samen-maakt-school" heading-level={2} onontrack-load={log}
            onontrack-submit={(event) => received.push(`ontrack-submit ${event.detail.trajectory}`)}></ontrack-signup>
          <ontrack-practice-library src="/content.json" onontrack-load={log}></ontrack-practice-library>
          <ontrack-practice src="/content.json" practice="antwerp-network" onontrack-load={log}></ontrack-practice>
          <ontrack-study-explorer src="/content.json" system="flanders" no-history onontrack-load={log}></ontrack-study-explorer>
        </div>
      )}
    </main>
  );
}
