/**
 * Suggestions from interests and talents: every option scores by the
 * questions the pupil answered "yes" (2) or "a bit" (1) whose tags it shares.
 * The questions behind a score are kept as the reasons shown to the pupil.
 */
import type { StudyOption, StudyQuestion } from '../../../content/schema/study-systems.js';
import { WEIGHT, type Answers } from './answers.js';

export interface Ranked {
  option: StudyOption;
  score: number;
  /** Ids of the questions that led to this suggestion, strongest first. */
  reasons: string[];
}

/** Tag → the answered questions that carry it, with their weight. */
function tagWeights(questions: readonly StudyQuestion[], answers: Answers): Map<string, { id: string; weight: number }[]> {
  const byTag = new Map<string, { id: string; weight: number }[]>();
  for (const q of questions) {
    const answer = answers[q.id];
    const weight = answer ? WEIGHT[answer] : 0;
    if (weight === 0) continue;
    for (const tag of q.tags) {
      const list = byTag.get(tag) ?? [];
      list.push({ id: q.id, weight });
      byTag.set(tag, list);
    }
  }
  return byTag;
}

/** Scores of every option (0 when nothing matched), by option id. */
export function interestScores(
  options: readonly StudyOption[],
  questions: readonly StudyQuestion[],
  answers: Answers,
): Map<string, Ranked> {
  const byTag = tagWeights(questions, answers);
  const result = new Map<string, Ranked>();
  for (const option of options) {
    const hits = new Map<string, number>();
    for (const tag of option.tags) {
      for (const { id, weight } of byTag.get(tag) ?? []) hits.set(id, Math.max(hits.get(id) ?? 0, weight));
    }
    let score = 0;
    for (const weight of hits.values()) score += weight;
    const reasons = [...hits].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    result.set(option.id, { option, score, reasons });
  }
  return result;
}

/** Options that match at least one interest, best first; equal scores keep the content's order. */
export function rankByInterests(
  options: readonly StudyOption[],
  questions: readonly StudyQuestion[],
  answers: Answers,
): Ranked[] {
  const scores = interestScores(options, questions, answers);
  return [...scores.values()].filter((r) => r.score > 0).sort((a, b) => b.score - a.score);
}
