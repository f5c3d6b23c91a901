import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/signup/define.js';
import type { Meta, StoryObj } from './types.js';
import { loading, narrow } from './common.js';
import { signupPack } from './data.js';

const meta: Meta = {
  title: 'Widgets/Sign-up',
  component: 'ontrack-signup',
  args: { pack: signupPack, trajectory: 'coaching', lang: 'en' },
  render: (args) => html`<ontrack-signup
    .pack=${args.pack}
    trajectory=${String(args.trajectory)}
    lang=${ifDefined(args.lang as string | undefined)}
  ></ontrack-signup>`,
};
export default meta;

export const Form: StoryObj = { parameters: { state: 'ready' } };

export const WithSessions: StoryObj = { args: { trajectory: 'evening' }, parameters: { state: 'ready' } };

export const Closed: StoryObj = { args: { trajectory: 'closed' }, parameters: { state: 'ready' } };

export const Dutch: StoryObj = { args: { lang: 'nl' }, parameters: { state: 'ready' } };

export const RightToLeft: StoryObj = { args: { lang: 'ar' }, parameters: { state: 'ready' } };

export const Narrow: StoryObj = narrow;

export const Loading: StoryObj = loading;

export const Empty: StoryObj = { args: { pack: { ...signupPack, trajectories: [] } }, parameters: { state: 'empty' } };

export const BrokenContent: StoryObj = {
  args: { pack: { ...signupPack, trajectories: [{ id: 'coaching', title: 'not localized' }] } },
  parameters: { state: 'error' },
};
