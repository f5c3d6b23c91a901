/**
 * The Component Story Format shapes these stories use. Written out here so
 * the stories can be rendered by the test suite without a Storybook install;
 * they are compatible with `@storybook/web-components` Meta and StoryObj.
 */
import type { TemplateResult } from 'lit';

export type Args = Record<string, unknown>;
export type Decorator = (story: () => TemplateResult, context: { args: Args }) => TemplateResult;

export interface Meta {
  title: string;
  component: string;
  args?: Args;
  render?: (args: Args) => TemplateResult;
  decorators?: Decorator[];
  parameters?: Record<string, unknown>;
}

export interface StoryObj {
  name?: string;
  args?: Args;
  render?: (args: Args) => TemplateResult;
  decorators?: Decorator[];
  /** `state` is the widget state the story shows; the tests check it. */
  parameters?: { state?: 'loading' | 'ready' | 'empty' | 'error' } & Record<string, unknown>;
}
