/**
 * The summary as a link: system, answers and shortlist in the address's
 * fragment (`#ontrack-study=flanders~q1.y,q2.b~option-a,option-b`). A
 * fragment is never sent to a server, so sharing the link shares only what
 * is in it, and nothing leaves the browser until the visitor sends it.
 */
import type { StudySystem } from '../../../content/schema/study-systems.js';
import { isId, type Answer, type Answers } from './answers.js';
import type { Progress } from './progress.js';

export const SHARE_KEY = 'ontrack-study';

export interface SharedSummary {
  system: string;
  answers: Answers;
  shortlist: string[];
}

const CODE: Record<Answer, string> = { yes: 'y', bit: 'b', no: 'n' };
const ANSWER_OF: Record<string, Answer> = { y: 'yes', b: 'bit', n: 'no' };

export function encodeSummary({ system, answers, shortlist }: SharedSummary): string {
  const a = Object.entries(answers)
    .map(([id, answer]) => `${id}.${CODE[answer]}`)
    .join(',');
  return `${SHARE_KEY}=${system}~${a}~${shortlist.join(',')}`;
}

/** The summary in a fragment (`#…`) or `undefined`; anything that is not an id is dropped. */
export function decodeSummary(hash: string): SharedSummary | undefined {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith(`${SHARE_KEY}=`));
  if (!part) return undefined;
  const [system, a = '', s = ''] = decodeURIComponent(part.slice(SHARE_KEY.length + 1)).split('~');
  if (!isId(system)) return undefined;
  const answers: Record<string, Answer> = {};
  for (const pair of a.split(',')) {
    const [id, code] = pair.split('.');
    if (isId(id) && ANSWER_OF[code]) answers[id] = ANSWER_OF[code];
  }
  const shortlist = [...new Set(s.split(',').filter(isId))];
  return { system, answers, shortlist };
}

/** `href` with its fragment replaced by the summary. */
export function shareUrl(href: string, summary: SharedSummary): string {
  const url = new URL(href);
  url.hash = encodeSummary(summary);
  return url.href;
}

/**
 * The progress a shared summary restores for `system`, or `undefined` when the
 * link is for another system: its answers to questions the system asks, its
 * shortlist of options the system has, and the questionnaire finished.
 */
export function restoredProgress(shared: SharedSummary | undefined, system: StudySystem, progress: Progress): Progress | undefined {
  if (!shared || shared.system !== system.id) return undefined;
  const known = new Set(system.options.map((o) => o.id));
  const questions = new Set(system.questions.map((q) => q.id));
  return {
    ...progress,
    answers: Object.fromEntries(Object.entries(shared.answers).filter(([id]) => questions.has(id))),
    step: system.questions.length,
    shortlist: shared.shortlist.filter((id) => known.has(id)),
  };
}
