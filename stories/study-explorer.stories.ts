import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/study-explorer/define.js';
import type { Meta, StoryObj } from './types.js';
import { loading, narrow } from './common.js';
import { explorerPack } from './data.js';

const meta: Meta = {
  title: 'Widgets/Study explorer',
  component: 'ontrack-study-explorer',
  args: { pack: explorerPack, system: '', lang: 'en' },
  render: (args) => html`<ontrack-study-explorer
    .pack=${args.pack}
    system=${String(args.system)}
    lang=${ifDefined(args.lang as string | undefined)}
  ></ontrack-study-explorer>`,
};
export default meta;

export const Matrix: StoryObj = { parameters: { state: 'ready' } };

export const Dutch: StoryObj = { args: { lang: 'nl' }, parameters: { state: 'ready' } };

export const RightToLeft: StoryObj = { args: { lang: 'ar' }, parameters: { state: 'ready' } };

export const Narrow: StoryObj = narrow;

export const Loading: StoryObj = loading;

export const Empty: StoryObj = { args: { pack: { ...explorerPack, studySystems: [] } }, parameters: { state: 'empty' } };

export const BrokenContent: StoryObj = {
  args: {
    pack: {
      ...explorerPack,
      studySystems: [{ ...explorerPack.studySystems[0], options: [{ ...explorerPack.studySystems[0].options[0], domain: 'nowhere' }] }],
    },
  },
  parameters: { state: 'error' },
};
