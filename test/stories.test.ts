/** Every story renders, reaches the state it claims, and is accessible. */
import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '../stories/types.js';
import * as testimonials from '../stories/testimonials.stories.js';
import * as signup from '../stories/signup.stories.js';
import * as studyExplorer from '../stories/study-explorer.stories.js';
import * as practice from '../stories/practice.stories.js';
import * as practiceLibrary from '../stories/practice-library.stories.js';
import * as languagePicker from '../stories/language-picker.stories.js';
import { waitForState } from './shared/helpers.js';
import type { OntrackElement } from '../src/core/ontrack-element.js';

const modules = [testimonials, signup, studyExplorer, practice, practiceLibrary, languagePicker] as unknown as Record<string, Meta | StoryObj>[];

function compose(meta: Meta, story: StoryObj): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const draw = story.render ?? meta.render!;
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => TemplateResult>((inner, decorate) => () => decorate(inner, { args }), () => draw(args))();
}

for (const module of modules) {
  const meta = module.default as Meta;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default') continue;
      it(`${name} renders in state "${(story as StoryObj).parameters?.state}" and is accessible`, async () => {
        const host = await fixture<HTMLElement>('<div></div>');
        render(compose(meta, story as StoryObj), host);
        const el = host.querySelector(meta.component) as OntrackElement;
        expect(el, `<${meta.component}>`).to.exist;
        await waitForState(el, (story as StoryObj).parameters!.state!);
        await expect(host).to.be.accessible();
      });
    }
  });
}
