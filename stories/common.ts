/** Stories every widget has, the same way: on a 320 px wide screen, and while content is on its way. */
import { html } from 'lit';
import type { StoryObj } from './types.js';

export const narrow: StoryObj = {
  decorators: [(story) => html`<div style="max-inline-size: 320px">${story()}</div>`],
  parameters: { state: 'ready' },
};

export const loading: StoryObj = { args: { pack: new Promise(() => {}) }, parameters: { state: 'loading' } };
