import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/widgets/language-picker/define.js';
import '../src/widgets/testimonials/define.js';
import type { Meta, StoryObj } from './types.js';
import { narrow } from './common.js';
import { storyPack } from './data.js';

const meta: Meta = {
  title: 'Widgets/Language picker',
  component: 'ontrack-language-picker',
  args: { languages: '', label: '', lang: 'en' },
  render: (args) => html`<ontrack-language-picker
    languages=${ifDefined((args.languages as string) || undefined)}
    label=${ifDefined((args.label as string) || undefined)}
    lang=${ifDefined(args.lang as string | undefined)}
  ></ontrack-language-picker>`,
};
export default meta;

export const EveryLanguage: StoryObj = { parameters: { state: 'ready' } };

export const AFewLanguages: StoryObj = { args: { languages: 'en nl fr ar' }, parameters: { state: 'ready' } };

export const OwnLabel: StoryObj = { args: { languages: 'en sv fi', label: 'Choose a language' }, parameters: { state: 'ready' } };

export const Swedish: StoryObj = { args: { lang: 'sv', languages: 'en sv fi' }, parameters: { state: 'ready' } };

export const RightToLeft: StoryObj = { args: { lang: 'ar', languages: 'en ar' }, parameters: { state: 'ready' } };

/** The picker with a widget it steers: choosing a language switches the stories too. */
export const WithAWidget: StoryObj = {
  args: { languages: 'en nl sv' },
  render: (args) => html`<ontrack-language-picker languages=${String(args.languages)}></ontrack-language-picker>
    <ontrack-testimonials .pack=${storyPack} limit="1"></ontrack-testimonials>`,
  parameters: { state: 'ready' },
};

export const Narrow: StoryObj = narrow;
