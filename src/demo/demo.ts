/**
 * The demo page: each example's HTML is written once, in a <template>; it is
 * rendered live and shown as the exact snippet to paste, with a copy button.
 */
import '../ontrack.js';

function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

function copyButton(getText: () => string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'copy';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy HTML';
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(getText());
      status.textContent = 'Copied to the clipboard.';
    } catch {
      status.textContent = 'Copying was blocked: select the code and copy it by hand.';
    }
    setTimeout(() => (status.textContent = ''), 4000);
  });
  wrap.append(button, status);
  return wrap;
}

for (const snippet of document.querySelectorAll<HTMLElement>('[data-snippet]')) {
  snippet.append(copyButton(() => snippet.querySelector('code')!.textContent ?? ''));
}

for (const example of document.querySelectorAll<HTMLElement>('.example')) {
  const template = example.querySelector('template')!;
  // The browser writes boolean attributes back as `name=""`: show them as a person writes them.
  const source = dedent(template.innerHTML).replace(/(\s[a-z-]+)=""/g, '$1');
  const live = document.createElement('div');
  live.className = 'live';
  live.append(template.content.cloneNode(true));
  const snippet = document.createElement('div');
  snippet.className = 'snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = source;
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', 'HTML to paste');
  pre.append(code);
  snippet.append(pre, copyButton(() => source));
  const pair = document.createElement('div');
  pair.className = 'pair';
  pair.append(live, snippet);
  template.replaceWith(pair);
}
