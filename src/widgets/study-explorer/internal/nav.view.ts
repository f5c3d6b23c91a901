import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ExplorerView } from '../logic/views.js';
import type { ExplorerContext } from './context.js';

/** The ways to explore; the current one is marked. */
export function navView(c: ExplorerContext): TemplateResult {
  const compare = c.progress.compare.length;
  const items: [ExplorerView, string][] = [
    ['overview', msg('Overview')],
    ...(c.system.questions.length ? [['interests', msg('Your interests')] as [ExplorerView, string]] : []),
    ['search', msg('Search')],
    ['compare', compare ? `${msg('Compare')} (${c.number(compare)})` : msg('Compare')],
    ['parents', msg('For parents')],
    ['summary', msg('Summary')],
  ];
  return html`<nav part="nav" class="nav" aria-label=${msg('Ways to explore')}>
    <ul role="list">
      ${items.map(
        ([view, label]) => html`<li>
          <button type="button" data-view=${view} aria-current=${c.view === view && !c.detail ? 'true' : 'false'} @click=${() => c.moveTo(view)}>${label}</button>
        </li>`,
      )}
    </ul>
  </nav>`;
}
