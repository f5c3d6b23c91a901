import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/practice-library/define.js';
import type { Meta, StoryObj } from './types.js';
import { loading, narrow } from './common.js';
import { practicePack } from './data.js';

const meta: Meta = {
  title: 'Widgets/Practice library',
  component: 'ontrack-practice-library',
  args: { pack: practicePack, lang: 'en', linkPattern: undefined },
  render: (args) => html`<ontrack-practice-library
    .pack=${args.pack}
    lang=${ifDefined(args.lang as string | undefined)}
    link-pattern=${ifDefined(args.linkPattern as string | undefined)}
  ></ontrack-practice-library>`,
};
export default meta;

export const Ready: StoryObj = { parameters: { state: 'ready' } };

export const Finnish: StoryObj = { args: { lang: 'fi' }, parameters: { state: 'ready' } };

export const WithLinks: StoryObj = { args: { linkPattern: 'https://example.org/practices/{id}' }, parameters: { state: 'ready' } };

export const RightToLeft: StoryObj = { args: { lang: 'ar' }, parameters: { state: 'ready' } };

export const Narrow: StoryObj = narrow;

export const Loading: StoryObj = loading;

export const Empty: StoryObj = { args: { pack: { ...practicePack, practices: [] } }, parameters: { state: 'empty' } };

export const BrokenContent: StoryObj = {
  args: { pack: { ...practicePack, practices: [{ id: 'x', title: { en: 'No facets' } }] } },
  parameters: { state: 'error' },
};
