import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/practice/define.js';
import type { Meta, StoryObj } from './types.js';
import { loading, narrow } from './common.js';
import { practicePack } from './data.js';

const meta: Meta = {
  title: 'Widgets/Practice',
  component: 'ontrack-practice',
  args: { pack: practicePack, practice: 'mentor-week', lang: 'en' },
  render: (args) => html`<ontrack-practice
    .pack=${args.pack}
    practice=${String(args.practice)}
    lang=${ifDefined(args.lang as string | undefined)}
  ></ontrack-practice>`,
};
export default meta;

export const Ready: StoryObj = { parameters: { state: 'ready' } };

/** Dutch: the results exist only in English, so they carry a "shown in" note. */
export const DutchWithFallback: StoryObj = { args: { lang: 'nl' }, parameters: { state: 'ready' } };

export const MachineTranslated: StoryObj = { args: { practice: 'second-chance', lang: 'sv' }, parameters: { state: 'ready' } };

export const RightToLeft: StoryObj = { args: { lang: 'ar' }, parameters: { state: 'ready' } };

export const Narrow: StoryObj = narrow;

export const Loading: StoryObj = loading;

export const NotFound: StoryObj = { args: { practice: 'no-such-practice' }, parameters: { state: 'error' } };

export const BrokenContent: StoryObj = {
  args: { pack: { ...practicePack, practices: [{ id: 'x', title: 'not localized' }] } },
  parameters: { state: 'error' },
};
