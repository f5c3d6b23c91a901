import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/testimonials/define.js';
import type { Meta, StoryObj } from './types.js';
import { loading, narrow } from './common.js';
import { storyPack } from './data.js';

const meta: Meta = {
  title: 'Widgets/Testimonials',
  component: 'ontrack-testimonials',
  args: { pack: storyPack, layout: 'grid', tags: '', limit: 0, lang: 'en' },
  render: (args) => html`<ontrack-testimonials
    .pack=${args.pack}
    layout=${String(args.layout)}
    tags=${String(args.tags)}
    limit=${Number(args.limit)}
    lang=${ifDefined(args.lang as string | undefined)}
  ></ontrack-testimonials>`,
};
export default meta;

export const Grid: StoryObj = { parameters: { state: 'ready' } };

export const Carousel: StoryObj = { args: { layout: 'carousel' }, parameters: { state: 'ready' } };

export const ByTag: StoryObj = { args: { tags: 'second-chance' }, parameters: { state: 'ready' } };

export const Dutch: StoryObj = { args: { lang: 'nl' }, parameters: { state: 'ready' } };

export const RightToLeft: StoryObj = { args: { lang: 'ar', layout: 'carousel' }, parameters: { state: 'ready' } };

export const Narrow: StoryObj = narrow;

export const Loading: StoryObj = loading;

export const Empty: StoryObj = { args: { tags: 'no-such-tag' }, parameters: { state: 'empty' } };

export const BrokenContent: StoryObj = {
  args: { pack: { ...storyPack, testimonials: [{ id: 'x', name: 'X', quote: 'not localized' }] } },
  parameters: { state: 'error' },
};
